import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { linjeMessageId, messageIdsIn, parseLinjeMessageId } from './message-id.js';

const part = fc.stringMatching(/^[A-Za-z0-9-]{1,64}$/);
const domain = fc.stringMatching(/^[a-z0-9-]{1,20}(\.[a-z0-9-]{1,20}){0,3}$/);

describe('Linje Message-IDs', () => {
  it('round-trips a ticket id and a plain message', () => {
    fc.assert(
      fc.property(part, part, domain, fc.boolean(), (unique, ticketId, d, forTicket) => {
        const id = linjeMessageId({ domain: d, unique, ticketId: forTicket ? ticketId : null });
        expect(parseLinjeMessageId(id, d)).toEqual({ ticketId: forTicket ? ticketId : null });
        expect(parseLinjeMessageId(id, d.toUpperCase())).not.toBeNull();
        expect(parseLinjeMessageId(id.slice(1, -1), d)).not.toBeNull();
      }),
    );
  });

  it('is not fooled by another domain or another shape', () => {
    const id = linjeMessageId({ domain: 'linje.kavlinge.example', unique: 'abc', ticketId: 't1' });
    expect(id).toBe('<linje.t.t1.abc@linje.kavlinge.example>');
    expect(parseLinjeMessageId(id, 'evil.example')).toBeNull();
    expect(parseLinjeMessageId('<CAF123@mail.gmail.com>', 'linje.kavlinge.example')).toBeNull();
    expect(
      parseLinjeMessageId('<linje.t.t1.abc@linje.kavlinge.example.evil>', 'linje.kavlinge.example'),
    ).toBeNull();
  });

  it('refuses parts that would break the header', () => {
    expect(() => linjeMessageId({ domain: 'a.example', unique: 'a b' })).toThrow(RangeError);
    expect(() => linjeMessageId({ domain: 'a>b', unique: 'x' })).toThrow(RangeError);
    expect(() => linjeMessageId({ domain: 'a.example', unique: 'x', ticketId: 'a.b' })).toThrow(
      RangeError,
    );
  });

  it('splits References headers', () => {
    expect(messageIdsIn('<a@x> \r\n <b@y>')).toEqual(['<a@x>', '<b@y>']);
    expect(messageIdsIn(undefined)).toEqual([]);
    expect(messageIdsIn('garbage')).toEqual([]);
  });
});

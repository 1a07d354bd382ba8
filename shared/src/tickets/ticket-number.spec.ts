import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  formatTicketNumber,
  isValidTenantCode,
  normalizeTicketNumber,
  parseTicketNumber,
} from './ticket-number.js';

describe('formatTicketNumber', () => {
  it('formats tenant, YYMM and a 4-digit sequence', () => {
    expect(formatTicketNumber('KAV', { year: 2026, month: 11 }, 42)).toBe('KAV-2611-0042');
    expect(formatTicketNumber('KAV', { year: 2026, month: 1 }, 1)).toBe('KAV-2601-0001');
    expect(formatTicketNumber('BU', { year: 2000, month: 12 }, 9999)).toBe('BU-0012-9999');
  });

  it('grows beyond 9999 without truncation', () => {
    expect(formatTicketNumber('KAV', { year: 2026, month: 11 }, 10000)).toBe('KAV-2611-10000');
    expect(formatTicketNumber('KAV', { year: 2099, month: 11 }, 1234567)).toBe('KAV-9911-1234567');
  });

  it.each([
    ['kav', 2026, 11, 1],
    ['K', 2026, 11, 1],
    ['KAVLIN1', 2026, 11, 1],
    ['KÄV', 2026, 11, 1],
    ['KAV', 1999, 11, 1],
    ['KAV', 2100, 11, 1],
    ['KAV', 2026, 0, 1],
    ['KAV', 2026, 13, 1],
    ['KAV', 2026, 11, 0],
    ['KAV', 2026, 11, -1],
    ['KAV', 2026, 11, 1.5],
    ['KAV', 2026, 11, Number.MAX_SAFE_INTEGER + 1],
  ])('rejects %s %s-%s #%s', (tenant, year, month, seq) => {
    expect(() => formatTicketNumber(tenant, { year, month }, seq)).toThrow(RangeError);
  });
});

describe('parseTicketNumber', () => {
  const expected = { tenantCode: 'KAV', year: 2026, month: 11, seq: 42 };

  it.each([
    'KAV-2611-0042',
    'kav-2611-0042',
    '  Kav-2611-0042\n',
    'KAV 2611 0042',
    'K A V - 2 6 1 1 - 0 0 4 2',
    'KAV26110042',
    'KAV-2611-42',
    'kav 2611 42',
    'KAV–2611–0042',
    'KAV\t2611\u00a00042',
  ])('parses %j', (input) => {
    expect(parseTicketNumber(input)).toEqual(expected);
  });

  it('parses long sequences', () => {
    expect(parseTicketNumber('KAV-2611-12345')).toEqual({ ...expected, seq: 12345 });
  });

  it.each([
    '',
    'KAV',
    'KAV-2611',
    'KAV-2611-',
    'KAV-2613-0042',
    'KAV-2600-0042',
    'KAV-2611-0000',
    'KAV--2611-0042',
    'KAV-261-0042',
    'K-2611-0042',
    'KAVLINGE-2611-0042',
    'KÄV-2611-0042',
    '123-2611-0042',
    'KAV-2611-0042X',
    'KAV-2611-99999999999999999',
    'KAV-٢٦١١-0042',
    'x'.repeat(10_000),
  ])('rejects %j', (input) => {
    expect(parseTicketNumber(input)).toBeNull();
  });

  it('normalizeTicketNumber gives the canonical form', () => {
    expect(normalizeTicketNumber(' kav 2611 42 ')).toBe('KAV-2611-0042');
    expect(normalizeTicketNumber('nonsense')).toBeNull();
  });
});

describe('properties', () => {
  const tenant = fc.stringMatching(/^[A-Z]{2,6}$/);
  const parts = fc.record({
    tenantCode: tenant,
    year: fc.integer({ min: 2000, max: 2099 }),
    month: fc.integer({ min: 1, max: 12 }),
    seq: fc.integer({ min: 1, max: Number.MAX_SAFE_INTEGER }),
  });

  it('parse(format(x)) = x', () => {
    fc.assert(
      fc.property(parts, (p) => {
        expect(isValidTenantCode(p.tenantCode)).toBe(true);
        expect(parseTicketNumber(formatTicketNumber(p.tenantCode, p, p.seq))).toEqual(p);
      }),
    );
  });

  it('survives random casing and inserted whitespace', () => {
    fc.assert(
      fc.property(
        parts,
        fc.infiniteStream(fc.boolean()),
        fc.infiniteStream(fc.constantFrom('', '', '', ' ', '  ', '\t')),
        (p, lower, spaces) => {
          const formatted = formatTicketNumber(p.tenantCode, p, p.seq);
          const mangled = [...formatted]
            .map((c) => (lower.next().value ? c.toLowerCase() : c) + spaces.next().value)
            .join('');
          expect(parseTicketNumber(` ${mangled}`)).toEqual(p);
        },
      ),
    );
  });

  it('the sequence part always has at least 4 digits and is the full number', () => {
    fc.assert(
      fc.property(parts, (p) => {
        const seqPart = formatTicketNumber(p.tenantCode, p, p.seq).split('-')[2] ?? '';
        expect(seqPart.length).toBeGreaterThanOrEqual(4);
        expect(Number(seqPart)).toBe(p.seq);
      }),
    );
  });
});

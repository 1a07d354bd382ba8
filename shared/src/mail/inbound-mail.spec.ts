import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  automatedMailReason,
  normaliseMessageId,
  splitQuotedText,
  ticketNumbersIn,
} from './inbound-mail.js';
import { linjeMessageId } from './message-id.js';

describe('normaliseMessageId', () => {
  it('drops brackets and whitespace and lower-cases the domain only', () => {
    expect(normaliseMessageId(' <AbC.123@Mail.Example.ORG> ')).toBe('AbC.123@mail.example.org');
    expect(normaliseMessageId('AbC.123@mail.example.org')).toBe('AbC.123@mail.example.org');
    expect(normaliseMessageId('<no-domain>')).toBe('no-domain');
  });

  it('is null for nothing', () => {
    expect(normaliseMessageId(undefined)).toBeNull();
    expect(normaliseMessageId('')).toBeNull();
    expect(normaliseMessageId(' <> ')).toBeNull();
  });

  it('is idempotent', () => {
    fc.assert(
      fc.property(fc.string(), (s) => {
        const once = normaliseMessageId(s);
        expect(once === null ? null : normaliseMessageId(once)).toBe(once);
      }),
    );
  });
});

describe('automatedMailReason', () => {
  const person = {
    from: 'anna@kavlinge.example',
    returnPath: 'anna@kavlinge.example',
    messageId: '<x@kavlinge.example>',
  };

  it('lets mail a person wrote through', () => {
    expect(automatedMailReason(person, 'linje.example')).toBeNull();
    expect(automatedMailReason({ ...person, autoSubmitted: 'no' }, 'linje.example')).toBeNull();
    expect(automatedMailReason({ ...person, precedence: 'first-class' }, 'l.example')).toBeNull();
  });

  it('names each kind of automated mail', () => {
    const d = 'linje.example';
    expect(automatedMailReason({ ...person, autoSubmitted: 'auto-replied' }, d)).toBe(
      'AUTO_SUBMITTED',
    );
    expect(automatedMailReason({ ...person, autoSubmitted: 'Auto-Generated; x' }, d)).toBe(
      'AUTO_SUBMITTED',
    );
    for (const p of ['bulk', 'junk', 'list', 'BULK']) {
      expect(automatedMailReason({ ...person, precedence: p }, d)).toBe('PRECEDENCE');
    }
    expect(automatedMailReason({ ...person, xAutoreply: 'yes' }, d)).toBe('AUTOREPLY_HEADER');
    expect(automatedMailReason({ ...person, xAutoResponseSuppress: 'All' }, d)).toBe(
      'AUTO_RESPONSE_SUPPRESS',
    );
    expect(automatedMailReason({ ...person, returnPath: '' }, d)).toBe('NULL_SENDER');
    expect(automatedMailReason({ ...person, returnPath: '<>' }, d)).toBe('NULL_SENDER');
    expect(automatedMailReason({ ...person, returnPath: 'MAILER-DAEMON@mx.example' }, d)).toBe(
      'MAILER_DAEMON',
    );
    expect(automatedMailReason({ ...person, from: 'postmaster@mx.example' }, d)).toBe(
      'MAILER_DAEMON',
    );
    const own = linjeMessageId({ domain: d, unique: 'u1', ticketId: 't1' });
    expect(automatedMailReason({ ...person, messageId: own }, d)).toBe('OWN_MESSAGE');
    expect(automatedMailReason({ ...person, messageId: own }, 'other.example')).toBeNull();
  });
});

describe('ticketNumbersIn', () => {
  it('finds numbers in reply subjects, canonical and once each', () => {
    expect(ticketNumbersIn('Re: [KAV-2611-0042] Skrivaren')).toEqual(['KAV-2611-0042']);
    expect(ticketNumbersIn('SV: ärende kav-2611-42 och KAV-2611-0042, BUR-2612-0007')).toEqual([
      'KAV-2611-0042',
      'BUR-2612-0007',
    ]);
    expect(ticketNumbersIn('Möte 2026-11-23')).toEqual([]);
    expect(ticketNumbersIn(null)).toEqual([]);
  });
});

describe('splitQuotedText', () => {
  it('keeps a message without quoting whole', () => {
    expect(splitQuotedText('Hej!\n\nSkrivaren fungerar inte.\n')).toEqual({
      body: 'Hej!\n\nSkrivaren fungerar inte.',
      quoted: null,
    });
  });

  it('folds from an attribution line (en, sv, nb)', () => {
    const cases = [
      'On Mon, 7 Dec 2026 at 10:02, Linje <linje@kavlinge.example> wrote:',
      'Den 7 dec. 2026 kl. 10:02 skrev Linje <linje@kavlinge.example>:',
      'Den 7. des. 2026 kl. 10:02 skrev Linje følgende:',
      'mån 7 dec. 2026 kl. 10:02 skrev Linje <linje@kavlinge.example>:',
    ];
    for (const attribution of cases) {
      const text = `Tack, nu fungerar det.\r\n\r\n${attribution}\r\n> Vi har startat om skrivaren.\r\n`;
      expect(splitQuotedText(text)).toEqual({
        body: 'Tack, nu fungerar det.',
        quoted: `${attribution}\n> Vi har startat om skrivaren.`,
      });
    }
  });

  it('folds Outlook separators and header blocks', () => {
    const sep = 'Det gäller fortfarande.\n\n-----Original Message-----\nFrom: Linje\nText';
    expect(splitQuotedText(sep).body).toBe('Det gäller fortfarande.');
    expect(splitQuotedText(sep).quoted).toMatch(/^-----Original Message-----/);
    const block =
      'Se nedan.\n\nFrån: Linje <linje@kavlinge.example>\nSkickat: den 7 december 2026 10:02\nTill: Anna\nÄmne: KAV-2611-0042\n\nGammal text';
    expect(splitQuotedText(block)).toEqual({
      body: 'Se nedan.',
      quoted: block.slice(block.indexOf('Från:')),
    });
  });

  it('folds a trailing run of "> " lines but not interleaved quoting', () => {
    expect(splitQuotedText('Ja.\n\n> Fråga?\n>\n> Mer\n')).toEqual({
      body: 'Ja.',
      quoted: '> Fråga?\n>\n> Mer',
    });
    const interleaved = '> Fråga ett?\nSvar ett.\n> Fråga två?\nSvar två.';
    expect(splitQuotedText(interleaved)).toEqual({ body: interleaved, quoted: null });
  });

  it('does not take "From:" in running text for a header block', () => {
    const text = 'From: the start it failed.\nIt still does.';
    expect(splitQuotedText(text).quoted).toBeNull();
  });

  it('shows a message that is nothing but quoting', () => {
    expect(splitQuotedText('> only quoted\n> text')).toEqual({
      body: '> only quoted\n> text',
      quoted: null,
    });
  });

  it('never loses text: body and quoted together hold every non-blank line', () => {
    fc.assert(
      fc.property(
        fc.array(fc.oneof(fc.constantFrom('> q', 'On x wrote:', '', 'text'), fc.string()), {
          maxLength: 12,
        }),
        (lines) => {
          const text = lines.join('\n');
          const { body, quoted } = splitQuotedText(text);
          const joined = `${body}\n${quoted ?? ''}`;
          for (const l of text.replace(/\r\n?/g, '\n').split('\n')) {
            if (l.trim() !== '') expect(joined).toContain(l.trim());
          }
        },
      ),
    );
  });
});

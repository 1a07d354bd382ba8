import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  DEFAULT_TEMPLATES,
  EVENT_PLACEHOLDERS,
  NOTIFICATION_EVENTS,
  TEMPLATE_LANGUAGES,
  renderMessage,
  renderTemplate,
  templateLanguageOf,
  templatePlaceholders,
  validateTemplate,
} from './templates.js';

describe('renderTemplate', () => {
  it('fills placeholders, with or without spaces inside the braces', () => {
    expect(
      renderTemplate('[{{ticketNumber}}] {{ ticketTitle }}', {
        ticketNumber: 'K-1',
        ticketTitle: 'Skrivare',
      }),
    ).toBe('[K-1] Skrivare');
  });

  it('renders a missing value as empty and numbers as text', () => {
    expect(renderTemplate('a{{x}}b{{n}}', { n: 5 })).toBe('ab5');
  });

  it('never re-scans a value: a value with braces stays literal', () => {
    expect(renderTemplate('{{text}}', { text: '{{code}}', code: 'secret' })).toBe('{{code}}');
  });

  it('keeps subjects on one line (no header injection)', () => {
    expect(
      renderTemplate('Re: {{t}}', { t: 'a\r\nBcc: x@evil.example' }, { singleLine: true }),
    ).toBe('Re: a Bcc: x@evil.example');
  });

  it('escapes for HTML when asked, and strips control characters', () => {
    expect(renderTemplate('<p>{{t}}</p>', { t: '<b>"&\'' }, { html: true })).toBe(
      '<p>&lt;b&gt;&quot;&amp;&#39;</p>',
    );
    expect(renderTemplate('{{t}}', { t: 'a\u0000b\u001bc\td' })).toBe('abc\td');
  });

  it('property: single-line output never contains a line break', () => {
    fc.assert(
      fc.property(fc.string(), fc.string(), (tpl, value) => {
        const out = renderTemplate(tpl, { v: value, ticketNumber: value }, { singleLine: true });
        expect(out).not.toMatch(/[\r\n]/);
      }),
    );
  });

  it('property: a value is inserted verbatim in plain text (minus control characters)', () => {
    fc.assert(
      fc.property(fc.string(), (value) => {
        // eslint-disable-next-line no-control-regex
        const clean = value.replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/g, '');
        expect(renderTemplate('<{{v}}>', { v: value })).toBe(`<${clean}>`);
      }),
    );
  });
});

describe('validateTemplate', () => {
  it('accepts known placeholders', () => {
    expect(
      validateTemplate('Hej {{recipientName}} {{ticketNumber}}', EVENT_PLACEHOLDERS.TICKET_CREATED),
    ).toEqual([]);
  });

  it('names unknown placeholders', () => {
    expect(validateTemplate('{{ticketNumbr}} {{code}}', EVENT_PLACEHOLDERS.TICKET_CREATED)).toEqual(
      [
        { code: 'UNKNOWN_PLACEHOLDER', detail: 'ticketNumbr' },
        { code: 'UNKNOWN_PLACEHOLDER', detail: 'code' },
      ],
    );
  });

  it('refuses malformed braces and empty text', () => {
    expect(validateTemplate('Hej {{ ticket number }}', ['ticketNumber'])[0]?.code).toBe(
      'MALFORMED_PLACEHOLDER',
    );
    expect(validateTemplate('Hej {{ticketNumber', ['ticketNumber'])[0]?.code).toBe(
      'MALFORMED_PLACEHOLDER',
    );
    expect(validateTemplate('  ', [])).toEqual([{ code: 'EMPTY', detail: '' }]);
  });

  it('lists placeholders once, in order', () => {
    expect(templatePlaceholders('{{b}} {{a}} {{ b }}')).toEqual(['b', 'a']);
  });
});

describe('default templates', () => {
  it('exist for every event and language and use only the event’s placeholders', () => {
    for (const lang of TEMPLATE_LANGUAGES) {
      for (const event of NOTIFICATION_EVENTS) {
        const t = DEFAULT_TEMPLATES[lang][event];
        expect(
          validateTemplate(t.subject, EVENT_PLACEHOLDERS[event]),
          `${lang} ${event} subject`,
        ).toEqual([]);
        expect(
          validateTemplate(t.body, EVENT_PLACEHOLDERS[event]),
          `${lang} ${event} body`,
        ).toEqual([]);
      }
    }
  });

  it('puts the ticket number in every ticket subject', () => {
    for (const lang of TEMPLATE_LANGUAGES) {
      for (const event of NOTIFICATION_EVENTS) {
        if (EVENT_PLACEHOLDERS[event].includes('ticketNumber')) {
          expect(DEFAULT_TEMPLATES[lang][event].subject).toContain('{{ticketNumber}}');
        }
      }
    }
  });

  it('renders an override instead of the default, and picks the language by country', () => {
    expect(templateLanguageOf('se')).toBe('sv');
    expect(templateLanguageOf('NO')).toBe('nb');
    expect(templateLanguageOf('FI')).toBe('en');
    const values = { ticketNumber: 'K-7', ticketTitle: 'VPN', recipientName: 'Sara' };
    expect(renderMessage('TICKET_CREATED', 'sv', values).subject).toBe('[K-7] VPN');
    expect(
      renderMessage('TICKET_CREATED', 'sv', values, { subject: 'Ärende {{ticketNumber}}' }),
    ).toEqual({
      subject: 'Ärende K-7',
      body: renderMessage('TICKET_CREATED', 'sv', values).body,
    });
  });
});

import { describe, expect, it } from 'vitest';
import { NOTICE_TEXTS, noticeParams, noticeText } from './notice-text.js';

describe('notice texts', () => {
  it('write a page and an SLA warning in the reader’s language', () => {
    expect(
      noticeText(
        'CRITICAL_ESCALATION',
        { number: 'POR-1', title: 'Nettet er nede', reporter: 'Kari' },
        'nb',
        'Europe/Oslo',
      ),
    ).toBe('Kritisk sak POR-1 (Nettet er nede) fra Kari trenger deg nå');
    expect(
      noticeText('SLA_BREACHED', { number: 'K-1', which: 'resolution' }, 'sv', 'Europe/Stockholm'),
    ).toBe('Ärende K-1: målet (lösningstid) är överskridet');
    expect(
      noticeText('SLA_WARNING', { number: 'K-2', which: 'response' }, 'en', 'Europe/Stockholm'),
    ).toBe('Ticket K-2: 80 % of the response time is used');
  });

  it('say what kind of absence, with its period in the municipality’s time zone', () => {
    const params = {
      kind: 'REDUCED',
      startsAt: '2027-02-01T07:00:00.000Z',
      endsAt: '2027-02-01T08:00:00.000Z',
    };
    expect(noticeText('IT_ABSENCE_ANNOUNCED', params, 'sv', 'Europe/Stockholm')).toBe(
      'IT har begränsad tillgänglighet från 2027-02-01 08:00 till 2027-02-01 09:00',
    );
    expect(
      noticeText('IT_ABSENCE_ANNOUNCED', { ...params, kind: 'ABSENT' }, 'en', 'Europe/London'),
    ).toBe('IT is absent from 01/02/2027, 07:00 to 01/02/2027, 08:00');
  });

  it('name a catalog item in the reader’s language and say the decision', () => {
    const item = { itemName_sv: 'Ledighet', itemName_nb: 'Permisjon', itemName_en: 'Leave' };
    expect(
      noticeText(
        'CATALOG_ORDER_REJECTED',
        { ...item, reason: 'Fel datum' },
        'sv',
        'Europe/Stockholm',
      ),
    ).toBe('Din beställning ”Ledighet” har avslagits: Fel datum');
    expect(
      noticeText(
        'SENSITIVE_DECISION_DECIDED',
        { ...item, status: 'APPROVED' },
        'nb',
        'Europe/Oslo',
      ),
    ).toBe('En sensitiv beslutning er godkjent: Permisjon');
    expect(
      noticeText('CATALOG_APPROVAL_REQUESTED', { itemName_en: 'Laptop' }, 'sv', 'Europe/Stockholm'),
    ).toBe('En beställning väntar på ditt beslut: Laptop');
  });

  it('leave unknown kinds to their stored text and unknown codes as sent', () => {
    expect(noticeText('TICKET_REPLIED', { number: 'K-3' }, 'sv', 'Europe/Stockholm')).toBeNull();
    expect(
      noticeParams({ which: 'other', phone: '112', n: 3, none: null }, 'en', (s) => s),
    ).toEqual({
      which: 'other',
      phone: '112',
      n: '3',
      none: '',
    });
  });

  it('use the same placeholders in every language', () => {
    const names = (s: string) => [...s.matchAll(/\{\{(\w+)\}\}/g)].map((m) => m[1]).sort();
    for (const [kind, en] of Object.entries(NOTICE_TEXTS.en)) {
      for (const lang of ['sv', 'nb'] as const) {
        expect(
          names(NOTICE_TEXTS[lang][kind as keyof typeof NOTICE_TEXTS.en]),
          `${lang} ${kind}`,
        ).toEqual(names(en));
      }
    }
  });
});

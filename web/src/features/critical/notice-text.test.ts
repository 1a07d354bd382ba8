import i18next from 'i18next';
import { describe, expect, it } from 'vitest';
import { messages } from './messages';
import { localParams } from './notice-text';

async function translator(lng: 'en' | 'sv' | 'nb') {
  const i18n = i18next.createInstance();
  await i18n.init({
    lng,
    resources: { [lng]: { translation: messages[lng] } },
    interpolation: { escapeValue: false },
  });
  return (key: string, params?: Record<string, string>) => i18n.t(key, params);
}

describe('notice texts in the app', () => {
  it('say which target in Swedish and Norwegian, not in English', async () => {
    const sv = await translator('sv');
    const nb = await translator('nb');
    const params = { number: 'K-1', which: 'resolution' };
    expect(sv('critical.notice.SLA_BREACHED', localParams(params, 'sv'))).toBe(
      'Ärende K-1: målet (lösningstid) är överskridet',
    );
    expect(
      nb('critical.notice.SLA_WARNING', localParams({ ...params, which: 'response' }, 'nb')),
    ).toBe('Sak K-1: 80 % av tiden (responstid) er brukt');
  });

  it('keeps English wording in English and leaves unknown values alone', async () => {
    const en = await translator('en');
    expect(
      en('critical.notice.SLA_WARNING', localParams({ number: 'K-2', which: 'response' }, 'en')),
    ).toBe('Ticket K-2: 80 % of the response time is used');
    expect(localParams({ which: 'other', phone: '112' }, 'en')).toEqual({
      which: 'other',
      phone: '112',
    });
  });

  it('says what kind of absence IT announced, with its period', async () => {
    const sv = await translator('sv');
    const text = sv(
      'critical.notice.IT_ABSENCE_ANNOUNCED',
      localParams(
        { kind: 'ABSENT', startsAt: '2027-02-01T07:00:00Z', endsAt: '2027-02-01T08:00:00Z' },
        'sv',
      ),
    );
    expect(text).toMatch(/^IT är frånvarande från 2027-02-01 \d\d:00 till 2027-02-01 \d\d:00$/);
  });
});

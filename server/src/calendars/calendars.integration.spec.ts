import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Tenant } from '../tenants/tenant.entity.js';
import { TenantCalendar } from './tenant-calendar.entity.js';
import { TestApp } from '../test-support/test-app.js';

const SAVE = `mutation($t: ID!, $n: String!, $c: String!) {
  saveBusinessCalendar(tenantId: $t, name: $n, calendar: $c) { name calendar }
}`;
const AVAILABILITY = `query { itAvailability { tier until } }`;

const weekday = [
  { start: '06:30', end: '11:30' },
  { start: '12:30', end: '16:00' },
];
const valid = {
  timeZone: 'Europe/Oslo',
  weekly: { 1: weekday, 2: weekday, 3: weekday, 4: weekday, 5: weekday, 6: [], 7: [] },
  holidays: { country: 'NO' },
  closedDates: ['2026-12-31'],
  specialDates: [{ date: '2026-12-24', intervals: [{ start: '09:00', end: '12:00' }] }],
};

interface Errors {
  errors?: { message: string; extensions?: { code?: string; fields?: unknown } }[];
}

describe('business calendars per municipality (SQLite)', () => {
  let app: TestApp;
  let eirik: string;
  let nils: string;
  let maja: string;
  let por: string;
  let kav: string;

  beforeAll(async () => {
    app = await TestApp.start({ now: '2026-11-23T09:30:00Z' });
    [eirik, nils, maja] = await Promise.all([
      app.signIn('SOEI8009'),
      app.signIn('HANI9107'),
      app.signIn('HOMA8107'),
    ]);
    const tenants = await app.em().find(Tenant, {}, { filters: false });
    por = tenants.find((t) => t.code === 'POR')!.id;
    kav = tenants.find((t) => t.code === 'KAV')!.id;
  });
  afterAll(() => app.stop());

  async function save(
    calendar: unknown,
    cookie = eirik,
    tenantId = por,
  ): Promise<Errors & { data?: unknown }> {
    return app.gql(SAVE, { t: tenantId, n: 'CONTACT_CENTRE', c: JSON.stringify(calendar) }, cookie);
  }

  function fields(res: Errors): string[] {
    return ((res.errors?.[0]?.extensions?.fields ?? []) as { field: string }[]).map((f) => f.field);
  }

  it('stores a valid calendar with a lunch gap', async () => {
    const res = await save(valid);
    expect(res.errors).toBeUndefined();
  });

  it('rejects overlapping and reversed intervals, unknown time zones and 25:00 with clear errors', async () => {
    const overlapping = await save({
      ...valid,
      weekly: {
        ...valid.weekly,
        1: [
          { start: '08:00', end: '12:00' },
          { start: '11:00', end: '13:00' },
        ],
      },
    });
    expect(overlapping.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(fields(overlapping).some((f) => f.startsWith('calendar.weekly.1'))).toBe(true);

    const reversed = await save({
      ...valid,
      weekly: { ...valid.weekly, 2: [{ start: '16:00', end: '09:00' }] },
    });
    expect(reversed.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(fields(reversed).some((f) => f.startsWith('calendar.weekly.2'))).toBe(true);

    const zone = await save({ ...valid, timeZone: 'Europe/Porsanger' });
    expect(zone.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(fields(zone)).toContain('calendar.timeZone');

    const late = await save({
      ...valid,
      weekly: { ...valid.weekly, 3: [{ start: '09:00', end: '25:00' }] },
    });
    expect(late.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(late.errors?.[0]?.message).toMatch(/25:00/);

    const notJson = await app.gql(SAVE, { t: por, n: 'CONTACT_CENTRE', c: '{weekly' }, eirik);
    expect(notJson.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
  });

  it('lets only IT leads and administrators of the municipality change calendars', async () => {
    expect((await save(valid, nils)).errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    expect((await save(valid, maja)).errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
    expect((await save(valid, eirik, kav)).errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
  });

  it('drives the availability shown to everyone from the stored IT calendars', async () => {
    // Monday 10:30 in Oslo: core hours by the standard calendar.
    const before = await app.gql<{ itAvailability: { tier: string; until: string } }>(
      AVAILABILITY,
      {},
      nils,
    );
    expect(before.data?.itAvailability).toEqual({
      tier: 'CORE',
      until: '2026-11-23T13:00:00.000Z',
    });
    const noCoreOnMonday = {
      ...valid,
      weekly: { 1: [], 2: [{ start: '09:00', end: '14:00' }] },
      closedDates: [],
      specialDates: [],
    };
    const res = await app.gql(
      SAVE,
      { t: por, n: 'IT_CORE', c: JSON.stringify(noCoreOnMonday) },
      eirik,
    );
    expect(res.errors).toBeUndefined();
    const after = await app.gql<{ itAvailability: { tier: string; until: string } }>(
      AVAILABILITY,
      {},
      nils,
    );
    // Extended hours (09:00–16:30) still apply.
    expect(after.data?.itAvailability).toEqual({
      tier: 'EXTENDED',
      until: '2026-11-23T15:30:00.000Z',
    });
  });

  it('lists the stored calendars with the standard IT calendars standing in, own municipality only', async () => {
    const LIST = `query($t: ID!) { businessCalendars(tenantId: $t) { id name stored calendar } }`;
    // Burlöv has saved none: the standard IT calendars stand in, unsaved.
    const bur = (await app.em().find(Tenant, { code: 'BUR' }, { filters: false }))[0]?.id ?? '';
    await app.em().nativeDelete(TenantCalendar, { tenant: bur }, { filters: false });
    const res = await app.gql<{
      businessCalendars: { id: string; name: string; stored: boolean; calendar: string }[];
    }>(LIST, { t: bur }, maja);
    expect(res.errors).toBeUndefined();
    const list = res.data?.businessCalendars ?? [];
    expect(list.map((c) => [c.name, c.stored])).toEqual([
      ['IT_CORE', false],
      ['IT_EXTENDED', false],
    ]);
    // Burlöv is Swedish: the country's holidays and default closures come with it.
    const core = JSON.parse(list[0]?.calendar ?? '{}') as { holidays: { country: string } };
    expect(core.holidays.country).toBe('SE');
    const own = await app.gql<{ businessCalendars: { name: string; stored: boolean }[] }>(
      LIST,
      { t: por },
      eirik,
    );
    expect(own.data?.businessCalendars.find((c) => c.name === 'CONTACT_CENTRE')?.stored).toBe(true);
    const other = await app.gql(LIST, { t: kav }, eirik);
    expect(other.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
    const bad = await app.gql(LIST, { t: 'not-a-tenant' }, maja);
    expect(bad.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
  });
});

import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { OutgoingMessage } from '../messaging/outgoing-message.entity.js';
import { Notification } from '../notifications/notification.entity.js';
import { OrgUnit } from '../org/org-unit.entity.js';
import { Person } from '../people/person.entity.js';
import { Tenant } from '../tenants/tenant.entity.js';
import { TestApp } from '../test-support/test-app.js';

// Kävlinge (Europe/Stockholm). Saturday 28 November 2026, 19:40 local = 18:40 UTC; IT is closed.
const SATURDAY_EVENING = '2026-11-28T18:40:00Z';
const LEAD = 'HOMA8107'; // Kävlinge IT lead, also serves Burlöv
const AGENT = 'SAOR9112'; // Kävlinge first-line agent
const SARA = 'JOSA9804'; // Kävlinge employee in Solgården (under Vård och omsorg)
const DIRECTOR = 'LUKN7203'; // Kävlinge municipal director (Kommunledningskontoret)
const ALI = 'HAAI9502'; // Burlöv employee
const EIRIK = 'SOEI8009'; // Porsanger IT lead

const SCHEDULE = `mutation($input: ScheduleOnCallInput!) {
  scheduleOnCall(input: $input) { id tenantId unitIds personIds phone }
}`;
const ABSENCE = `mutation($input: AnnounceItAbsenceInput!) { announceItAbsence(input: $input) { id kind } }`;
const WHO = `query { whoToCall { route phone availability { tier onCallPhone } } }`;
const PERIODS = `query($tenantId: ID!) { onCallPeriods(tenantId: $tenantId) { id unitIds tenantId } }`;

function jobs(app: TestApp) {
  return import('../jobs/jobs.service.js').then((m) => app.running.app.get(m.JobsService));
}

describe('on-call coverage by municipality and org unit, announcements and the end', () => {
  let app: TestApp;
  const cookies: Record<string, string> = {};
  const as = (u: string) => cookies[u] ?? '';
  const ids: Record<string, string> = {};

  beforeAll(async () => {
    app = await TestApp.start({ now: SATURDAY_EVENING });
    for (const u of [LEAD, AGENT, SARA, DIRECTOR, ALI, EIRIK]) cookies[u] = await app.signIn(u);
    const em = app.em();
    for (const u of [LEAD, AGENT, SARA, DIRECTOR, ALI]) {
      ids[u] = (await em.findOneOrFail(Person, { username: u }, { filters: false })).id;
    }
    const kav = await em.findOneOrFail(Tenant, { name: 'Kävlinge kommun' }, { filters: false });
    const ali = await em.findOneOrFail(Person, { username: ALI }, { filters: false });
    ids.kav = kav.id;
    ids.bur = ali.tenant.id;
    const unit = async (tenant: string, code: string) =>
      (await em.findOneOrFail(OrgUnit, { tenant, code }, { filters: false })).id;
    ids.care = await unit(kav.id, 'VO');
    ids.burKs = await unit(ali.tenant.id, 'KS');
  });
  afterAll(() => app.stop());

  const input = () => ({
    startsAt: '2026-11-28T18:00:00Z',
    endsAt: '2026-11-29T20:00:00Z',
    personIds: [ids[AGENT], ids[LEAD]],
    phone: '046-73 50 00',
  });
  const code = (res: { errors?: { extensions?: Record<string, unknown> }[] }) =>
    res.errors?.[0]?.extensions?.code;
  const field = (res: { errors?: { extensions?: Record<string, unknown> }[] }) =>
    (res.errors?.[0]?.extensions?.fields as { field: string }[] | undefined)?.[0]?.field;

  it('refuses anyone but an IT lead, other municipalities and units outside those covered', async () => {
    const full = { ...input(), tenantIds: [ids.kav, ids.bur], unitIds: [ids.care] };
    expect(code(await app.gql(SCHEDULE, { input: full }, as(AGENT)))).toBe('FORBIDDEN');
    expect(code(await app.gql(SCHEDULE, { input: full }, as(SARA)))).toBe('FORBIDDEN');
    // Porsanger's IT lead does not serve Kävlinge.
    const other = await app.gql(
      SCHEDULE,
      { input: { ...input(), personIds: [], tenantIds: [ids.kav] } },
      as(EIRIK),
    );
    expect(code(other)).toBe('BAD_USER_INPUT');
    const foreign = await app.gql(
      SCHEDULE,
      { input: { ...input(), tenantIds: [ids.kav], unitIds: [ids.burKs] } },
      as(LEAD),
    );
    expect([code(foreign), field(foreign)]).toEqual(['BAD_USER_INPUT', 'unitIds']);
    const unknown = await app.gql(
      SCHEDULE,
      { input: { ...input(), unitIds: ['00000000-0000-4000-8000-000000000000'] } },
      as(LEAD),
    );
    expect([code(unknown), field(unknown)]).toEqual(['BAD_USER_INPUT', 'unitIds']);
    const porsanger = (
      await app.em().findOneOrFail(Person, { username: EIRIK }, { filters: false })
    ).tenant.id;
    const notServed = await app.gql(
      SCHEDULE,
      { input: { ...input(), tenantIds: [ids.kav, porsanger] } },
      as(LEAD),
    );
    expect([code(notServed), field(notServed)]).toEqual(['BAD_USER_INPUT', 'tenantIds']);
    expect(
      await app.em().count(Notification, { kind: 'ONCALL_ANNOUNCED' }, { filters: false }),
    ).toBe(0);
  });

  it('covers only the chosen units of one municipality and the whole of another', async () => {
    const res = await app.gql<{
      scheduleOnCall: { id: string; tenantId: string; unitIds: string[] }[];
    }>(
      SCHEDULE,
      { input: { ...input(), tenantIds: [ids.kav, ids.bur], unitIds: [ids.care] } },
      as(LEAD),
    );
    expect(res.errors).toBeUndefined();
    const periods = res.data?.scheduleOnCall ?? [];
    expect(periods.map((p) => [p.tenantId, p.unitIds])).toEqual([
      [ids.kav, [ids.care]],
      [ids.bur, []],
    ]);

    type Who = {
      whoToCall: {
        route: string;
        phone: string | null;
        availability: { tier: string; onCallPhone: string | null };
      };
    };
    // Sara works in Solgården, below Vård och omsorg: covered.
    const sara = await app.gql<Who>(WHO, {}, as(SARA));
    expect(sara.data?.whoToCall).toMatchObject({
      route: 'ON_CALL',
      phone: '046-73 50 00',
      availability: { tier: 'ON_CALL', onCallPhone: '046-73 50 00' },
    });
    // The director's unit is not covered: IT is closed for him.
    const director = await app.gql<Who>(WHO, {}, as(DIRECTOR));
    expect(director.data?.whoToCall.route).toBe('MANAGER_CHAIN');
    expect(director.data?.whoToCall.availability.tier).toBe('CLOSED');
    // Burlöv is covered whole.
    const ali = await app.gql<Who>(WHO, {}, as(ALI));
    expect(ali.data?.whoToCall.route).toBe('ON_CALL');

    // Announced to those covered and to the on-call people, in the app and by e-mail.
    const announced = await app
      .em()
      .find(Notification, { kind: 'ONCALL_ANNOUNCED' }, { filters: false });
    const recipients = new Set(announced.map((n) => n.recipient.id));
    expect(recipients.has(ids[SARA] ?? '')).toBe(true);
    expect(recipients.has(ids[ALI] ?? '')).toBe(true);
    expect(recipients.has(ids[AGENT] ?? '')).toBe(true);
    expect(recipients.has(ids[DIRECTOR] ?? '')).toBe(false);
    await (await jobs(app)).runDueJobs();
    const sara2 = await app.em().findOneOrFail(Person, { id: ids[SARA] }, { filters: false });
    // Saturday evening: the mail is queued now but held to Monday 09:00 Stockholm time.
    const queued = await app
      .em()
      .find(
        OutgoingMessage,
        { recipientPersonId: sara2.id, channel: 'EMAIL', kind: 'ANNOUNCEMENT' },
        { filters: false },
      );
    const held = queued.filter((m) => m.body.includes('046-73 50 00'));
    expect(held.length).toBe(sara2.email !== null ? 1 : 0);
    if (held[0]) {
      expect(new Date(held[0].nextAttemptAt).toISOString()).toBe('2026-11-30T08:00:00.000Z');
      expect(held[0].status).toBe('QUEUED');
    }

    // Paging follows the same coverage: Sara's critical ticket pages the on-call people,
    // the director's goes up the manager line.
    const REPORT = `mutation($input: ReportCriticalInput!) { reportCritical(input: $input) { route status } }`;
    const report = (u: string) =>
      app.gql<{ reportCritical: { route: string; status: string } }>(
        REPORT,
        {
          input: {
            title: `Journal system down (${u})`,
            definitionCode: 'DANGER_TO_LIFE_OR_HEALTH',
          },
        },
        as(u),
      );
    expect((await report(SARA)).data?.reportCritical).toEqual({
      route: 'ON_CALL',
      status: 'PAGING',
    });
    expect((await report(DIRECTOR)).data?.reportCritical.route).toBe('MANAGER_CHAIN');

    // Burlöv people do not see Kävlinge's periods.
    expect(code(await app.gql(PERIODS, { tenantId: ids.kav }, as(ALI)))).toBe('NOT_FOUND');
  });

  it('tells the IT lead and the on-call people once when the period has ended', async () => {
    app.clock.set('2026-11-29T20:00:00Z');
    await (await jobs(app)).runDueJobs();
    await (await jobs(app)).runDueJobs();
    const ended = await app.em().find(Notification, { kind: 'ONCALL_ENDED' }, { filters: false });
    // Two periods (Kävlinge and Burlöv), each telling the lead and the agent.
    expect(ended.map((n) => n.recipient.id).sort()).toEqual(
      [ids[LEAD], ids[LEAD], ids[AGENT], ids[AGENT]].sort(),
    );
    for (const u of [SARA, LEAD]) cookies[u] = await app.signIn(u);
    const who = await app.gql<{ whoToCall: { route: string } }>(WHO, {}, as(SARA));
    expect(who.data?.whoToCall.route).toBe('MANAGER_CHAIN');
  });

  it('announces IT absence to everyone in the municipality, IT leads only', async () => {
    const absence = {
      startsAt: '2026-11-30T08:00:00Z',
      endsAt: '2026-11-30T15:00:00Z',
      kind: 'REDUCED',
    };
    for (const u of [AGENT]) cookies[u] = await app.signIn(u);
    expect(code(await app.gql(ABSENCE, { input: absence }, as(AGENT)))).toBe('FORBIDDEN');
    expect(code(await app.gql(ABSENCE, { input: { ...absence, kind: 'GONE' } }, as(LEAD)))).toBe(
      'BAD_USER_INPUT',
    );
    expect((await app.gql(ABSENCE, { input: absence }, as(LEAD))).errors).toBeUndefined();
    const told = await app
      .em()
      .find(Notification, { kind: 'IT_ABSENCE_ANNOUNCED' }, { filters: false });
    const recipients = new Set(told.map((n) => n.recipient.id));
    expect(recipients.has(ids[SARA] ?? '')).toBe(true);
    expect(recipients.has(ids[DIRECTOR] ?? '')).toBe(true);
    expect(recipients.has(ids[ALI] ?? '')).toBe(false);
  });
});

import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AuditEvent } from '../audit/audit-event.entity.js';
import { Outbox } from '../messaging/outbox.js';
import { Notification } from '../notifications/notification.entity.js';
import { Person } from '../people/person.entity.js';
import { TestApp } from '../test-support/test-app.js';
import { EscalationStep } from './critical-case.entity.js';

// Porsanger (Europe/Oslo). Saturday 28 November 2026, 19:40 local = 18:40 UTC; IT is closed.
const SATURDAY_EVENING = '2026-11-28T18:40:00Z';
const NILS = 'HANI9107'; // nurse
const KARI = 'JOKA8203'; // nursing home manager
const SILJE = 'ANSE7608'; // head of health & care
const TOR = 'ERTR7011'; // head of finance & governance (IT superior)
const EIRIK = 'SOEI8009'; // IT lead
const MAREN = 'ISMA9204'; // IT consultant
const HAKON = 'MIHA8812'; // IT adviser
const SARA = 'JOSA9804'; // Kävlinge employee
const KARIN = 'LUKN7203'; // Kävlinge municipal director

const REPORT = `mutation($input: ReportCriticalInput!) {
  reportCritical(input: $input) { id ticketId number route status currentLevel currentContact { displayName } }
}`;
const CASE = `query($id: ID!) {
  criticalCase(ticketId: $id) {
    criticalCase { status route currentLevel currentContact { displayName } takenBy { displayName } }
    steps { seq kind level contact { displayName } actor { displayName } channel }
    chain { level person { displayName workPhone } mayAuthorise contacted current }
    next { kind person { displayName } }
    viewerMay { escalate acknowledge decide take logCalls }
  }
}`;
const ACK = `mutation($id: ID!) { acknowledgeEscalation(ticketId: $id) { status currentAcknowledged } }`;
const ESCALATE = `mutation($id: ID!) { escalateCritical(ticketId: $id) { status currentLevel currentContact { displayName } } }`;
const DECIDE = `mutation($input: OvertimeDecisionInput!) { decideOvertime(input: $input) { status decidedBy { displayName } overtimeLimitMinutes } }`;
const TAKE = `mutation($id: ID!) { takeCritical(ticketId: $id) { status takenBy { displayName } } }`;
const WHO = `query { whoToCall { route phone availability { tier until } people { displayName workPhone } } }`;
const SCHEDULE = `mutation($input: ScheduleOnCallInput!) { scheduleOnCall(input: $input) { id phone } }`;

interface Reported {
  reportCritical: {
    ticketId: string;
    number: string;
    route: string;
    status: string;
    currentLevel: number;
    currentContact: { displayName: string } | null;
  };
}
interface CaseData {
  criticalCase: {
    criticalCase: {
      status: string;
      route: string;
      currentLevel: number;
      currentContact: { displayName: string } | null;
      takenBy: { displayName: string } | null;
    };
    steps: {
      seq: number;
      kind: string;
      level: number | null;
      contact: { displayName: string } | null;
      actor: { displayName: string } | null;
      channel: string | null;
    }[];
    chain: {
      level: number;
      person: { displayName: string; workPhone: string | null };
      mayAuthorise: boolean;
      contacted: boolean;
      current: boolean;
    }[];
    next: { kind: string; person: { displayName: string } | null };
    viewerMay: {
      escalate: boolean;
      acknowledge: boolean;
      decide: boolean;
      take: boolean;
      logCalls: boolean;
    };
  };
}

function jobs(app: TestApp) {
  // Resolved lazily so the module graph is built by the running app.
  return import('../jobs/jobs.service.js').then((m) => app.running.app.get(m.JobsService));
}

async function personId(app: TestApp, username: string): Promise<string> {
  return (await app.em().findOneOrFail(Person, { username }, { filters: false })).id;
}

describe('critical tickets after hours (SQLite, moved clock)', () => {
  let app: TestApp;
  const cookies: Record<string, string> = {};

  beforeAll(async () => {
    app = await TestApp.start({ now: SATURDAY_EVENING });
    for (const u of [NILS, KARI, SILJE, TOR, EIRIK, MAREN, HAKON, SARA, KARIN]) {
      cookies[u] = await app.signIn(u);
    }
  });
  afterAll(() => app.stop());

  const as = (u: string) => cookies[u] ?? '';

  it('tells the caller to call their manager line when IT is closed', async () => {
    const res = await app.gql<{
      whoToCall: {
        route: string;
        availability: { tier: string };
        people: { displayName: string; workPhone: string }[];
      };
    }>(WHO, {}, as(NILS));
    expect(res.errors).toBeUndefined();
    expect(res.data?.whoToCall.availability.tier).toBe('CLOSED');
    expect(res.data?.whoToCall.route).toBe('MANAGER_CHAIN');
    expect(res.data?.whoToCall.people.map((p) => p.displayName)).toEqual([
      'Kari Johansen',
      'Silje Andersen',
      'Tor Eriksen',
      'Ingrid Nilsen',
    ]);
    expect(res.data?.whoToCall.people[0]?.workPhone).toBe('480 10 011');
  });

  it('walks employee → manager → manager’s manager → IT superior, who authorises; IT is paged once each and the ticket is taken', async () => {
    const reported = await app.gql<Reported>(
      REPORT,
      {
        input: {
          title: 'Medication system down on the ward',
          definitionCode: 'DANGER_TO_LIFE_OR_HEALTH',
        },
      },
      as(NILS),
    );
    expect(reported.errors).toBeUndefined();
    const r = reported.data?.reportCritical;
    expect(r?.route).toBe('MANAGER_CHAIN');
    expect(r?.status).toBe('ESCALATING');
    expect(r?.currentContact?.displayName).toBe('Kari Johansen');
    expect(r?.number).toMatch(/^POR-2611-\d{4}$/);
    const id = r?.ticketId ?? '';

    // Kari sees the whole chain and the next person.
    const kariView = await app.gql<CaseData>(CASE, { id }, as(KARI));
    expect(kariView.errors).toBeUndefined();
    const v = kariView.data?.criticalCase;
    expect(v?.chain.map((m) => [m.person.displayName, m.mayAuthorise])).toEqual([
      ['Kari Johansen', false],
      ['Silje Andersen', false],
      ['Tor Eriksen', true],
      ['Ingrid Nilsen', true],
    ]);
    expect(v?.next.person?.displayName).toBe('Silje Andersen');
    expect(v?.viewerMay).toMatchObject({
      acknowledge: true,
      escalate: true,
      decide: false,
      take: false,
    });

    expect((await app.gql(ACK, { id }, as(KARI))).errors).toBeUndefined();
    app.clock.advanceMinutes(3);
    const toSilje = await app.gql<{
      escalateCritical: { currentLevel: number; currentContact: { displayName: string } };
    }>(ESCALATE, { id }, as(KARI));
    expect(toSilje.errors).toBeUndefined();
    expect(toSilje.data?.escalateCritical.currentContact.displayName).toBe('Silje Andersen');
    expect(toSilje.data?.escalateCritical.currentLevel).toBe(2);

    // A manager cannot authorise overtime, whatever the UI shows.
    const denied = await app.gql(
      DECIDE,
      { input: { ticketId: id, authorise: true, reason: 'Please' } },
      as(SILJE),
    );
    expect(denied.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    // Nor can the director of another municipality see it.
    const crossTenant = await app.gql(
      DECIDE,
      { input: { ticketId: id, authorise: true, reason: 'x' } },
      as(KARIN),
    );
    expect(crossTenant.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
    expect((await app.gql(CASE, { id }, as(SARA))).errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
    // Someone outside the chain may not escalate.
    expect((await app.gql(ESCALATE, { id }, as(MAREN))).errors?.[0]?.extensions?.code).toBe(
      'FORBIDDEN',
    );

    app.clock.advanceMinutes(4);
    const toTor = await app.gql<{
      escalateCritical: { currentLevel: number; currentContact: { displayName: string } };
    }>(ESCALATE, { id }, as(SILJE));
    expect(toTor.data?.escalateCritical.currentContact.displayName).toBe('Tor Eriksen');
    // The IT superior has been reached: nobody above is contacted.
    const beyond = await app.gql(ESCALATE, { id }, as(SILJE));
    expect(beyond.errors?.[0]?.extensions?.code).toBe('CONFLICT');

    const badReason = await app.gql(
      DECIDE,
      { input: { ticketId: id, authorise: true, reason: '  ' } },
      as(TOR),
    );
    expect(badReason.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    app.clock.advanceMinutes(2);
    const authorised = await app.gql<{
      decideOvertime: { status: string; overtimeLimitMinutes: number };
    }>(
      DECIDE,
      {
        input: {
          ticketId: id,
          authorise: true,
          reason: 'Patients’ medication at risk',
          timeLimitMinutes: 180,
        },
      },
      as(TOR),
    );
    expect(authorised.errors).toBeUndefined();
    expect(authorised.data?.decideOvertime).toMatchObject({
      status: 'PAGING',
      overtimeLimitMinutes: 180,
    });

    // The chain member's auto-escalation timers fire but do nothing now.
    app.clock.advanceMinutes(1);
    const runner = await jobs(app);
    await runner.runDueJobs();

    // Each IT person got exactly one page by SMS on their registered mobile.
    const outbox = app.running.app.get(Outbox);
    for (const mobile of ['465 20 902', '452 20 903', '481 20 901']) {
      expect(
        outbox
          .messages({ to: mobile, channel: 'SMS' })
          .filter((m) => m.text.includes('Varsel: kritisk sak')),
      ).toHaveLength(1);
    }
    expect(outbox.messages({ to: '480 10 011', channel: 'SMS' })[0]?.text).toMatch(
      /trenger deg nå/,
    );

    const first = await app.gql<{ takeCritical: { takenBy: { displayName: string } } }>(
      TAKE,
      { id },
      as(MAREN),
    );
    expect(first.errors).toBeUndefined();
    expect(first.data?.takeCritical.takenBy.displayName).toBe('Maren Isaksen');
    const second = await app.gql(TAKE, { id }, as(HAKON));
    expect(second.errors?.[0]?.extensions?.code).toBe('CONFLICT');
    expect((await app.gql(TAKE, { id }, as(KARI))).errors?.[0]?.extensions?.code).toBe('FORBIDDEN');

    // Much later: re-pages and auto-escalations find the ticket taken and stay silent.
    app.clock.advanceMinutes(120);
    await runner.runDueJobs();
    for (const mobile of ['465 20 902', '452 20 903', '481 20 901']) {
      expect(
        outbox
          .messages({ to: mobile, channel: 'SMS' })
          .filter((m) => m.text.includes('Varsel: kritisk sak')),
      ).toHaveLength(1);
    }

    const final = await app.gql<CaseData>(CASE, { id }, as(MAREN));
    const steps = final.data?.criticalCase.steps ?? [];
    expect(
      steps.map((s) => [s.kind, s.contact?.displayName ?? null, s.actor?.displayName ?? null]),
    ).toEqual([
      ['REPORTED', null, 'Nils Hansen'],
      ['CONTACTED', 'Kari Johansen', 'Nils Hansen'],
      ['ACKNOWLEDGED', 'Kari Johansen', 'Kari Johansen'],
      ['CONTACTED', 'Silje Andersen', 'Kari Johansen'],
      ['CONTACTED', 'Tor Eriksen', 'Silje Andersen'],
      ['AUTHORISED', 'Tor Eriksen', 'Tor Eriksen'],
      ['PAGED', 'Maren Isaksen', 'Tor Eriksen'],
      ['PAGED', 'Håkon Mikkelsen', 'Tor Eriksen'],
      ['PAGED', 'Eirik Solberg', 'Tor Eriksen'],
      ['TAKEN', 'Maren Isaksen', 'Maren Isaksen'],
    ]);
    expect(steps.filter((s) => s.kind === 'CONTACTED').map((s) => s.level)).toEqual([1, 2, 3]);

    const audit = await app
      .em()
      .find(AuditEvent, { entityId: id }, { filters: false, orderBy: { at: 'asc' } });
    expect(audit.map((a) => a.action)).toContain('ticket.created');
    expect(audit.map((a) => a.action).filter((a) => a.startsWith('critical.'))).toEqual([
      'critical.reported',
      'critical.escalated',
      'critical.acknowledged',
      'critical.escalated',
      'critical.escalated',
      'critical.overtimeAuthorised',
      'critical.paged',
      'critical.taken',
    ]);

    const notes = await app
      .em()
      .find(Notification, { ticketId: id }, { filters: false, populate: ['recipient'] });
    const kinds = (username: string) =>
      notes
        .filter((n) => n.recipient.username === username && n.kind.startsWith('CRITICAL_'))
        .map((n) => n.kind)
        .sort();
    expect(kinds(HAKON)).toEqual(['CRITICAL_PAGE', 'CRITICAL_TAKEN']);
    expect(kinds(MAREN)).toEqual(['CRITICAL_PAGE']);
    expect(kinds(KARI)).toEqual(['CRITICAL_AUTHORISED', 'CRITICAL_ESCALATION', 'CRITICAL_TAKEN']);

    // The 180 authorised minutes run out: the IT person on it and the authoriser are told, once.
    app.clock.advanceMinutes(60);
    await runner.runDueJobs();
    await runner.runDueJobs();
    const limit = await app
      .em()
      .find(
        Notification,
        { ticketId: id, kind: 'CRITICAL_OVERTIME_LIMIT' },
        { filters: false, populate: ['recipient'] },
      );
    expect(limit.map((n) => n.recipient.username).sort()).toEqual([TOR, MAREN].sort());
  });

  it('skips an absent manager for their registered deputy and says so', async () => {
    const em = app.em();
    const silje = await em.findOneOrFail(Person, { username: SILJE }, { filters: false });
    const aud = await em.findOneOrFail(Person, { username: 'PEAU8410' }, { filters: false });
    silje.absent = true;
    silje.deputy = aud;
    await em.flush();
    try {
      const reported = await app.gql<Reported>(
        REPORT,
        { input: { title: 'Door locks offline', definitionCode: 'DANGER_TO_LIFE_OR_HEALTH' } },
        as(NILS),
      );
      const id = reported.data!.reportCritical.ticketId;
      const view = await app.gql<CaseData>(CASE, { id }, as(KARI));
      expect(view.data!.criticalCase.next.person?.displayName).toBe('Aud Pettersen');
      const res = await app.gql<{
        escalateCritical: { currentLevel: number; currentContact: { displayName: string } };
      }>(ESCALATE, { id }, as(KARI));
      expect(res.data!.escalateCritical).toMatchObject({
        currentLevel: 2,
        currentContact: { displayName: 'Aud Pettersen' },
      });
      const steps = (await app.gql<CaseData>(CASE, { id }, as(KARI))).data!.criticalCase.steps;
      expect(steps.at(-1)).toMatchObject({
        kind: 'CONTACTED',
        level: 2,
        contact: { displayName: 'Aud Pettersen' },
      });
      // The deputy may escalate further, to the IT superior.
      const aud2 = await app.signIn('PEAU8410');
      const up = await app.gql<{ escalateCritical: { currentContact: { displayName: string } } }>(
        ESCALATE,
        { id },
        aud2,
      );
      expect(up.data!.escalateCritical.currentContact.displayName).toBe('Tor Eriksen');
    } finally {
      silje.absent = false;
      silje.deputy = null;
      await em.flush();
    }
  });

  it('rejects escalation of a non-critical ticket and a report without a critical definition', async () => {
    const created = await app.gql<{ createTicket: { id: string } }>(
      'mutation($input: CreateTicketInput!) { createTicket(input: $input) { id } }',
      { input: { title: 'Printer jams', description: 'Again' } },
      as(NILS),
    );
    const ticketId = created.data?.createTicket.id ?? '';
    const res = await app.gql(ESCALATE, { id: ticketId }, as(NILS));
    expect(res.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(res.errors?.[0]?.message).toMatch(/Only critical tickets/);

    const bad = await app.gql(
      REPORT,
      { input: { title: 'Slow PC', definitionCode: 'ANNOYING' } },
      as(NILS),
    );
    expect(bad.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
  });

  it('pages the on-call people directly during an announced on-call period', async () => {
    app.clock.set('2026-12-05T19:00:00Z'); // Saturday 20:00 in Oslo, a week later
    for (const u of [NILS, EIRIK, MAREN, HAKON]) cookies[u] = await app.signIn(u);
    const eirik = await personId(app, EIRIK);
    const hakon = await personId(app, HAKON);
    const input = {
      startsAt: '2026-12-05T17:00:00Z',
      endsAt: '2026-12-06T20:00:00Z',
      personIds: [hakon, eirik],
      phone: '452 20 903',
    };
    expect((await app.gql(SCHEDULE, { input }, as(MAREN))).errors?.[0]?.extensions?.code).toBe(
      'FORBIDDEN',
    );
    expect((await app.gql(SCHEDULE, { input }, as(NILS))).errors?.[0]?.extensions?.code).toBe(
      'FORBIDDEN',
    );
    const reversed = await app.gql(
      SCHEDULE,
      { input: { ...input, endsAt: input.startsAt, startsAt: input.endsAt } },
      as(EIRIK),
    );
    expect(reversed.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    const notStaff = await app.gql(
      SCHEDULE,
      { input: { ...input, personIds: [await personId(app, NILS)] } },
      as(EIRIK),
    );
    expect(notStaff.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    const scheduled = await app.gql(SCHEDULE, { input }, as(EIRIK));
    expect(scheduled.errors).toBeUndefined();

    const who = await app.gql<{
      whoToCall: {
        route: string;
        phone: string;
        availability: { tier: string };
        people: { displayName: string }[];
      };
    }>(WHO, {}, as(NILS));
    expect(who.data?.whoToCall).toMatchObject({
      route: 'ON_CALL',
      phone: '452 20 903',
      availability: { tier: 'ON_CALL' },
    });
    expect(who.data?.whoToCall.people.map((p) => p.displayName)).toEqual([
      'Håkon Mikkelsen',
      'Eirik Solberg',
    ]);

    const reported = await app.gql<Reported>(
      REPORT,
      {
        input: { title: 'Care records unavailable', definitionCode: 'DEPARTMENT_PRODUCTION_STOP' },
      },
      as(NILS),
    );
    expect(reported.data?.reportCritical).toMatchObject({
      route: 'ON_CALL',
      status: 'PAGING',
      currentContact: null,
    });
    const id = reported.data?.reportCritical.ticketId ?? '';
    const view = await app.gql<CaseData>(CASE, { id }, as(HAKON));
    expect(
      view.data?.criticalCase.steps.map((s) => [s.kind, s.contact?.displayName ?? null]),
    ).toEqual([
      ['REPORTED', null],
      ['PAGED', 'Håkon Mikkelsen'],
      ['PAGED', 'Eirik Solberg'],
    ]);

    // Nobody answers for five minutes: both are paged again, once.
    app.clock.advanceMinutes(5);
    await (await jobs(app)).runDueJobs();
    await (await jobs(app)).runDueJobs();
    const steps = await app
      .em()
      .find(EscalationStep, { criticalCase: { ticket: id } }, { filters: false });
    expect(steps.filter((s) => s.kind === 'REPAGED')).toHaveLength(2);
    expect((await app.gql(TAKE, { id }, as(HAKON))).errors).toBeUndefined();
  });
  it('uses the municipality’s own auto-escalation time, set by the IT lead', async () => {
    app.clock.set('2026-12-06T20:30:00Z'); // Sunday 21:30 in Oslo, after the on-call period
    for (const u of [NILS, EIRIK, MAREN]) cookies[u] = await app.signIn(u);
    const SAVE = `mutation($input: CriticalSettingsInput!) {
      saveCriticalSettings(input: $input) { autoEscalateMinutes repageMinutes maxRepages }
    }`;
    const input = { autoEscalateMinutes: 5, repageMinutes: 2, maxRepages: 1 };
    expect((await app.gql(SAVE, { input }, as(MAREN))).errors?.[0]?.extensions?.code).toBe(
      'FORBIDDEN',
    );
    const bad = await app.gql(SAVE, { input: { ...input, autoEscalateMinutes: 0 } }, as(EIRIK));
    expect(bad.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect((await app.gql(SAVE, { input }, as(EIRIK))).errors).toBeUndefined();

    const reported = await app.gql<Reported>(
      REPORT,
      {
        input: {
          title: 'Pharmacy fridge alarm offline',
          definitionCode: 'DANGER_TO_LIFE_OR_HEALTH',
        },
      },
      as(NILS),
    );
    const id = reported.data!.reportCritical.ticketId;
    expect(reported.data!.reportCritical.route).toBe('MANAGER_CHAIN');
    app.clock.advanceMinutes(5);
    await (await jobs(app)).runDueJobs();
    const steps = await app
      .em()
      .find(
        EscalationStep,
        { criticalCase: { ticket: id } },
        { filters: false, orderBy: { seq: 'asc' } },
      );
    expect(steps.map((s) => [s.kind, s.level])).toEqual([
      ['REPORTED', null],
      ['CONTACTED', 1],
      ['AUTO_ESCALATED', 2],
    ]);
  });
});

import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AuditEvent } from '../audit/audit-event.entity.js';
import { Person } from '../people/person.entity.js';
import { TestApp, type GqlResponse } from '../test-support/test-app.js';
import { OperatorGroup } from './operator-group.entity.js';

// Sara and Elin (Kävlinge employees under Lars), Lars (their manager), Nils (Kävlinge admin,
// not under Lars), Omar (Kävlinge agent, also serving Burlöv), Lena (Burlöv agent), Ali (Burlöv).
const SARA = 'JOSA9804';
const ELIN = 'PEEN9411';
const LARS = 'AHLS8022';
const NILS = 'AXNS8514';
const OMAR = 'SAOR9112';
const LENA = 'BELA8819';
const ALI = 'HAAI9502';

const FIELDS =
  'id number version status priority priorityReason channel tenant { code } caller { id } subject { id } group { name } operator { displayName }';
const CREATE = `mutation($input: CreateTicketInput!) { createTicket(input: $input) { ${FIELDS} } }`;
const CRITICAL = `mutation($input: CreateCriticalTicketInput!) { createCriticalTicket(input: $input) { ${FIELDS} } }`;
const RECORD = `mutation($input: RecordTicketForCallerInput!) { recordTicketForCaller(input: $input) { ${FIELDS} title } }`;
const BULK = `mutation($input: BulkUpdateTicketsInput!) { bulkUpdateTickets(input: $input) { changed failed results { index ok code message ticket { ${FIELDS} } } } }`;
const PEOPLE = `query { peopleToFileFor { id displayName } }`;
const FOR_OTHERS = `query { ticketsFiledForOthers { id } }`;
const MINE = `query { myTickets { id channel } }`;
const TIMELINE = `query($id: ID!) { ticketTimeline(ticketId: $id) { kind field from to reason author { displayName } } }`;
const TICKET = `query($id: ID!) { ticket(id: $id) { ${FIELDS} } }`;

interface T {
  id: string;
  number: string;
  version: number;
  status: string;
  priority: string;
  priorityReason: string | null;
  channel: string;
  tenant: { code: string };
  caller: { id: string };
  subject: { id: string };
  group: { name: string } | null;
  operator: { displayName: string } | null;
}
interface BulkResult {
  changed: number;
  failed: number;
  results: {
    index: number;
    ok: boolean;
    code: string | null;
    message: string | null;
    ticket: T | null;
  }[];
}

function code(res: GqlResponse): string | undefined {
  return res.errors?.[0]?.extensions?.code;
}

describe('filing for others, recording for callers and bulk changes', () => {
  let app: TestApp;
  const cookie: Record<string, string> = {};
  const id: Record<string, string> = {};

  beforeAll(async () => {
    app = await TestApp.start();
    for (const u of [SARA, ELIN, LARS, NILS, OMAR, LENA, ALI]) {
      cookie[u] = await app.signIn(u);
      id[u] = (await app.em().findOneOrFail(Person, { username: u }, { filters: false })).id;
    }
  });
  afterAll(() => app.stop());

  async function file(who = SARA, input: Record<string, unknown> = {}): Promise<T> {
    const res = await app.gql<{ createTicket: T }>(
      CREATE,
      { input: { title: 'Printer jammed', ...input } },
      cookie[who],
    );
    expect(res.errors).toBeUndefined();
    return res.data!.createTicket;
  }

  async function groupId(tenantCode: string, name: string): Promise<string> {
    const g = await app
      .em()
      .findOneOrFail(OperatorGroup, { name, tenant: { code: tenantCode } }, { filters: false });
    return g.id;
  }

  async function bulk(input: Record<string, unknown>, who = OMAR) {
    return app.gql<{ bulkUpdateTickets: BulkResult }>(BULK, { input }, cookie[who]);
  }

  const ref = (t: T) => ({ id: t.id, version: t.version });

  describe('a manager files on behalf of their own people', () => {
    it('lists the people below the manager, and nobody for others', async () => {
      const lars = await app.gql<{ peopleToFileFor: { id: string }[] }>(PEOPLE, {}, cookie[LARS]);
      const ids = lars.data!.peopleToFileFor.map((p) => p.id);
      expect(ids).toEqual(expect.arrayContaining([id[SARA], id[ELIN]]));
      expect(ids).not.toContain(id[NILS]);
      expect(ids).not.toContain(id[LARS]);
      const sara = await app.gql<{ peopleToFileFor: unknown[] }>(PEOPLE, {}, cookie[SARA]);
      expect(sara.data!.peopleToFileFor).toEqual([]);
      expect(code(await app.gql(PEOPLE))).toBe('UNAUTHENTICATED');
    });

    it('files for someone below them; both see it', async () => {
      const t = await file(LARS, { subjectId: id[SARA] });
      expect(t.caller.id).toBe(id[LARS]);
      expect(t.subject.id).toBe(id[SARA]);
      const others = await app.gql<{ ticketsFiledForOthers: { id: string }[] }>(
        FOR_OTHERS,
        {},
        cookie[LARS],
      );
      expect(others.data!.ticketsFiledForOthers.map((x) => x.id)).toContain(t.id);
      const mine = await app.gql<{ myTickets: { id: string }[] }>(MINE, {}, cookie[SARA]);
      expect(mine.data!.myTickets.map((x) => x.id)).toContain(t.id);
    });

    it('refuses someone not below the filer with FORBIDDEN, on both paths', async () => {
      const notMine = await app.gql(
        CREATE,
        { input: { title: 'For Nils', subjectId: id[NILS] } },
        cookie[LARS],
      );
      expect(code(notMine)).toBe('FORBIDDEN');
      const colleague = await app.gql(
        CREATE,
        { input: { title: 'For Elin', subjectId: id[ELIN] } },
        cookie[SARA],
      );
      expect(code(colleague)).toBe('FORBIDDEN');
      const critical = await app.gql(
        CRITICAL,
        {
          input: {
            title: 'Alarm down',
            subjectId: id[NILS],
            criticalReason: 'DANGER_TO_LIFE_OR_HEALTH',
          },
        },
        cookie[LARS],
      );
      expect(code(critical)).toBe('FORBIDDEN');
    });

    it('answers NOT_FOUND for another municipality or an unknown person', async () => {
      const cross = await app.gql(
        CREATE,
        { input: { title: 'For Ali', subjectId: id[ALI] } },
        cookie[LARS],
      );
      expect(code(cross)).toBe('NOT_FOUND');
      const unknown = await app.gql(
        CREATE,
        { input: { title: 'For nobody', subjectId: 'no-such-person' } },
        cookie[LARS],
      );
      expect(code(unknown)).toBe('NOT_FOUND');
    });
  });

  describe('an agent records a ticket for a caller', () => {
    it('records a phone call for a caller; the caller sees it and the timeline says how', async () => {
      const res = await app.gql<{ recordTicketForCaller: T & { title: string } }>(
        RECORD,
        {
          input: {
            callerId: id[SARA],
            channel: 'PHONE',
            title: '<script>alert(1)</script> VPN fails',
            impact: 'DEPARTMENT',
            urgency: 'MEDIUM',
            timeSpentMinutes: 4,
          },
        },
        cookie[OMAR],
      );
      expect(res.errors).toBeUndefined();
      const t = res.data!.recordTicketForCaller;
      expect(t).toMatchObject({
        channel: 'PHONE',
        status: 'NEW',
        priority: 'HIGH',
        caller: { id: id[SARA] },
        subject: { id: id[SARA] },
        tenant: { code: 'KAV' },
      });
      expect(t.title).toBe('<script>alert(1)</script> VPN fails');
      const mine = await app.gql<{ myTickets: { id: string; channel: string }[] }>(
        MINE,
        {},
        cookie[SARA],
      );
      expect(mine.data!.myTickets).toContainEqual({ id: t.id, channel: 'PHONE' });
      const timeline = await app.gql<{
        ticketTimeline: { field: string; to: string; author: { displayName: string } }[];
      }>(TIMELINE, { id: t.id }, cookie[OMAR]);
      expect(timeline.data!.ticketTimeline).toContainEqual(
        expect.objectContaining({ field: 'channel', to: 'PHONE' }),
      );
      const audit = await app.em().find(AuditEvent, { entityId: t.id }, { filters: false });
      expect(audit.find((a) => a.action === 'ticket.recorded')).toMatchObject({
        actorId: id[OMAR],
      });
    });

    it('records for a caller of another municipality the agent serves', async () => {
      const res = await app.gql<{ recordTicketForCaller: T }>(
        RECORD,
        { input: { callerId: id[ALI], channel: 'EMAIL', title: 'Mailbox full' } },
        cookie[OMAR],
      );
      expect(res.errors).toBeUndefined();
      expect(res.data!.recordTicketForCaller.tenant.code).toBe('BUR');
    });

    it('refuses callers the agent does not serve, non-agents and bad input', async () => {
      const cross = await app.gql(
        RECORD,
        { input: { callerId: id[SARA], channel: 'PHONE', title: 'x' } },
        cookie[LENA],
      );
      expect(code(cross)).toBe('NOT_FOUND');
      const staff = await app.gql(
        RECORD,
        { input: { callerId: id[ELIN], channel: 'WALK_IN', title: 'x' } },
        cookie[SARA],
      );
      expect(code(staff)).toBe('FORBIDDEN');
      const empty = await app.gql(
        RECORD,
        { input: { callerId: id[SARA], channel: 'PHONE', title: '   ' } },
        cookie[OMAR],
      );
      expect(code(empty)).toBe('BAD_USER_INPUT');
      const minutes = await app.gql(
        RECORD,
        { input: { callerId: id[SARA], channel: 'PHONE', title: 'x', timeSpentMinutes: -1 } },
        cookie[OMAR],
      );
      expect(code(minutes)).toBe('BAD_USER_INPUT');
      const channel = await app.gql(
        RECORD,
        { input: { callerId: id[SARA], channel: 'FAX', title: 'x' } },
        cookie[OMAR],
      );
      expect(channel.errors).toBeDefined();
      const unknown = await app.gql(
        RECORD,
        { input: { callerId: 'nobody', channel: 'PHONE', title: 'x' } },
        cookie[OMAR],
      );
      expect(code(unknown)).toBe('NOT_FOUND');
      expect(
        code(
          await app.gql(RECORD, { input: { callerId: id[SARA], channel: 'PHONE', title: 'x' } }),
        ),
      ).toBe('UNAUTHENTICATED');
    });
  });

  describe('bulk changes from the queue', () => {
    it('assigns group and operator to several tickets, audited and on the timeline', async () => {
      const a = await file();
      const b = await file();
      const res = await bulk({
        tickets: [ref(a), ref(b)],
        groupId: await groupId('KAV', 'Infrastructure'),
        operatorId: id[OMAR],
      });
      expect(res.errors).toBeUndefined();
      const out = res.data!.bulkUpdateTickets;
      expect(out).toMatchObject({ changed: 2, failed: 0 });
      for (const r of out.results) {
        expect(r.ticket).toMatchObject({ group: { name: 'Infrastructure' } });
        expect(r.ticket!.operator).not.toBeNull();
      }
      expect(out.results.map((r) => [r.index, r.ticket!.id])).toEqual([
        [0, a.id],
        [1, b.id],
      ]);
      const audit = await app.em().find(AuditEvent, { entityId: a.id }, { filters: false });
      expect(audit.map((x) => x.action)).toContain('ticket.assignment');
    });

    it('keeps what a bulk assignment does not name', async () => {
      const a = await file();
      const first = await bulk({
        tickets: [ref(a)],
        groupId: await groupId('KAV', 'Infrastructure'),
      });
      const after = first.data!.bulkUpdateTickets.results[0]!.ticket!;
      const second = await bulk({ tickets: [ref(after)], operatorId: id[OMAR] });
      expect(second.data!.bulkUpdateTickets.results[0]!.ticket).toMatchObject({
        group: { name: 'Infrastructure' },
      });
    });

    it('sets a priority with a reason, and demands the reason', async () => {
      const a = await file();
      expect(code(await bulk({ tickets: [ref(a)], priority: 'HIGH' }))).toBe('BAD_USER_INPUT');
      const res = await bulk({
        tickets: [ref(a)],
        priority: 'HIGH',
        reason: 'Whole ward affected',
      });
      expect(res.data!.bulkUpdateTickets.results[0]!.ticket).toMatchObject({
        priority: 'HIGH',
        priorityReason: 'Whole ward affected',
      });
    });

    it('reports each ticket: a stale version or an illegal status fails that ticket alone, whole', async () => {
      const ok = await file();
      const stale = await file();
      const resolved = await file();
      const r = await bulk({ tickets: [ref(resolved)], status: 'RESOLVED' });
      const resolvedNow = r.data!.bulkUpdateTickets.results[0]!.ticket!;
      const res = await bulk({
        tickets: [ref(ok), { id: stale.id, version: stale.version - 1 }, ref(resolvedNow)],
        status: 'WAITING_FOR_CALLER',
        groupId: await groupId('KAV', 'Infrastructure'),
      });
      const out = res.data!.bulkUpdateTickets;
      expect(out).toMatchObject({ changed: 1, failed: 2 });
      expect(out.results[0]).toMatchObject({ ok: true, ticket: { status: 'WAITING_FOR_CALLER' } });
      expect(out.results[1]).toMatchObject({ ok: false, code: 'CONFLICT', ticket: null });
      expect(out.results[2]).toMatchObject({ ok: false, code: 'BAD_USER_INPUT' });
      expect(out.results[2]!.message).toMatch(/RESOLVED/);
      // All or nothing per ticket: the assignment did not stay on the refused one.
      const after = await app.gql<{ ticket: T }>(TICKET, { id: resolved.id }, cookie[OMAR]);
      expect(after.data!.ticket).toMatchObject({ status: 'RESOLVED', group: null });
    });

    it('reports tickets of municipalities the agent does not serve as NOT_FOUND', async () => {
      const kav = await file();
      const res = await bulk({ tickets: [ref(kav)], status: 'IN_PROGRESS' }, LENA);
      expect(res.data!.bulkUpdateTickets.results[0]).toMatchObject({
        ok: false,
        code: 'NOT_FOUND',
      });
      const unknown = await bulk({ tickets: [{ id: 'nope', version: 1 }], status: 'IN_PROGRESS' });
      expect(unknown.data!.bulkUpdateTickets.results[0]).toMatchObject({ code: 'NOT_FOUND' });
      const foreignGroup = await bulk({
        tickets: [ref(kav)],
        groupId: await groupId('BUR', 'Service desk'),
      });
      expect(foreignGroup.data!.bulkUpdateTickets.results[0]).toMatchObject({ code: 'NOT_FOUND' });
    });

    it('is for agents only and validates the request', async () => {
      const a = await file();
      expect(code(await bulk({ tickets: [ref(a)], status: 'IN_PROGRESS' }, SARA))).toBe(
        'FORBIDDEN',
      );
      expect(
        code(await app.gql(BULK, { input: { tickets: [ref(a)], status: 'IN_PROGRESS' } })),
      ).toBe('UNAUTHENTICATED');
      expect(code(await bulk({ tickets: [], status: 'IN_PROGRESS' }))).toBe('BAD_USER_INPUT');
      expect(code(await bulk({ tickets: [ref(a), ref(a)], status: 'IN_PROGRESS' }))).toBe(
        'BAD_USER_INPUT',
      );
      expect(code(await bulk({ tickets: [ref(a)] }))).toBe('BAD_USER_INPUT');
      const many = Array.from({ length: 101 }, (_, i) => ({ id: `t${i}`, version: 1 }));
      expect(code(await bulk({ tickets: many, status: 'IN_PROGRESS' }))).toBe('BAD_USER_INPUT');
      const long = await bulk({ tickets: [ref(a)], priority: 'LOW', reason: 'x'.repeat(501) });
      expect(code(long)).toBe('BAD_USER_INPUT');
    });
  });
});

import { MikroORM } from '@mikro-orm/core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AuditEvent } from '../audit/audit-event.entity.js';
import { TestApp, type GqlResponse } from '../test-support/test-app.js';
import { OperatorGroup } from './operator-group.entity.js';

// Sara (Kävlinge employee), Omar and Jonas (Kävlinge agents, also serving Burlöv),
// Lena (Burlöv agent without Kävlinge rights), Ali (Burlöv employee).
const SARA = 'JOSA9804';
const OMAR = 'SAOR9112';
const JONAS = 'VIJS8530';
const LENA = 'BELA8819';
const ALI = 'HAAI9502';

const FIELDS =
  'id number version status priority priorityReason impact urgency line timeSpentMinutes group { name line } operator { displayName } rating';
const CREATE = `mutation($input: CreateTicketInput!) { createTicket(input: $input) { ${FIELDS} } }`;
const CRITICAL = `mutation($input: CreateCriticalTicketInput!) { createCriticalTicket(input: $input) { ${FIELDS} } }`;
const STATUS = `mutation($input: ChangeTicketStatusInput!) { changeTicketStatus(input: $input) { ${FIELDS} } }`;
const PRIORITY = `mutation($input: ChangeTicketPriorityInput!) { changeTicketPriority(input: $input) { ${FIELDS} } }`;
const ASSIGN = `mutation($input: AssignTicketInput!) { assignTicket(input: $input) { ${FIELDS} } }`;
const ENTRY = `mutation($input: AddTicketEntryInput!) { addTicketEntry(input: $input) { id kind body timeSpentMinutes } }`;
const TIMELINE = `query($id: ID!) { ticketTimeline(ticketId: $id) { kind body field from to reason author { displayName } } }`;
const REOPEN = `mutation($id: ID!) { reopenTicket(ticketId: $id) { ${FIELDS} } }`;
const RATE = `mutation($input: RateTicketInput!) { rateTicket(input: $input) { ${FIELDS} } }`;
const TICKET = `query($id: ID!) { ticket(id: $id) { ${FIELDS} } }`;

interface T {
  id: string;
  number: string;
  version: number;
  status: string;
  priority: string;
  priorityReason: string | null;
  impact: string | null;
  urgency: string | null;
  line: number;
  timeSpentMinutes: number;
  group: { name: string; line: number } | null;
  operator: { displayName: string } | null;
  rating: number | null;
}

function code(res: GqlResponse): string | undefined {
  return res.errors?.[0]?.extensions?.code;
}

describe('ticket workflow over GraphQL', () => {
  let app: TestApp;
  let sara: string;
  let omar: string;
  let jonas: string;
  let lena: string;
  let ali: string;

  beforeAll(async () => {
    app = await TestApp.start();
    sara = await app.signIn(SARA);
    omar = await app.signIn(OMAR);
    jonas = await app.signIn(JONAS);
    lena = await app.signIn(LENA);
    ali = await app.signIn(ALI);
  });
  afterAll(() => app.stop());

  async function file(input: Record<string, unknown> = {}, who = sara): Promise<T> {
    const res = await app.gql<{ createTicket: T }>(
      CREATE,
      { input: { title: 'Screen flickers', ...input } },
      who,
    );
    expect(res.errors).toBeUndefined();
    return res.data!.createTicket;
  }

  async function setStatus(
    t: T,
    status: string,
    who = omar,
  ): Promise<GqlResponse<{ changeTicketStatus: T }>> {
    return app.gql<{ changeTicketStatus: T }>(
      STATUS,
      { input: { id: t.id, version: t.version, status } },
      who,
    );
  }

  async function groupId(tenantCode: string, name: string): Promise<string> {
    const g = await app
      .em()
      .findOneOrFail(OperatorGroup, { name, tenant: { code: tenantCode } }, { filters: false });
    return g.id;
  }

  describe('priority', () => {
    it('reads the priority from the impact × urgency matrix', async () => {
      expect((await file()).priority).toBe('LOW');
      const t = await file({ impact: 'DEPARTMENT', urgency: 'MEDIUM' });
      expect(t).toMatchObject({ priority: 'HIGH', impact: 'DEPARTMENT', urgency: 'MEDIUM' });
    });

    it('files into a category of the tenant only', async () => {
      const cats = await app.gql<{
        ticketCategories: { id: string; name: string; parentId: string | null }[];
      }>('{ ticketCategories { id name parentId } }', {}, sara);
      const printer = cats.data!.ticketCategories.find((c) => c.name === 'Printer')!;
      expect(printer.parentId).not.toBeNull();
      const res = await app.gql<{ createTicket: { category: { name: string } } }>(
        'mutation($input: CreateTicketInput!) { createTicket(input: $input) { category { name } } }',
        { input: { title: 'Jam', categoryId: printer.id, impact: 'GROUP', urgency: 'HIGH' } },
        sara,
      );
      expect(res.errors).toBeUndefined();
      expect(res.data!.createTicket.category.name).toBe('Printer');
      const burCats = await app.gql<{ ticketCategories: { id: string }[] }>(
        '{ ticketCategories { id } }',
        {},
        ali,
      );
      const foreign = await app.gql(
        CREATE,
        { input: { title: 'x', categoryId: burCats.data!.ticketCategories[0]!.id } },
        sara,
      );
      expect(code(foreign)).toBe('NOT_FOUND');
    });

    it('files a critical ticket only with a confirmed definition', async () => {
      const bad = await app.gql(
        CRITICAL,
        { input: { title: 'Fire', criticalReason: 'URGENT' } },
        sara,
      );
      expect(code(bad)).toBe('BAD_USER_INPUT');
      const ok = await app.gql<{ createCriticalTicket: T }>(
        CRITICAL,
        { input: { title: 'Alarm system down', criticalReason: 'DANGER_TO_LIFE_OR_HEALTH' } },
        sara,
      );
      expect(ok.data!.createCriticalTicket).toMatchObject({
        priority: 'CRITICAL',
        priorityReason: 'DANGER_TO_LIFE_OR_HEALTH',
      });
    });

    it('lets an agent recompute from the matrix, or override with a reason', async () => {
      const t = await file();
      const recomputed = await app.gql<{ changeTicketPriority: T }>(
        PRIORITY,
        { input: { id: t.id, version: t.version, impact: 'GROUP', urgency: 'HIGH' } },
        omar,
      );
      expect(recomputed.data!.changeTicketPriority.priority).toBe('HIGH');
      app.clock.advanceMinutes(1);
      const v = recomputed.data!.changeTicketPriority.version;
      const noReason = await app.gql(
        PRIORITY,
        { input: { id: t.id, version: v, priority: 'LOW' } },
        omar,
      );
      expect(code(noReason)).toBe('BAD_USER_INPUT');
      const overridden = await app.gql<{ changeTicketPriority: T }>(
        PRIORITY,
        { input: { id: t.id, version: v, priority: 'LOW', reason: 'Workaround in place' } },
        omar,
      );
      expect(overridden.data!.changeTicketPriority).toMatchObject({
        priority: 'LOW',
        priorityReason: 'Workaround in place',
      });
      const timeline = await app.gql<{
        ticketTimeline: { field: string; to: string; reason: string | null }[];
      }>(TIMELINE, { id: t.id }, omar);
      expect(timeline.data!.ticketTimeline.map((e) => [e.field, e.to, e.reason])).toEqual([
        ['priority', 'HIGH', null],
        ['priority', 'LOW', 'Workaround in place'],
      ]);
    });

    it('refuses priority changes from staff', async () => {
      const t = await file();
      const res = await app.gql(
        PRIORITY,
        { input: { id: t.id, version: t.version, priority: 'HIGH', reason: 'me first' } },
        sara,
      );
      expect(code(res)).toBe('FORBIDDEN');
    });
  });

  describe('status', () => {
    it('follows the state machine and rejects illegal transitions with a clear error', async () => {
      let t = await file();
      const illegal = await setStatus(t, 'CLOSED');
      expect(code(illegal)).toBe('BAD_USER_INPUT');
      expect(illegal.errors?.[0]?.message).toBe('A ticket that is NEW cannot be set to CLOSED.');
      for (const status of ['IN_PROGRESS', 'WAITING_FOR_SUPPLIER', 'RESOLVED']) {
        const res = await setStatus(t, status);
        expect(res.errors).toBeUndefined();
        t = res.data!.changeTicketStatus;
        expect(t.status).toBe(status);
      }
      // Closing is the system's job (auto-close), not an agent's.
      expect(code(await setStatus(t, 'CLOSED'))).toBe('FORBIDDEN');
      const audit = await app.em().find(AuditEvent, { entityId: t.id }, { filters: false });
      expect(audit.filter((a) => a.action === 'ticket.status')).toHaveLength(3);
    });

    it('keeps status changes to agents of the tenant', async () => {
      const t = await file();
      expect(code(await setStatus(t, 'IN_PROGRESS', sara))).toBe('FORBIDDEN');
      expect(code(await setStatus(t, 'IN_PROGRESS', lena))).toBe('NOT_FOUND');
      expect(code(await setStatus(t, 'IN_PROGRESS', ali))).toBe('NOT_FOUND');
      expect(
        code(
          await app.gql(
            STATUS,
            {
              input: { id: '00000000-0000-0000-0000-000000000000', version: 1, status: 'RESOLVED' },
            },
            omar,
          ),
        ),
      ).toBe('NOT_FOUND');
    });
  });

  describe('concurrency', () => {
    it('gives the second of two agents editing the same version a CONFLICT, never an overwrite', async () => {
      const t = await file();
      const first = await app.gql<{ changeTicketPriority: T }>(
        PRIORITY,
        {
          input: { id: t.id, version: t.version, priority: 'HIGH', reason: 'Whole team affected' },
        },
        omar,
      );
      expect(first.errors).toBeUndefined();
      const second = await setStatus(t, 'IN_PROGRESS', jonas);
      expect(code(second)).toBe('CONFLICT');
      expect(second.errors?.[0]?.message).toMatch(
        /Someone else changed ticket .* while you were editing/,
      );
      const now = await app.gql<{ ticket: T }>(TICKET, { id: t.id }, jonas);
      expect(now.data!.ticket).toMatchObject({ status: 'NEW', priority: 'HIGH' });
      expect(now.data!.ticket.version).toBe(first.data!.changeTicketPriority.version);
    });

    it('turns concurrent commits of the same version into exactly one success', async () => {
      const t = await file();
      const results = await Promise.all([
        setStatus(t, 'IN_PROGRESS', omar),
        setStatus(t, 'RESOLVED', jonas),
      ]);
      const codes = results.map((r) => code(r) ?? 'OK').sort();
      expect(codes).toEqual(['CONFLICT', 'OK']);
    });
  });

  describe('assignment', () => {
    it('assigns a group and operator of the tenant; a line-2 group escalates', async () => {
      const t = await file();
      const res = await app.gql<{ assignTicket: T }>(
        ASSIGN,
        {
          input: {
            id: t.id,
            version: t.version,
            groupId: await groupId('KAV', 'Infrastructure'),
            operatorId: await personId(JONAS),
          },
        },
        omar,
      );
      expect(res.errors).toBeUndefined();
      expect(res.data!.assignTicket).toMatchObject({
        line: 2,
        group: { name: 'Infrastructure', line: 2 },
        operator: { displayName: 'Jonas Viklund' },
      });
    });

    it('refuses groups of another tenant and operators who cannot serve the tenant', async () => {
      const t = await file();
      const otherGroup = await app.gql(
        ASSIGN,
        { input: { id: t.id, version: t.version, groupId: await groupId('BUR', 'Service desk') } },
        omar,
      );
      expect(code(otherGroup)).toBe('NOT_FOUND');
      const outsider = await app.gql(
        ASSIGN,
        { input: { id: t.id, version: t.version, operatorId: await personId(LENA) } },
        omar,
      );
      expect(code(outsider)).toBe('NOT_FOUND');
      const notAgent = await app.gql(
        ASSIGN,
        { input: { id: t.id, version: t.version, operatorId: await personId(SARA) } },
        omar,
      );
      expect(code(notAgent)).toBe('NOT_FOUND');
    });
  });

  async function personId(username: string): Promise<string> {
    const rows: { id: string }[] = await app.running.app
      .get(MikroORM)
      .em.getConnection()
      .execute('select id from person where username = ?', [username]);
    return rows[0]!.id;
  }

  describe('conversation', () => {
    it('keeps internal notes from the caller and sums time spent', async () => {
      const t = await file();
      await app.gql(
        ENTRY,
        {
          input: {
            ticketId: t.id,
            body: 'Checked the cable',
            internal: true,
            timeSpentMinutes: 10,
          },
        },
        omar,
      );
      app.clock.advanceMinutes(1);
      await app.gql(
        ENTRY,
        { input: { ticketId: t.id, body: 'Please restart the screen', timeSpentMinutes: 5 } },
        omar,
      );
      const agentView = await app.gql<{ ticketTimeline: { kind: string; body: string }[] }>(
        TIMELINE,
        { id: t.id },
        omar,
      );
      expect(agentView.data!.ticketTimeline.map((e) => e.kind)).toEqual(['NOTE', 'REPLY']);
      const callerView = await app.gql<{ ticketTimeline: { kind: string; body: string }[] }>(
        TIMELINE,
        { id: t.id },
        sara,
      );
      expect(callerView.data!.ticketTimeline.map((e) => e.body)).toEqual([
        'Please restart the screen',
      ]);
      const now = await app.gql<{ ticket: T }>(TICKET, { id: t.id }, omar);
      expect(now.data!.ticket.timeSpentMinutes).toBe(15);
      expect(
        code(
          await app.gql(ENTRY, { input: { ticketId: t.id, body: 'secret', internal: true } }, sara),
        ),
      ).toBe('FORBIDDEN');
      expect(code(await app.gql(ENTRY, { input: { ticketId: t.id, body: 'hello' } }, lena))).toBe(
        'NOT_FOUND',
      );
      expect(code(await app.gql(ENTRY, { input: { ticketId: t.id, body: '   ' } }, sara))).toBe(
        'BAD_USER_INPUT',
      );
    });

    it('hands the ticket back to the agent when the caller replies while it waits for them', async () => {
      let t = await file();
      t = (await setStatus(t, 'WAITING_FOR_CALLER')).data!.changeTicketStatus;
      await app.gql(ENTRY, { input: { ticketId: t.id, body: 'It is model X200' } }, sara);
      const now = await app.gql<{ ticket: T }>(TICKET, { id: t.id }, omar);
      expect(now.data!.ticket.status).toBe('IN_PROGRESS');
    });

    it('stores HTML in replies as text', async () => {
      const t = await file({ title: '<img src=x onerror=alert(1)>' });
      const res = await app.gql<{ addTicketEntry: { body: string } }>(
        ENTRY,
        { input: { ticketId: t.id, body: '<script>alert(1)</script>' } },
        sara,
      );
      expect(res.data!.addTicketEntry.body).toBe('<script>alert(1)</script>');
    });
  });

  describe('reopen and rating', () => {
    it('lets the caller rate a resolved ticket and reopen it inside the window only', async () => {
      let t = await file();
      expect(code(await app.gql(RATE, { input: { ticketId: t.id, rating: 5 } }, sara))).toBe(
        'CONFLICT',
      );
      t = (await setStatus(t, 'RESOLVED')).data!.changeTicketStatus;
      expect(code(await app.gql(RATE, { input: { ticketId: t.id, rating: 6 } }, sara))).toBe(
        'BAD_USER_INPUT',
      );
      expect(code(await app.gql(RATE, { input: { ticketId: t.id, rating: 4 } }, omar))).toBe(
        'FORBIDDEN',
      );
      const rated = await app.gql<{ rateTicket: T }>(
        RATE,
        { input: { ticketId: t.id, rating: 4, comment: 'Quick' } },
        sara,
      );
      expect(rated.data!.rateTicket.rating).toBe(4);
      const reopened = await app.gql<{ reopenTicket: T }>(REOPEN, { id: t.id }, sara);
      expect(reopened.data!.reopenTicket.status).toBe('IN_PROGRESS');

      t = (await setStatus(reopened.data!.reopenTicket, 'RESOLVED')).data!.changeTicketStatus;
      const start = app.clock.now();
      app.clock.advanceMinutes(15 * 24 * 60);
      try {
        const late = await app.gql(REOPEN, { id: t.id }, await app.signIn(SARA));
        expect(code(late)).toBe('BAD_USER_INPUT');
        expect(late.errors?.[0]?.message).toMatch(/can no longer be reopened/);
      } finally {
        app.clock.set(start);
      }
    });
  });
});

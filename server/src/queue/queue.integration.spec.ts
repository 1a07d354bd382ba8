import { MikroORM } from '@mikro-orm/core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { TestApp } from '../test-support/test-app.js';
import { recordStatements } from '../test-support/sqlite-plans.js';
import { QUEUE_SELECT } from './queue-sql.js';
import { Person } from '../people/person.entity.js';
import { OperatorGroup } from '../tickets/operator-group.entity.js';
import { Ticket } from '../tickets/ticket.entity.js';

const OMAR = 'SAOR9112';
const LENA = 'BELA8819';
const SARA = 'JOSA9804';

/** The queue with the filters whose index choice the plan test reads. */
const QUEUE_BY = `query($first: Int!, $after: String, $sort: QueueSort, $statuses: [TicketStatus!], $groupIds: [ID!], $operatorIds: [ID!]) {
  queue(first: $first, after: $after, sort: $sort, statuses: $statuses, groupIds: $groupIds, operatorIds: $operatorIds) {
    nodes { id }
    pageInfo { endCursor hasNextPage }
  }
}`;

const QUEUE = `query($first: Int!, $after: String, $sort: QueueSort, $statuses: [TicketStatus!], $priorities: [TicketPriority!], $overdue: Boolean, $unassigned: Boolean) {
  queue(first: $first, after: $after, sort: $sort, statuses: $statuses, priorities: $priorities, overdue: $overdue, unassigned: $unassigned) {
    nodes { id slaDueAt createdAt status priority tenant { code } caller { displayName } category { name } group { name } operator { displayName } }
    pageInfo { endCursor hasNextPage }
  }
}`;

interface Node {
  id: string;
  slaDueAt: string | null;
  createdAt: string;
  status: string;
  priority: string;
  tenant: { code: string };
}
interface Page {
  queue: { nodes: Node[]; pageInfo: { endCursor: string | null; hasNextPage: boolean } };
}

describe.each(['sqlite', 'postgresql'] as const)('the agent queue on %s', (database) => {
  let app: TestApp;
  let omar: string;
  let lena: string;

  beforeAll(async () => {
    app = await TestApp.start({ database });
    omar = await app.signIn(OMAR);
    lena = await app.signIn(LENA);
    // Give every other open ticket a deadline, as the SLA service would.
    const em = app.em();
    const tickets = await em.find(Ticket, {}, { filters: false, orderBy: { id: 'asc' } });
    const base = app.clock.now().getTime();
    tickets.forEach((t, i) => {
      if (i % 2 === 0 && t.status !== 'RESOLVED' && t.status !== 'CLOSED') {
        t.slaDueAt = new Date(base + ((i * 7919) % 97) * 3600_000 - 24 * 3600_000);
      }
    });
    await em.flush();
  }, 120_000);
  afterAll(() => app?.stop());

  async function all(vars: Record<string, unknown>, cookie = omar): Promise<Node[]> {
    const seen: Node[] = [];
    let after: string | null = null;
    for (;;) {
      const res: Awaited<ReturnType<typeof app.gql<Page>>> = await app.gql<Page>(
        QUEUE,
        { first: 6, after, ...vars },
        cookie,
      );
      expect(res.errors).toBeUndefined();
      seen.push(...res.data!.queue.nodes);
      if (!res.data!.queue.pageInfo.hasNextPage) return seen;
      after = res.data!.queue.pageInfo.endCursor;
    }
  }

  it('sorts by SLA due time by default, tickets without a deadline last (newest first)', async () => {
    const nodes = await all({});
    expect(new Set(nodes.map((n) => n.id)).size).toBe(nodes.length);
    const total = await app.em().count(Ticket, {}, { filters: false });
    expect(nodes.length).toBe(total);
    const firstNull = nodes.findIndex((n) => n.slaDueAt === null);
    expect(firstNull).toBeGreaterThan(0);
    const withSla = nodes.slice(0, firstNull);
    const withoutSla = nodes.slice(firstNull);
    expect(withoutSla.every((n) => n.slaDueAt === null)).toBe(true);
    const due = withSla.map((n) => Date.parse(n.slaDueAt!));
    expect(due).toEqual([...due].sort((a, b) => a - b));
    const created = withoutSla.map((n) => Date.parse(n.createdAt));
    expect(created).toEqual([...created].sort((a, b) => b - a));
  });

  it('filters by status, priority, overdue and unassigned', async () => {
    const open = await all({ statuses: ['NEW', 'IN_PROGRESS'], priorities: ['HIGH'] });
    expect(open.length).toBeGreaterThan(0);
    expect(
      open.every((n) => ['NEW', 'IN_PROGRESS'].includes(n.status) && n.priority === 'HIGH'),
    ).toBe(true);
    const overdue = await all({ overdue: true });
    const now = app.clock.now().getTime();
    expect(overdue.length).toBeGreaterThan(0);
    expect(overdue.every((n) => n.slaDueAt !== null && Date.parse(n.slaDueAt) < now)).toBe(true);
    expect((await all({ unassigned: true })).length).toBe(
      await app.em().count(Ticket, {}, { filters: false }),
    );
  });

  it('pages by creation time as well', async () => {
    const nodes = await all({ sort: 'CREATED_DESC' });
    const created = nodes.map((n) => Date.parse(n.createdAt));
    expect(created).toEqual([...created].sort((a, b) => b - a));
  });

  it('answers every ticket field as the ticket query does, the HTML description included', async () => {
    // Queue and search read rows straight into the model (queue-sql.ts); the ticket query
    // maps the entity. Both must give the same answer, for rich and plain descriptions.
    const newest = await app.gql<{ queue: { nodes: { id: string }[] } }>(
      '{ queue(first: 1, sort: CREATED_DESC) { nodes { id } } }',
      {},
      omar,
    );
    const em = app.em();
    const rich = await em.findOneOrFail(
      Ticket,
      { id: newest.data!.queue.nodes[0]!.id },
      { filters: false },
    );
    rich.descriptionHtml = '<p>Skrivaren <strong>fastnar</strong> på plan 2.</p>';
    await em.flush();
    const fields = `id number title description descriptionHtml status priority channel impact
      urgency priorityReason line responseDueAt resolutionDueAt slaDueAt resolvedAt rating
      ratingComment majorIncident parentId mergedIntoId timeSpentMinutes createdAt updatedAt version
      tenant { id code name timeZone urgentPhone supportPhone }
      caller { id displayName jobTitle workPhone } subject { id displayName jobTitle workPhone }
      operator { id displayName jobTitle workPhone } category { id name parentId }
      group { id name line tenantId } asset { id tag name kind }`;
    const page = await app.gql<{
      queue: { nodes: { id: string; descriptionHtml: string; asset: unknown }[] };
    }>(`{ queue(first: 200, sort: CREATED_DESC) { nodes { ${fields} } } }`, {}, omar);
    expect(page.errors).toBeUndefined();
    const nodes = page.data!.queue.nodes;
    expect(nodes[0]).toMatchObject({ id: rich.id, descriptionHtml: rich.descriptionHtml });
    // Demo tickets name an asset now and then: both kinds of node are compared.
    expect(nodes.slice(0, 40).some((n) => n.asset !== null)).toBe(true);
    expect(nodes.slice(0, 40).some((n) => n.asset === null)).toBe(true);
    for (const node of nodes.slice(0, 40)) {
      const one = await app.gql<{ ticket: unknown }>(
        `query($id: ID!) { ticket(id: $id) { ${fields} } }`,
        { id: node.id },
        omar,
      );
      expect(one.errors).toBeUndefined();
      expect(node).toEqual(one.data!.ticket);
    }
  });

  it('sorts by priority: critical first, then high, medium, low, each by deadline', async () => {
    const nodes = await all({ sort: 'PRIORITY' });
    expect(new Set(nodes.map((n) => n.id)).size).toBe(nodes.length);
    expect(nodes.length).toBe(await app.em().count(Ticket, {}, { filters: false }));
    const ranks = nodes.map((n) => ['CRITICAL', 'HIGH', 'MEDIUM', 'LOW'].indexOf(n.priority));
    expect(ranks.every((r) => r >= 0)).toBe(true);
    expect(ranks).toEqual([...ranks].sort((a, b) => a - b));
    // The demo data has several priorities, with and without deadlines in each.
    expect(new Set(ranks).size).toBeGreaterThan(1);
    for (const priority of new Set(nodes.map((n) => n.priority))) {
      const same = nodes.filter((n) => n.priority === priority);
      const firstNull = same.findIndex((n) => n.slaDueAt === null);
      const withSla = firstNull < 0 ? same : same.slice(0, firstNull);
      const withoutSla = firstNull < 0 ? [] : same.slice(firstNull);
      expect(withoutSla.every((n) => n.slaDueAt === null)).toBe(true);
      const due = withSla.map((n) => Date.parse(n.slaDueAt!));
      expect(due).toEqual([...due].sort((a, b) => a - b));
      const created = withoutSla.map((n) => Date.parse(n.createdAt));
      expect(created).toEqual([...created].sort((a, b) => b - a));
    }
    // Filtered by priorities, only those are walked, in the same order.
    const some = await all({ sort: 'PRIORITY', priorities: ['LOW', 'HIGH'] });
    expect(some.map((n) => n.id)).toEqual(
      nodes.filter((n) => n.priority === 'HIGH' || n.priority === 'LOW').map((n) => n.id),
    );
  });

  it('walks the tickets of one status newest first when they have no deadline', async () => {
    const closed = await all({ statuses: ['CLOSED'] });
    expect(closed.length).toBe(
      await app.em().count(Ticket, { status: 'CLOSED' }, { filters: false }),
    );
    expect(closed.length).toBeGreaterThan(0);
    expect(closed.every((n) => n.status === 'CLOSED' && n.slaDueAt === null)).toBe(true);
    const created = closed.map((n) => Date.parse(n.createdAt));
    expect(created).toEqual([...created].sort((a, b) => b - a));
    const unassignedNewest = await all({ sort: 'CREATED_DESC', unassigned: true });
    const createdAll = unassignedNewest.map((n) => Date.parse(n.createdAt));
    expect(createdAll).toEqual([...createdAll].sort((a, b) => b - a));
  });

  it('refuses a list filter of more than 100 values', async () => {
    const ids = Array.from(
      { length: 101 },
      (_, i) => `00000000-0000-4000-8000-${String(i).padStart(12, '0')}`,
    );
    const res = await app.gql(
      'query($ids: [ID!]) { queue(first: 5, groupIds: $ids) { nodes { id } } }',
      { ids },
      omar,
    );
    expect(res.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(res.errors?.[0]?.message).toBe('Filter by at most 100 values at a time.');
    const fine = await app.gql(
      'query($ids: [ID!]) { queue(first: 5, groupIds: $ids) { nodes { id } } }',
      { ids: ids.slice(0, 100) },
      omar,
    );
    expect(fine.errors).toBeUndefined();
  });

  it('rejects a cursor from another sort order', async () => {
    const res = await app.gql<Page>(QUEUE, { first: 3 }, omar);
    const bad = await app.gql(
      QUEUE,
      { first: 3, after: res.data!.queue.pageInfo.endCursor, sort: 'CREATED_DESC' },
      omar,
    );
    expect(bad.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    const byPriority = await app.gql<Page>(QUEUE, { first: 3, sort: 'PRIORITY' }, omar);
    const mixed = await app.gql(
      QUEUE,
      { first: 3, after: byPriority.data!.queue.pageInfo.endCursor },
      omar,
    );
    expect(mixed.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    const forged = Buffer.from(JSON.stringify(['P', 9, 0, 0, 'x'])).toString('base64url');
    const outOfRange = await app.gql(QUEUE, { first: 3, sort: 'PRIORITY', after: forged }, omar);
    expect(outOfRange.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
  });

  it('runs a bounded number of SQL statements per request, whatever the page size', async () => {
    const connection = app.running.app.get(MikroORM).em.getConnection();
    const original = connection.execute.bind(connection);
    let statements = 0;
    connection.execute = ((...args: Parameters<typeof original>) => {
      // The session lookup is not counted: the session cache answers it, or not, depending
      // on how long ago it was read.
      const sql = args[0];
      if (!(typeof sql === 'string' && sql.startsWith('select s.expires_at'))) statements++;
      return original(...args);
    }) as typeof connection.execute;
    try {
      const counts: number[] = [];
      const byPriority: number[] = [];
      for (const first of [1, 10, 200]) {
        statements = 0;
        const res = await app.gql<Page>(QUEUE, { first }, omar);
        expect(res.errors).toBeUndefined();
        counts.push(statements);
        statements = 0;
        const prio = await app.gql<Page>(QUEUE, { first, sort: 'PRIORITY' }, omar);
        expect(prio.errors).toBeUndefined();
        byPriority.push(statements);
      }
      // One or two keyset ranges (the second only when the page runs past the tickets
      // with a deadline), relations joined — never one statement per row.
      expect(counts.every((n) => n >= 1 && n <= 2)).toBe(true);
      // By priority, two ranges per priority at most; 200 rows take every priority.
      expect(byPriority.every((n) => n >= 1 && n <= 8)).toBe(true);
      expect(byPriority[2]).toBeGreaterThan(2);
    } finally {
      connection.execute = original;
    }
  });

  if (database === 'sqlite') {
    it('walks the deadline and creation-date indexes in order, sorting nothing', async () => {
      const recorder = recordStatements(app, (sql) => sql.startsWith(QUEUE_SELECT));
      /** The query plan of the one statement a page runs, and the page's cursor. */
      async function planOf(vars: Record<string, unknown>) {
        recorder.ran.length = 0;
        const res = await app.gql<Page>(QUEUE_BY, { first: 2, ...vars }, omar);
        expect(res.errors).toBeUndefined();
        expect(recorder.ran).toHaveLength(1);
        const plan = await recorder.planOf(recorder.ran[0]!);
        return { endCursor: res.data!.queue.pageInfo.endCursor, ...plan };
      }
      const OPEN = ['NEW', 'IN_PROGRESS', 'WAITING_FOR_CALLER', 'WAITING_FOR_SUPPLIER'];
      const [group] = await app.em().find(OperatorGroup, {}, { filters: false, limit: 1 });
      if (!group) throw new Error('the demo data has operator groups');
      const omarId = (await app.em().findOneOrFail(Person, { username: OMAR }, { filters: false }))
        .id;
      try {
        const page1 = await planOf({ statuses: OPEN });
        expect(page1.endCursor).not.toBeNull();
        const deep = await planOf({ statuses: OPEN, after: page1.endCursor });
        for (const walk of [page1, deep]) {
          expect(walk.onTicket).toHaveLength(1);
          expect(walk.onTicket[0]).toContain('ticket_sla_due_idx');
          expect(walk.sorts).toBe(false);
        }
        const cases = [
          [{ sort: 'CREATED_DESC' }, 'ticket_created_idx'],
          [
            { sort: 'CREATED_DESC', statuses: ['CLOSED'], groupIds: [group.id] },
            'ticket_group_created_idx',
          ],
          [{ sort: 'CREATED_DESC', operatorIds: [omarId] }, 'ticket_operator_created_idx'],
        ] as const;
        for (const [vars, index] of cases) {
          const walk = await planOf(vars);
          expect(walk.onTicket).toHaveLength(1);
          expect(walk.onTicket[0]).toContain(index);
          expect(walk.sorts).toBe(false);
        }
      } finally {
        recorder.stop();
      }
    });
  }

  it('keeps each agent to their tenants, and staff out', async () => {
    const lenas = await all({}, lena);
    expect(new Set(lenas.map((n) => n.tenant.code))).toEqual(new Set(['BUR']));
    const sara = await app.signIn(SARA);
    const res = await app.gql(QUEUE, { first: 5 }, sara);
    expect(res.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  });

  it('counts open tickets per tenant and status for the viewer only', async () => {
    const q = '{ queueCounts { tenantId status count } }';
    const omars = await app.gql<{
      queueCounts: { tenantId: string; status: string; count: number }[];
    }>(q, {}, omar);
    const lenas = await app.gql<{
      queueCounts: { tenantId: string; status: string; count: number }[];
    }>(q, {}, lena);
    const sum = (rows: { count: number }[]) => rows.reduce((a, r) => a + r.count, 0);
    const openAll = await app
      .em()
      .count(Ticket, { status: { $nin: ['RESOLVED', 'CLOSED'] } }, { filters: false });
    expect(sum(omars.data!.queueCounts)).toBe(openAll);
    expect(sum(lenas.data!.queueCounts)).toBeLessThan(openAll);
    expect(new Set(lenas.data!.queueCounts.map((r) => r.tenantId)).size).toBe(1);
    expect(lenas.data!.queueCounts.every((r) => !['RESOLVED', 'CLOSED'].includes(r.status))).toBe(
      true,
    );
    const sara = await app.signIn(SARA);
    expect((await app.gql(q, {}, sara)).errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  });
});

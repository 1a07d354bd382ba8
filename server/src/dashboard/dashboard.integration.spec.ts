import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { recordStatements } from '../test-support/sqlite-plans.js';
import { TestApp } from '../test-support/test-app.js';
import { Ticket } from '../tickets/ticket.entity.js';

const OMAR = 'SAOR9112';
const LENA = 'BELA8819';
const SARA = 'JOSA9804';
const Q = `query($tenantId: ID) { ticketDashboard(tenantId: $tenantId) {
  open byPriority { key count } byStatus { key count } byGroup { key count } byAge { key count } } }`;

interface Dash {
  open: number;
  byPriority: { key: string; count: number }[];
  byStatus: { key: string; count: number }[];
  byGroup: { key: string; count: number }[];
  byAge: { key: string; count: number }[];
}

describe.each(['sqlite', 'postgresql'] as const)('ticket dashboard on %s', (database) => {
  let app: TestApp;
  let omar: string;
  let lena: string;

  beforeAll(async () => {
    app = await TestApp.start({ database });
    omar = await app.signIn(OMAR);
    lena = await app.signIn(LENA);
  }, 120_000);
  afterAll(() => app?.stop());

  const sum = (rows: { count: number }[]) => rows.reduce((n, r) => n + r.count, 0);

  it('counts open tickets of the tenants served, every breakdown adding up', async () => {
    const res = await app.gql<{ ticketDashboard: Dash }>(Q, {}, omar);
    expect(res.errors).toBeUndefined();
    const d = res.data!.ticketDashboard;
    const open = await app
      .em()
      .count(Ticket, { status: { $nin: ['RESOLVED', 'CLOSED'] } }, { filters: false });
    expect(d.open).toBe(open);
    for (const rows of [d.byPriority, d.byStatus, d.byGroup, d.byAge]) expect(sum(rows)).toBe(open);
    expect(d.byAge.map((a) => a.key)).toEqual([
      'UNDER_1_DAY',
      'UNDER_1_WEEK',
      'UNDER_1_MONTH',
      'OLDER',
    ]);
    expect(d.byStatus.every((s) => !['RESOLVED', 'CLOSED'].includes(s.key))).toBe(true);
  });

  if (database === 'sqlite') {
    it('reads each count from an index alone, never the ticket rows', async () => {
      const recorder = recordStatements(app, (sql) => sql.includes(' count(*) as n from ticket t'));
      try {
        const res = await app.gql<{ ticketDashboard: Dash }>(Q, {}, omar);
        expect(res.errors).toBeUndefined();
      } finally {
        recorder.stop();
      }
      expect(recorder.ran).toHaveLength(4);
      for (const count of recorder.ran) {
        const { onTicket } = await recorder.planOf(count);
        expect(onTicket).toHaveLength(1);
        expect(onTicket[0]).toContain('USING COVERING INDEX');
      }
    });
  }

  it('narrows to one tenant, and never beyond what the viewer serves', async () => {
    const all = (await app.gql<{ ticketDashboard: Dash }>(Q, {}, omar)).data!.ticketDashboard;
    const lenas = (await app.gql<{ ticketDashboard: Dash }>(Q, {}, lena)).data!.ticketDashboard;
    expect(lenas.open).toBeLessThan(all.open);
    const kav = await app.em().findOneOrFail('Tenant', { code: 'KAV' }, { filters: false });
    const kavId = (kav as { id: string }).id;
    const kavOnly = (await app.gql<{ ticketDashboard: Dash }>(Q, { tenantId: kavId }, omar)).data!
      .ticketDashboard;
    expect(kavOnly.open + lenas.open).toBe(all.open);
    expect((await app.gql(Q, { tenantId: kavId }, lena)).errors?.[0]?.extensions?.code).toBe(
      'NOT_FOUND',
    );
    const sara = await app.signIn(SARA);
    expect((await app.gql(Q, {}, sara)).errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    expect((await app.gql(Q, {})).errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
  });
});

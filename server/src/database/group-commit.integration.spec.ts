import { randomUUID } from 'node:crypto';
import { MikroORM, type EntityManager } from '@mikro-orm/core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AuditEvent } from '../audit/audit-event.entity.js';
import { TicketSla } from '../sla/sla.entities.js';
import { Tenant } from '../tenants/tenant.entity.js';
import { TestApp } from '../test-support/test-app.js';
import { Ticket } from '../tickets/ticket.entity.js';
import { GroupCommit } from './group-commit.js';

const SARA = 'JOSA9804'; // Kävlinge employee
const ALI = 'HAAI9502'; // Burlöv employee
const CREATE = `mutation($input: CreateTicketInput!) { createTicket(input: $input) { id number tenant { code } caller { id displayName } } }`;

interface Created {
  createTicket: { id: string; number: string; tenant: { code: string }; caller: { id: string } };
}

describe.each(['sqlite', 'postgresql'] as const)('group commit (%s)', (database) => {
  let app: TestApp;
  let groupCommit: GroupCommit;
  let kav: Tenant;

  beforeAll(async () => {
    app = await TestApp.start({ database });
    groupCommit = app.running.app.get(GroupCommit, { strict: false });
    kav = await app.em().findOneOrFail(Tenant, { code: 'KAV' }, { filters: false });
  }, 120_000);
  afterAll(() => app?.stop());

  /** An audit row marked `marker` (a row any unit may add), with the given id and number. */
  function markedRow(em: EntityManager, marker: string, n: number, id: string = randomUUID()) {
    return em.create(AuditEvent, {
      id,
      tenant: em.getReference(Tenant, kav.id),
      at: new Date(Date.UTC(2026, 10, 23)),
      actorId: null,
      action: `${marker}.${n}`,
      entityType: 'Test',
      entityId: marker,
      data: {},
    });
  }

  /** Counts BEGINs (and savepoints) the ORM issues while `fn` runs. */
  async function transactionsDuring(fn: () => Promise<unknown>): Promise<number> {
    const connection = app.running.app.get(MikroORM).em.getConnection();
    const original = connection.begin.bind(connection);
    let begun = 0;
    connection.begin = ((...args: Parameters<typeof original>) => {
      begun++;
      return original(...args);
    }) as typeof connection.begin;
    try {
      await fn();
    } finally {
      connection.begin = original;
    }
    return begun;
  }

  it('commits a burst of filings from two municipalities in fewer transactions, each complete', async () => {
    const sara = await app.signIn(SARA);
    const ali = await app.signIn(ALI);
    const results: Created['createTicket'][] = [];
    const begun = await transactionsDuring(async () => {
      const responses = await Promise.all(
        Array.from({ length: 24 }, (_, i) =>
          app.gql<Created>(
            CREATE,
            { input: { title: `Skrivaren står still ${i}`, impact: 'GROUP', urgency: 'HIGH' } },
            i % 3 === 0 ? ali : sara,
          ),
        ),
      );
      for (const res of responses) {
        expect(res.errors).toBeUndefined();
        results.push(res.data!.createTicket);
      }
    });
    expect(results).toHaveLength(24);
    expect(begun).toBeLessThan(24);
    expect(begun).toBeGreaterThan(0);
    // Numbers are unique and gap-free per municipality.
    for (const code of ['KAV', 'BUR']) {
      const seqs = results
        .filter((t) => t.tenant.code === code)
        .map((t) => Number(t.number.split('-').at(-1)))
        .sort((a, b) => a - b);
      expect(new Set(seqs).size).toBe(seqs.length);
      expect(seqs.at(-1)! - seqs[0]!).toBe(seqs.length - 1);
    }
    const em = app.em();
    const ids = results.map((t) => t.id);
    const stored = await em.find(Ticket, { id: { $in: ids } }, { filters: false });
    expect(stored).toHaveLength(24);
    expect(stored.every((t) => t.slaDueAt !== null)).toBe(true);
    expect(await em.count(TicketSla, { ticket: { $in: ids } }, { filters: false })).toBe(24);
    expect(
      await em.count(
        AuditEvent,
        { entityId: { $in: ids }, action: 'ticket.created' },
        { filters: false },
      ),
    ).toBe(24);
    // Each ticket kept its own municipality and caller.
    const bur = await em.findOneOrFail(Tenant, { code: 'BUR' }, { filters: false });
    for (const t of stored) {
      const result = results.find((r) => r.id === t.id)!;
      expect(t.tenant.id).toBe(result.tenant.code === 'BUR' ? bur.id : kav.id);
      expect(t.caller.id).toBe(result.caller.id);
    }
  });

  it('keeps a steady stream of filers in one batch a round, not alternating batches of one and the rest', async () => {
    const marker = randomUUID();
    const WORKERS = 8;
    const ROUNDS = 5;
    const begun = await transactionsDuring(() =>
      Promise.all(
        Array.from({ length: WORKERS }, async (_, w) => {
          // Each worker files again as soon as its last filing has committed.
          for (let r = 0; r < ROUNDS; r++) {
            await groupCommit.run(kav.id, async (em) => markedRow(em, marker, w * ROUNDS + r).id);
          }
        }),
      ),
    );
    expect(await app.em().count(AuditEvent, { entityId: marker }, { filters: false })).toBe(
      WORKERS * ROUNDS,
    );
    // One transaction a round; alternating batches took about twice as many.
    expect(begun).toBeLessThanOrEqual(ROUNDS + 1);
  });

  it('lets one failing unit fail alone: the others commit, its writes are rolled back', async () => {
    const marker = randomUUID();
    const audit = (em: EntityManager, n: number) => markedRow(em, marker, n);
    const outcomes = await Promise.allSettled([
      groupCommit.run(kav.id, async (em) => audit(em, 1).id),
      groupCommit.run(kav.id, async (em) => {
        audit(em, 2);
        throw new Error('refused');
      }),
      groupCommit.run(kav.id, async (em) => audit(em, 3).id),
      groupCommit.run(kav.id, async (em) => audit(em, 4).id),
    ]);
    expect(outcomes.map((o) => o.status)).toEqual([
      'fulfilled',
      'rejected',
      'fulfilled',
      'fulfilled',
    ]);
    expect((outcomes[1] as PromiseRejectedResult).reason).toBeInstanceOf(Error);
    const rows = await app
      .em()
      .find(AuditEvent, { entityId: marker }, { filters: false, orderBy: { action: 'asc' } });
    expect(rows.map((r) => r.action)).toEqual([1, 3, 4].map((n) => `${marker}.${n}`));
  });

  it('retries alone when the shared flush fails (a duplicate key), so only the duplicate fails', async () => {
    const marker = randomUUID();
    const duplicate = randomUUID();
    const row = (em: EntityManager, id: string, n: number) => markedRow(em, marker, n, id);
    await groupCommit.run(kav.id, async (em) => row(em, duplicate, 0));
    const outcomes = await Promise.allSettled([
      groupCommit.run(kav.id, async (em) => row(em, randomUUID(), 1)),
      groupCommit.run(kav.id, async (em) => row(em, randomUUID(), 2)),
      groupCommit.run(kav.id, async (em) => row(em, duplicate, 3)),
      groupCommit.run(kav.id, async (em) => row(em, randomUUID(), 4)),
    ]);
    expect(outcomes.map((o) => o.status)).toEqual([
      'fulfilled',
      'fulfilled',
      'rejected',
      'fulfilled',
    ]);
    const actions = (await app.em().find(AuditEvent, { entityId: marker }, { filters: false }))
      .map((r) => r.action)
      .sort();
    expect(actions).toEqual([0, 1, 2, 4].map((n) => `${marker}.${n}`));
  });
});

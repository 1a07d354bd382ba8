import { randomUUID } from 'node:crypto';
import { MikroORM, type EntityManager } from '@mikro-orm/core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AuditEvent } from '../audit/audit-event.entity.js';
import { AuditService } from '../audit/audit.service.js';
import { JobsService } from '../jobs/jobs.service.js';
import { Tenant } from '../tenants/tenant.entity.js';
import { TestApp } from '../test-support/test-app.js';
import { TicketNumbers } from '../tickets/ticket-numbers.js';
import { BeforeCommit } from './before-commit.js';

describe.each(['sqlite', 'postgresql'] as const)(
  'writes gathered until commit (%s)',
  (database) => {
    let app: TestApp;
    let orm: MikroORM;
    let numbers: TicketNumbers;
    let jobs: JobsService;
    let tenantId: string;

    beforeAll(async () => {
      app = await TestApp.start({ database });
      orm = app.running.app.get(MikroORM);
      numbers = app.running.app.get(TicketNumbers, { strict: false });
      jobs = app.running.app.get(JobsService, { strict: false });
      tenantId = (await app.em().findOneOrFail(Tenant, { code: 'KAV' }, { filters: false })).id;
    }, 120_000);
    afterAll(() => app?.stop());

    /** Statements run on the connection while `fn` runs whose text matches `pattern`. */
    async function statementsDuring<T>(
      pattern: RegExp,
      fn: () => Promise<T>,
    ): Promise<{ value: T; count: number }> {
      const connection = orm.em.getConnection();
      const original = connection.execute.bind(connection);
      let count = 0;
      connection.execute = ((query: unknown, ...rest: unknown[]) => {
        if (typeof query === 'string' && pattern.test(query)) count++;
        return (original as (...a: unknown[]) => unknown)(query, ...rest);
      }) as typeof connection.execute;
      try {
        return { value: await fn(), count };
      } finally {
        connection.execute = original;
      }
    }

    async function counter(period: string): Promise<number | undefined> {
      const rows: { last_seq: number }[] = await orm.em
        .fork()
        .getConnection()
        .execute('select last_seq from ticket_counter where tenant_id = ? and period = ?', [
          tenantId,
          period,
        ]);
      return rows[0]?.last_seq;
    }

    /** A four-character period (as YYMM) that no counter row of the tenant has yet. */
    async function unusedPeriod(): Promise<string> {
      for (;;) {
        const period = `Z${randomUUID().slice(0, 3)}`;
        if ((await counter(period)) === undefined) return period;
      }
    }

    const transaction = <T>(fn: (em: EntityManager) => Promise<T>): Promise<T> =>
      orm.em.fork().transactional(fn);

    it('numbers a transaction’s tickets from one counter read and one write, without gaps', async () => {
      const period = await unusedPeriod();
      const { value, count } = await statementsDuring(/ticket_counter/, () =>
        transaction(async (em) => {
          const taken: number[] = [];
          for (let i = 0; i < 5; i++) taken.push(await numbers.next(em, tenantId, period));
          return taken;
        }),
      );
      expect(value).toEqual([1, 2, 3, 4, 5]);
      expect(count).toBe(2);
      expect(await counter(period)).toBe(5);
      // Outside a transaction, one atomic bump per number.
      expect(await numbers.next(orm.em.fork(), tenantId, period)).toBe(6);
      expect(await counter(period)).toBe(6);
    });

    it('gives a rolled-back transaction’s numbers to the next one', async () => {
      const period = await unusedPeriod();
      await transaction((em) => numbers.next(em, tenantId, period));
      await expect(
        transaction(async (em) => {
          for (let i = 0; i < 3; i++) await numbers.next(em, tenantId, period);
          throw new Error('refused');
        }),
      ).rejects.toThrow('refused');
      expect(await counter(period)).toBe(1);
      expect(await transaction((em) => numbers.next(em, tenantId, period))).toBe(2);
    });

    it('writes inside a nested transaction at once, since only the outer one commits', async () => {
      const period = await unusedPeriod();
      const seen = await transaction((outer) =>
        outer.transactional(async (inner) => {
          await numbers.next(inner, tenantId, period);
          const rows: { last_seq: number }[] = await inner
            .getConnection()
            .execute(
              'select last_seq from ticket_counter where tenant_id = ? and period = ?',
              [tenantId, period],
              'all',
              inner.getTransactionContext(),
            );
          return rows[0]?.last_seq;
        }),
      );
      expect(seen).toBe(1);
      expect(await counter(period)).toBe(1);
    });

    it('writes a transaction’s timers in one statement before commit; the first of a key wins', async () => {
      const key = `test:${randomUUID()}`;
      const other = `test:${randomUUID()}`;
      const first = new Date('2026-12-01T08:00:00Z');
      const { count } = await statementsDuring(/insert into job/, () =>
        transaction(async (em) => {
          await jobs.schedule(em, { type: 'test', key, dueAt: first, tenantId });
          await jobs.schedule(em, {
            type: 'test',
            key,
            dueAt: new Date('2026-12-02T08:00:00Z'),
            tenantId,
          });
          await jobs.scheduleAll(em, [{ type: 'test', key: other, dueAt: first, tenantId }]);
        }),
      );
      expect(count).toBe(1);
      const rows: { key: string; due_at: number | string }[] = await orm.em
        .fork()
        .getConnection()
        .execute('select "key", due_at from job where "key" in (?, ?)', [key, other]);
      expect(rows.map((r) => r.key).sort()).toEqual([key, other].sort());
      expect(Number(rows.find((r) => r.key === key)?.due_at)).toBe(first.getTime());
    });

    it('inserts a transaction’s gathered rows in one statement before commit; a rollback drops them', async () => {
      const audit = app.running.app.get(AuditService, { strict: false });
      const entry = (entityId: string, i: number) => ({
        tenantId,
        actorId: null,
        action: `test.gathered.${i}`,
        entityType: 'Test',
        entityId,
        data: { i, text: 'å "quoted"' },
      });
      const kept = randomUUID();
      const { count } = await statementsDuring(/insert into .audit_event/, () =>
        transaction(async (em) => {
          for (let i = 0; i < 5; i++) audit.record(em, entry(kept, i));
        }),
      );
      expect(count).toBe(1);
      const rows = await app
        .em()
        .find(AuditEvent, { entityId: kept }, { filters: false, orderBy: { action: 'asc' } });
      expect(rows.map((r) => r.action)).toEqual([0, 1, 2, 3, 4].map((i) => `test.gathered.${i}`));
      expect(rows[2]?.data).toEqual({ i: 2, text: 'å "quoted"' });
      expect(rows[2]?.at.getTime()).toBe(app.clock.now().getTime());
      expect(rows[2]?.tenant.id).toBe(tenantId);

      const dropped = randomUUID();
      await expect(
        transaction(async (em) => {
          audit.record(em, entry(dropped, 0));
          throw new Error('refused');
        }),
      ).rejects.toThrow('refused');
      expect(await app.em().count(AuditEvent, { entityId: dropped }, { filters: false })).toBe(0);

      // Outside a transaction the row is an entity, written by the next flush.
      const alone = randomUUID();
      const em = orm.em.fork();
      audit.record(em, entry(alone, 0));
      await em.flush();
      expect(await app.em().count(AuditEvent, { entityId: alone }, { filters: false })).toBe(1);
    });

    it('gives a gathered row back to a caller that changes it in the same transaction', async () => {
      const beforeCommit = app.running.app.get(BeforeCommit, { strict: false });
      const marker = randomUUID();
      const row = (action: string) => ({
        id: randomUUID(),
        tenant: tenantId,
        at: app.clock.now(),
        actorId: null,
        action,
        entityType: 'Test',
        entityId: marker,
        data: {},
      });
      await transaction(async (em) => {
        expect(beforeCommit.insertBeforeCommit(em, AuditEvent, row('first'))).toBe(true);
        expect(beforeCommit.insertBeforeCommit(em, AuditEvent, row('second'))).toBe(true);
        const back = beforeCommit.takeBack(em, AuditEvent, (r) => r.action === 'second');
        expect(back?.action).toBe('second');
        expect(beforeCommit.takeBack(em, AuditEvent, (r) => r.action === 'second')).toBeNull();
        em.create(AuditEvent, {
          ...row('second, changed'),
          tenant: em.getReference(Tenant, tenantId),
        });
      });
      const actions = (await app.em().find(AuditEvent, { entityId: marker }, { filters: false }))
        .map((r) => r.action)
        .sort();
      expect(actions).toEqual(['first', 'second, changed']);
      // Not in a transaction: nothing is gathered, the caller persists the row itself.
      expect(beforeCommit.insertBeforeCommit(orm.em.fork(), AuditEvent, row('x'))).toBe(false);
    });

    it('rolls back every gathered write when one of them fails at commit', async () => {
      const audit = app.running.app.get(AuditService, { strict: false });
      const beforeCommit = app.running.app.get(BeforeCommit, { strict: false });
      const period = await unusedPeriod();
      const key = `test:${randomUUID()}`;
      const marker = randomUUID();
      const file = async (em: EntityManager) => {
        await numbers.next(em, tenantId, period);
        await numbers.next(em, tenantId, period);
        await jobs.schedule(em, { type: 'test', key, dueAt: new Date(), tenantId });
        audit.record(em, {
          tenantId,
          actorId: null,
          action: 'test.failingCommit',
          entityType: 'Test',
          entityId: marker,
          data: {},
        });
      };
      await expect(
        transaction(async (em) => {
          await file(em);
          // A real statement error, sent together with the other gathered writes.
          beforeCommit.pending(em, 'failing', () => ({
            write: async (tx: EntityManager, ctx: object) => {
              await tx.getConnection().execute('select * from no_such_table', [], 'all', ctx);
            },
          }));
        }),
      ).rejects.toThrow(/no_such_table/);
      expect(await counter(period)).toBeUndefined();
      const timers: unknown[] = await orm.em
        .fork()
        .getConnection()
        .execute('select id from job where "key" = ?', [key]);
      expect(timers).toEqual([]);
      expect(await app.em().count(AuditEvent, { entityId: marker }, { filters: false })).toBe(0);

      // The connection is left usable: the same writes commit in the next transaction.
      await transaction(file);
      expect(await counter(period)).toBe(2);
      expect(await app.em().count(AuditEvent, { entityId: marker }, { filters: false })).toBe(1);
    });

    it('drops the timers of a rolled-back transaction', async () => {
      const key = `test:${randomUUID()}`;
      await expect(
        transaction(async (em) => {
          await jobs.schedule(em, { type: 'test', key, dueAt: new Date(), tenantId });
          throw new Error('refused');
        }),
      ).rejects.toThrow('refused');
      const rows: unknown[] = await orm.em
        .fork()
        .getConnection()
        .execute('select id from job where "key" = ?', [key]);
      expect(rows).toEqual([]);
    });
  },
);

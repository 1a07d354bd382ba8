import { randomUUID } from 'node:crypto';
import { MikroORM } from '@mikro-orm/core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AuditEvent } from '../audit/audit-event.entity.js';
import { AuditService } from '../audit/audit.service.js';
import { startApp, type RunningApp } from '../bootstrap.js';
import { Tenant } from '../tenants/tenant.entity.js';
import { TestApp } from '../test-support/test-app.js';
import { Job } from './job.entity.js';
import { JobsService } from './jobs.service.js';

/** Two server processes share one PostgreSQL database and race for the same timers. */
describe('durable jobs on PostgreSQL with two runners', () => {
  let app: TestApp;
  let other: RunningApp;

  beforeAll(async () => {
    app = await TestApp.start({ database: 'postgresql' });
    other = await startApp(app.config, app.clock);
  }, 120_000);
  afterAll(async () => {
    await other.close();
    await app.stop();
  });

  it('runs every due job exactly once although both runners poll at the same time', async () => {
    const a = app.running.app.get(JobsService);
    const b = other.app.get(JobsService);
    const tenant = await app.em().findOneOrFail(Tenant, { code: 'KAV' }, { filters: false });
    const audit = app.running.app.get(AuditService);
    const handler =
      (runner: string) =>
      async (
        em: Parameters<Parameters<JobsService['register']>[1]>[0],
        job: { id: string; key: string },
      ) => {
        audit.record(em, {
          tenantId: tenant.id,
          actorId: null,
          action: 'test.jobRan',
          entityType: 'Job',
          entityId: job.id,
          data: { runner, key: job.key },
        });
      };
    a.register('test.race', handler('a'));
    b.register('test.race', handler('b'));

    const em = app.running.app.get(MikroORM).em.fork();
    const keys = Array.from({ length: 40 }, () => `test.race:${randomUUID()}`);
    await em.transactional(async (tem) => {
      for (const key of keys) {
        await a.schedule(tem, {
          type: 'test.race',
          key,
          dueAt: app.clock.now(),
          tenantId: tenant.id,
        });
        // Scheduling the same key again is a no-op.
        await b.schedule(tem, {
          type: 'test.race',
          key,
          dueAt: app.clock.now(),
          tenantId: tenant.id,
        });
      }
    });

    const [ranA, ranB] = await Promise.all([a.runDueJobs(), b.runDueJobs()]);
    const failed = await app.em().find(Job, { lastError: { $ne: null } }, { filters: false });
    expect(failed.map((j) => j.lastError)).toEqual([]);
    expect(ranA + ranB).toBe(keys.length);
    expect(await a.runDueJobs()).toBe(0);

    const rows = await app.em().find(AuditEvent, { action: 'test.jobRan' }, { filters: false });
    expect(rows.map((r) => String(r.data.key)).sort()).toEqual([...keys].sort());
    expect(new Set(rows.map((r) => r.entityId)).size).toBe(keys.length);
  });
});

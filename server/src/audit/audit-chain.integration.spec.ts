import { execFile } from 'node:child_process';
import path from 'node:path';
import { promisify } from 'node:util';
import { MikroORM } from '@mikro-orm/core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { REPO_ROOT } from '../config/config.js';
import { TestApp } from '../test-support/test-app.js';
import { Tenant } from '../tenants/tenant.entity.js';
import { verifyAuditChains } from './audit-chain.js';
import { AuditService } from './audit.service.js';

const run = promisify(execFile);

describe.each(['sqlite', 'postgresql'] as const)('audit hash chain on %s', (database) => {
  let app: TestApp;
  let tenantIds: string[];
  beforeAll(async () => {
    app = await TestApp.start({ database });
    tenantIds = (await app.em().find(Tenant, {}, { filters: false, orderBy: { id: 'asc' } })).map(
      (t) => t.id,
    );
  }, 120_000);
  afterAll(() => app.stop());

  const verify = () => verifyAuditChains(app.running.app.get(MikroORM).em.fork());
  const sql = (query: string, params: unknown[] = []) =>
    app.running.app.get(MikroORM).em.getConnection().execute(query, params);

  it('verifies a fresh database', async () => {
    const result = await verify();
    expect(result.breaks).toEqual([]);
  });

  it('chains entries of concurrent transactions in commit order, one chain per tenant', async () => {
    const audit = app.running.app.get(AuditService);
    const orm = app.running.app.get(MikroORM);
    const before = (await verify()).entries;
    await Promise.all(
      Array.from({ length: 24 }, (_, i) =>
        orm.em.fork().transactional(async (em) => {
          for (let k = 0; k < 3; k++) {
            audit.record(em, {
              tenantId: tenantIds[i % 2] ?? '',
              actorId: null,
              action: 'test.concurrent',
              entityType: 'test',
              entityId: `t${i}`,
              data: { k, at: new Date('2026-11-23T10:00:00Z'), nested: { b: 1, a: [1, 'x'] } },
            });
          }
        }),
      ),
    );
    const result = await verify();
    expect(result.breaks).toEqual([]);
    expect(result.entries).toBe(before + 72);
  });

  it('names the first edited, missing, inserted or unlinked entry, also from the CLI', async () => {
    const tenantId = tenantIds[0] ?? '';
    const [row] = (await sql(
      `select id, chain_seq from audit_event where tenant_id = ? and action = 'test.concurrent' order by chain_seq limit 1`,
      [tenantId],
    )) as { id: string; chain_seq: number }[];
    const position = Number(row?.chain_seq);

    await sql(`update audit_event set actor_id = 'someone-else' where id = ?`, [row?.id]);
    expect((await verify()).breaks).toEqual([
      { tenantId, position, entryId: row?.id, problem: 'edited' },
    ]);
    const env = {
      ...process.env,
      SQLITE_PATH: app.config.database.kind === 'sqlite' ? app.config.database.path : '',
      DATABASE_URL: app.config.database.kind === 'postgresql' ? app.config.database.url : '',
      LOG_LEVEL: 'silent',
    };
    const cli = path.join(REPO_ROOT, 'server', 'dist', 'cli', 'audit-verify.js');
    const failed = await run(process.execPath, [cli], { env }).then(
      () => null,
      (e: { code: number; stdout: string }) => e,
    );
    expect(failed?.code).toBe(1);
    expect(failed?.stdout).toContain(`BROKEN tenant ${tenantId} at position ${position}`);
    await sql(`update audit_event set actor_id = null where id = ?`, [row?.id]);
    expect((await verify()).breaks).toEqual([]);
    const ok = await run(process.execPath, [cli], { env });
    expect(ok.stdout).toMatch(/^Audit log intact/);

    await sql(`delete from audit_event where id = ?`, [row?.id]);
    const missing = (await verify()).breaks;
    expect(missing).toMatchObject([{ tenantId, position, problem: 'missing' }]);

    // A forged entry in the gap, whose link was not made from the entry before it.
    await sql(
      `insert into audit_event (id, tenant_id, at, actor_id, action, entity_type, entity_id, data, chain_seq, prev_hash, hash)
       select ?, tenant_id, at, actor_id, 'forged', entity_type, entity_id, data, ?, prev_hash, ? from audit_event where tenant_id = ? and chain_seq = ?`,
      [row?.id, position, 'f'.repeat(64), tenantId, position + 1],
    );
    expect((await verify()).breaks).toMatchObject([{ tenantId, position, problem: 'inserted' }]);
    await sql(`delete from audit_event where id = ?`, [row?.id]);
    await sql(
      `insert into audit_event (id, tenant_id, at, actor_id, action, entity_type, entity_id, data)
       select ?, tenant_id, at, actor_id, 'forged', entity_type, entity_id, data from audit_event where tenant_id = ? and chain_seq = ?`,
      ['00000000-0000-4000-8000-000000000000', tenantIds[1] ?? '', 1],
    );
    expect((await verify()).breaks).toMatchObject([
      { tenantId, position, problem: 'missing' },
      {
        tenantId: tenantIds[1],
        entryId: '00000000-0000-4000-8000-000000000000',
        problem: 'not linked',
      },
    ]);
  });
});

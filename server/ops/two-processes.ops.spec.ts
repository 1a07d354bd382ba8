import { randomUUID } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  startEmbeddedPostgres,
  type EmbeddedPostgresHandle,
} from '../src/database/embedded-postgres.js';
import { MIGRATIONS_ROOT } from '../src/database/orm-config.js';
import { SLA_NOTIFY_JOB } from '../src/sla/sla.service.js';
import { ServerProcess, eventually, tempDir } from './server-process.js';

const AGENT = 'SAOR9112';
const CREATE = 'mutation($input: CreateTicketInput!) { createTicket(input: $input) { id number } }';
const JOBS = 500;

/**
 * Two real Linje processes (server/dist/main.js) on one embedded PostgreSQL, started at
 * the same moment on an empty database.
 */
describe('two server processes on one PostgreSQL', () => {
  let pgServer: EmbeddedPostgresHandle;
  let db: pg.Client;
  let a: ServerProcess;
  let b: ServerProcess;
  let dir: string;

  beforeAll(async () => {
    pgServer = await startEmbeddedPostgres();
    dir = tempDir('linje-ops-');
    const env = (name: string) => ({
      DATABASE_URL: pgServer.url,
      DEMO_SEED: 'auto',
      WEB_DIST: path.join(dir, 'no-web'),
      OUTBOX_DIR: path.join(dir, `outbox-${name}`),
      FILES_DIR: path.join(dir, 'files'),
      // A short lease, so that the jobs of a killed process are taken over within the test.
      JOB_LEASE_SECONDS: '2',
      JOB_POLL_SECONDS: '0.2',
    });
    [a, b] = await Promise.all([ServerProcess.start(env('a')), ServerProcess.start(env('b'))]);
    db = new pg.Client({ connectionString: pgServer.url });
    await db.connect();
  });

  afterAll(async () => {
    await db?.end();
    await Promise.all([a?.stop(), b?.stop()]);
    await pgServer?.stop();
    if (dir) fs.rmSync(dir, { recursive: true, force: true });
  });

  it('applied the migrations and the demo data once although both started together', async () => {
    const files = fs
      .readdirSync(path.join(MIGRATIONS_ROOT, 'postgresql'))
      .filter((f) => f.endsWith('.js') && !f.endsWith('.d.js'));
    const applied = await db.query<{ name: string }>('select name from mikro_orm_migrations');
    expect(applied.rows.length).toBe(files.length);
    expect(new Set(applied.rows.map((r) => r.name)).size).toBe(files.length);
    const tenants = await db.query<{ n: string; codes: string }>(
      'select count(*) as n, count(distinct code) as codes from tenant',
    );
    expect(Number(tenants.rows[0]?.n)).toBeGreaterThan(0);
    expect(tenants.rows[0]?.n).toBe(tenants.rows[0]?.codes);
  });

  it('keeps sessions in the database: signed in on A, recognised on B, signed out on A, refused on B', async () => {
    const cookie = await a.signIn(AGENT);
    const onB = await b.gql<{ viewer: { id: string } | null }>('{ viewer { id } }', {}, cookie);
    expect(onB.data?.viewer?.id).toBeTruthy();
    const out = await a.gql('mutation { signOut }', {}, cookie);
    expect(out.errors).toBeUndefined();
    const after = await b.gql<{ viewer: { id: string } | null }>('{ viewer { id } }', {}, cookie);
    expect(after.data?.viewer ?? null).toBeNull();
  });

  it('delivers a ticket created through A live to a console subscribed on B', async () => {
    const cookie = await a.signIn(AGENT);
    const ws = b.wsClient(cookie);
    const title = `Live över processer ${randomUUID()}`;
    const seen = new Promise<{ kind: string; ticket: { id: string; title: string } }>(
      (resolve, reject) => {
        const stop = ws.subscribe<{
          queueEvents: { kind: string; ticket: { id: string; title: string } };
        }>(
          { query: 'subscription { queueEvents { kind ticket { id title } } }' },
          {
            next: (msg) => {
              const ev = msg.data?.queueEvents;
              if (ev?.ticket.title === title) {
                stop();
                resolve(ev);
              }
            },
            error: reject,
            complete: () => undefined,
          },
        );
      },
    );
    // The subscription is registered on B once B answers it; file tickets until one arrives.
    const first = await eventually('a subscription on B', async () => {
      const res = await a.gql(
        CREATE,
        { input: { title, impact: 'PERSON', urgency: 'LOW' } },
        cookie,
      );
      expect(res.errors).toBeUndefined();
      return Promise.race([
        seen,
        new Promise<undefined>((r) => setTimeout(() => r(undefined), 500)),
      ]);
    });
    await ws.dispose();
    expect(first.kind).toBe('CREATED');
    expect(first.ticket.title).toBe(title);
  });

  it('runs 500 SLA jobs due at once exactly once across both processes, even when one is killed mid-run', async () => {
    const cookie = await a.signIn(AGENT);
    // Tickets to warn about, filed through both processes.
    const tickets: string[] = [];
    let nextTicket = 0;
    await Promise.all(
      Array.from({ length: 8 }, async () => {
        for (let i = nextTicket++; i < JOBS / 4; i = nextTicket++) {
          const via = i % 2 === 0 ? a : b;
          const res = await via.gql<{ createTicket: { id: string } }>(
            CREATE,
            { input: { title: `SLA-jobb ${i}`, impact: 'GROUP', urgency: 'HIGH' } },
            cookie,
          );
          expect(res.errors).toBeUndefined();
          tickets.push(res.data?.createTicket.id ?? '');
        }
      }),
    );
    const deadlines = await db.query<{
      id: string;
      tenant_id: string;
      response_due_at: Date;
      resolution_due_at: Date;
    }>('select id, tenant_id, response_due_at, resolution_due_at from ticket where id = any($1)', [
      tickets,
    ]);
    expect(deadlines.rows.length).toBe(JOBS / 4);
    const marker = `ops-${randomUUID()}`;
    const now = Date.now();
    const rows = deadlines.rows.flatMap((t) =>
      (['response', 'resolution'] as const).flatMap((which) =>
        (['WARNING', 'BREACH'] as const).map((level) => {
          const due = which === 'response' ? t.response_due_at : t.resolution_due_at;
          return [
            randomUUID(),
            SLA_NOTIFY_JOB,
            `${marker}:${t.id}:${which}:${level}`,
            JSON.stringify({ ticketId: t.id, which, level, dueMs: due.getTime() }),
            t.tenant_id,
            now - 1000,
            now,
          ];
        }),
      ),
    );
    expect(rows.length).toBe(JOBS);
    const values = rows
      .map(
        (_, i) =>
          `($${i * 7 + 1}, $${i * 7 + 2}, $${i * 7 + 3}, $${i * 7 + 4}, $${i * 7 + 5}, $${i * 7 + 6}, 'PENDING', 0, $${i * 7 + 7})`,
      )
      .join(', ');
    // All 500 become due in one statement.
    await db.query(
      `insert into job (id, type, "key", payload, tenant_id, due_at, status, attempts, created_at) values ${values}`,
      rows.flat(),
    );

    const done = async () =>
      Number(
        (
          await db.query<{ n: string }>(
            `select count(*) as n from job where "key" like $1 and status = 'DONE'`,
            [`${marker}:%`],
          )
        ).rows[0]?.n,
      );
    // Kill B (kill -9) while the jobs are being worked through.
    await eventually(
      'the first jobs done',
      async () => ((await done()) >= 50 ? true : undefined),
      60_000,
      5,
    );
    await b.kill();
    const doneAtKill = await done();
    await eventually('every job done', async () => ((await done()) === JOBS ? true : undefined));

    const jobs = await db.query<{ status: string; attempts: number; last_error: string | null }>(
      `select status, attempts, last_error from job where "key" like $1`,
      [`${marker}:%`],
    );
    expect(jobs.rows.filter((j) => j.status !== 'DONE' || j.last_error !== null)).toEqual([]);
    // Each job's effect (its audit entry, written in the job's own transaction) exactly once.
    const effects = await db.query<{ entity_id: string; action: string; which: string; n: string }>(
      `select entity_id, action, data->>'which' as which, count(*) as n from audit_event ` +
        `where entity_id = any($1) and action in ('sla.warned', 'sla.breached') ` +
        `group by entity_id, action, data->>'which'`,
      [tickets],
    );
    expect(effects.rows.length).toBe(JOBS);
    expect(effects.rows.filter((r) => Number(r.n) !== 1)).toEqual([]);
    const notices = await db.query<{ n: string }>(
      `select count(*) as n from notification where ticket_id = any($1) and kind in ('SLA_WARNING', 'SLA_BREACHED')`,
      [tickets],
    );
    expect(Number(notices.rows[0]?.n) % JOBS).toBe(0);
    expect(doneAtKill).toBeLessThan(JOBS);
    // A is still serving.
    const still = await a.gql<{ viewer: { id: string } | null }>('{ viewer { id } }', {}, cookie);
    expect(still.data?.viewer?.id).toBeTruthy();
  });
});

import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { MikroORM } from '@mikro-orm/core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startApp } from '../bootstrap.js';
import { ManualClock } from '../common/clock.js';
import { loadConfig } from '../config/config.js';
import { startEmbeddedPostgres } from '../database/embedded-postgres.js';
import { migrate, withOrm } from '../database/migrate.js';
import type { AppConfig } from '../config/config.js';
import { TestApp } from '../test-support/test-app.js';

const SCHEMA_FILE = path.resolve(import.meta.dirname, '..', '..', 'schema.graphql');

async function pendingSchemaChanges(database: AppConfig['database']): Promise<string> {
  return withOrm(database, async (orm: MikroORM) => {
    await migrate(orm);
    const sql = await orm.schema.getUpdateSchemaSQL({
      wrap: false,
      safe: false,
      dropTables: false,
    });
    return sql.trim();
  });
}

describe('the committed artefacts are up to date', () => {
  it('server/schema.graphql matches the resolvers (run `npm run schema -w server` after changing them)', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'linje-schema-'));
    const target = path.join(dir, 'schema.graphql');
    const config = loadConfig({
      PORT: '0',
      HOST: '127.0.0.1',
      SQLITE_PATH: path.join(dir, 'db.sqlite'),
      DEMO_SEED: 'never',
      LOG_LEVEL: 'silent',
    });
    const running = await startApp(config, new ManualClock('2026-01-01T00:00:00Z'), {
      schemaFile: target,
    });
    await running.close();
    const generated = fs.readFileSync(target, 'utf8');
    fs.rmSync(dir, { recursive: true, force: true });
    expect(generated).toBe(fs.readFileSync(SCHEMA_FILE, 'utf8'));
  });

  it('the SQLite migrations produce exactly the schema the entities describe', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'linje-mig-'));
    const diff = await pendingSchemaChanges({ kind: 'sqlite', path: path.join(dir, 'm.sqlite') });
    fs.rmSync(dir, { recursive: true, force: true });
    expect(diff).toBe('');
  });

  it('the PostgreSQL migrations produce exactly the schema the entities describe', async () => {
    const pg = await startEmbeddedPostgres();
    try {
      expect(await pendingSchemaChanges({ kind: 'postgresql', url: pg.url })).toBe('');
    } finally {
      await pg.stop();
    }
  });
});

describe('the running server', () => {
  let app: TestApp;
  beforeAll(async () => {
    app = await TestApp.start();
  });
  afterAll(() => app.stop());

  it('runs SQLite in WAL mode with foreign keys on and a 10,000-page checkpoint interval', async () => {
    const connection = app.running.app.get(MikroORM).em.getConnection();
    const read = async (pragma: string) =>
      Object.values(((await connection.execute(`pragma ${pragma}`)) as object[])[0] ?? {})[0];
    expect(await read('journal_mode')).toBe('wal');
    expect(await read('foreign_keys')).toBe(1);
    expect(await read('wal_autocheckpoint')).toBe(10000);
  });

  it('answers liveness and readiness probes', async () => {
    const live = await fetch(`${app.url}/healthz`);
    expect(live.status).toBe(200);
    expect(await live.json()).toEqual({ status: 'ok' });
    const ready = await fetch(`${app.url}/readyz`);
    expect(ready.status).toBe(200);
    expect(await ready.json()).toEqual({ status: 'ready' });
  });

  it('sends browser hardening headers: no foreign or inline scripts, no framing, no sniffing', async () => {
    const res = await fetch(`${app.url}/healthz`);
    const csp = res.headers.get('content-security-policy') ?? '';
    expect(csp).toContain("script-src 'self'");
    expect(csp).not.toMatch(/script-src[^;]*unsafe-inline/);
    expect(csp).toContain("frame-ancestors 'none'");
    expect(res.headers.get('x-content-type-options')).toBe('nosniff');
    expect(res.headers.get('x-powered-by')).toBeNull();
  });

  it('tells browsers and proxies not to store GraphQL answers, including errors', async () => {
    for (const query of ['{ __typename }', '{ viewer { id } }', '{ nope }']) {
      const res = await fetch(`${app.url}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ query }),
      });
      expect(res.headers.get('cache-control')).toBe('no-store');
    }
  });

  it('answers malformed JSON with a GraphQL-shaped error and no parser internals', async () => {
    const res = await fetch(`${app.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: '{"query": ',
    });
    expect(res.status).toBe(400);
    const body = (await res.json()) as { errors: { extensions: { code: string } }[] };
    expect(body.errors[0]?.extensions.code).toBe('BAD_REQUEST');
    expect(JSON.stringify(body)).not.toMatch(/SyntaxError|at JSON/);
  });

  it('answers variables of the wrong type with BAD_USER_INPUT and a message naming the variable', async () => {
    const cookie = await app.signIn('SAOR9112');
    const res = await app.gql(
      'query($first: Int!) { queue(first: $first) { pageInfo { hasNextPage } } }',
      { first: 'abc' },
      cookie,
    );
    expect(res.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(res.errors?.[0]?.message).toMatch(/\$first/);
  });

  it('names what is wrong with a query that asks for unknown fields or does not parse', async () => {
    const unknown = await app.gql('{ nope }');
    expect(unknown.errors?.[0]?.extensions?.code).toBe('GRAPHQL_VALIDATION_FAILED');
    expect(unknown.errors?.[0]?.message).toBe('Cannot query field "nope" on type "Query".');
    const broken = await app.gql('{ queue(first: ');
    expect(broken.errors?.[0]?.extensions?.code).toBe('GRAPHQL_PARSE_FAILED');
    expect(broken.errors?.[0]?.message).toMatch(/^Syntax Error/);
  });

  it('never includes stack traces in GraphQL errors', async () => {
    const res = await app.gql('{ ticket(id: "x") { id } }');
    expect(res.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    expect(JSON.stringify(res.errors)).not.toMatch(/stacktrace|\.ts:|\.js:/);
  });

  it('refuses simple cross-site GET queries (CSRF protection)', async () => {
    const res = await fetch(`${app.url}/graphql?query=${encodeURIComponent('{ viewer { id } }')}`);
    expect(res.status).toBe(400);
  });

  it('signs out, after which the session cookie no longer works', async () => {
    const cookie = await app.signIn('JOSA9804');
    expect(
      (await app.gql<{ viewer: { id: string } | null }>('{ viewer { id } }', {}, cookie)).data
        ?.viewer,
    ).not.toBeNull();
    await app.gql('mutation { signOut }', {}, cookie);
    expect(
      (await app.gql<{ viewer: null }>('{ viewer { id } }', {}, cookie)).data?.viewer,
    ).toBeNull();
  });

  it('expires sessions after their lifetime, measured on the injected clock', async () => {
    const cookie = await app.signIn('JOSA9804');
    app.clock.advanceMinutes(app.config.sessionTtlHours * 60 + 1);
    expect(
      (await app.gql<{ viewer: null }>('{ viewer { id } }', {}, cookie)).data?.viewer,
    ).toBeNull();
  });
});

describe('query limits', () => {
  let app: TestApp;
  beforeAll(async () => {
    app = await TestApp.start();
  });
  afterAll(() => app.stop());

  it('refuses operations that select too many fields', async () => {
    // Few aliases and tokens (they have limits of their own), and groups small enough for
    // graphql-js's own budget for comparing repeated fields.
    const group = Array.from({ length: 280 }, () => '__typename').join(' ');
    const fields = ['a', 'b', 'c', 'd'].map((g) => `${g}: viewer { ${group} }`).join(' ');
    const res = await app.gql(`{ ${fields} }`);
    expect(res.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(res.errors?.[0]?.message).toMatch(/asks for too much at once/);
  });
});

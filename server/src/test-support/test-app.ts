import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { MikroORM, type EntityManager } from '@mikro-orm/core';
import { createClient, type Client } from 'graphql-ws';
import type { DestinationStream } from 'pino';
import WebSocket from 'ws';
import { startApp, type RunningApp } from '../bootstrap.js';
import { ManualClock } from '../common/clock.js';
import { loadConfig, type AppConfig } from '../config/config.js';
import { DEMO_PASSWORD } from '../demo/demo-seed.js';
import {
  createScratchDatabase,
  startEmbeddedPostgres,
  type EmbeddedPostgresHandle,
} from '../database/embedded-postgres.js';

/**
 * The database a test server gets when its test does not choose one: SQLite, or PostgreSQL
 * when the suite runs with LINJE_TEST_DATABASE=postgresql (`vitest.postgres.config.ts`, which
 * starts one cluster for the run and names it in LINJE_TEST_PG_URL).
 */
function defaultDialect(): 'sqlite' | 'postgresql' {
  return process.env['LINJE_TEST_DATABASE'] === 'postgresql' ? 'postgresql' : 'sqlite';
}

async function postgresFor(): Promise<EmbeddedPostgresHandle> {
  const cluster = process.env['LINJE_TEST_PG_URL'];
  return cluster ? createScratchDatabase(cluster) : startEmbeddedPostgres();
}

export interface GqlResponse<T = Record<string, unknown>> {
  status: number;
  data?: T | null;
  errors?: { message: string; extensions?: { code?: string; fields?: unknown } }[];
  setCookie: string | null;
}

/** A real Linje server on a free 127.0.0.1 port with its own database, for integration tests. */
export class TestApp {
  private constructor(
    readonly running: RunningApp,
    readonly clock: ManualClock,
    readonly config: AppConfig,
    private readonly cleanup: () => Promise<void>,
  ) {}

  static async start(
    options: {
      database?: 'sqlite' | 'postgresql';
      /** Join an existing PostgreSQL database (e.g. a second server process on the same data). */
      databaseUrl?: string;
      demo?: boolean;
      now?: string;
      /** More environment: MAIL_IN_PORT, SMTP_URL of a test mail server, or `{ GRAPHQL_INTROSPECTION: 'false' }` to see production behaviour. */
      env?: Record<string, string>;
      /** Where the JSON log lines go (with LOG_LEVEL in `env`); nowhere by default. */
      logStream?: DestinationStream;
    } = {},
  ): Promise<TestApp> {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'linje-test-'));
    let pg: EmbeddedPostgresHandle | null = null;
    if ((options.database ?? defaultDialect()) === 'postgresql' && !options.databaseUrl)
      pg = await postgresFor();
    const config = loadConfig({
      PORT: '0',
      HOST: '127.0.0.1',
      SQLITE_PATH: path.join(dir, 'linje.sqlite'),
      DATABASE_URL: options.databaseUrl ?? pg?.url,
      DEMO_SEED: options.demo === false ? 'never' : 'auto',
      LOG_LEVEL: 'silent',
      WEB_DIST: path.join(dir, 'no-web'),
      OUTBOX_DIR: path.join(dir, 'outbox'),
      // The authorisation matrix reads the live schema.
      GRAPHQL_INTROSPECTION: 'true',
      // Suites sign in and write far faster than people do; rate limits are tested with low ones.
      RATE_LIMIT_AUTH: '1000000',
      RATE_LIMIT_MUTATIONS: '1000000',
      // Suites move the clock by hours and days; re-authentication is tested with its own limits.
      SESSION_IDLE_MINUTES: String(24 * 60),
      SESSION_MAX_HOURS: String(24 * 30),
      ...options.env,
    });
    const clock = new ManualClock(options.now ?? '2026-11-23T09:30:00Z');
    const running = await startApp(
      config,
      clock,
      options.logStream ? { logStream: options.logStream } : {},
    );
    return new TestApp(running, clock, config, async () => {
      await running.close();
      await pg?.stop();
      fs.rmSync(dir, { recursive: true, force: true });
    });
  }

  get url(): string {
    return this.running.url;
  }

  /** A fork of the app's entity manager with tenant filters off, for arranging and asserting. */
  em(): EntityManager {
    const em = this.running.app.get(MikroORM).em.fork();
    em.setFilterParams('tenant', { tenantIds: [] });
    return em;
  }

  async gql<T = Record<string, unknown>>(
    query: string,
    variables: Record<string, unknown> = {},
    cookie?: string,
  ): Promise<GqlResponse<T>> {
    const res = await fetch(`${this.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...(cookie ? { cookie } : {}) },
      body: JSON.stringify({ query, variables }),
    });
    const body = (await res.json()) as Omit<GqlResponse<T>, 'status' | 'setCookie'>;
    return { status: res.status, ...body, setCookie: res.headers.get('set-cookie') };
  }

  /** Signs in (demo accounts share one password) and returns the session cookie. */
  async signIn(identifier: string, password = DEMO_PASSWORD): Promise<string> {
    const res = await this.gql(
      'mutation($i: String!, $p: String!) { signIn(identifier: $i, password: $p) { id } }',
      { i: identifier, p: password },
    );
    if (res.errors?.length || !res.setCookie) {
      throw new Error(`sign-in failed for ${identifier}: ${JSON.stringify(res.errors)}`);
    }
    return res.setCookie.split(';')[0] ?? '';
  }

  /** A graphql-ws client that sends the session cookie, as a browser would. */
  wsClient(cookie?: string): Client {
    const url = `${this.url.replace('http', 'ws')}/graphql`;
    return createClient({
      url,
      webSocketImpl: class extends WebSocket {
        constructor(address: string, protocols?: string | string[]) {
          super(address, protocols, { headers: cookie ? { cookie } : {} });
        }
      },
      retryAttempts: 0,
      lazy: true,
    });
  }

  async stop(): Promise<void> {
    await this.cleanup();
  }
}

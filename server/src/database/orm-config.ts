import fs from 'node:fs';
import path from 'node:path';
import type { Options } from '@mikro-orm/core';
import { Migrator } from '@mikro-orm/migrations';
import { PostgreSqlDriver } from '@mikro-orm/postgresql';
import { SqliteDriver } from '@mikro-orm/sqlite';
import { REPO_ROOT, type AppConfig } from '../config/config.js';
import { ENTITIES } from './entities.js';
import { ownTenantsFilter, tenantFilter } from './tenant-filter.js';

export const MIGRATIONS_ROOT = path.join(REPO_ROOT, 'migrations');

export function migrationsPath(kind: AppConfig['database']['kind']): string {
  return path.join(MIGRATIONS_ROOT, kind);
}

/** MikroORM options for either the embedded SQLite file or PostgreSQL. */
export function ormOptions(database: AppConfig['database'], extra: Partial<Options> = {}): Options {
  const common = {
    entities: ENTITIES,
    discovery: { disableDynamicFileAccess: true, requireEntitiesArray: true },
    filters: { tenant: tenantFilter, ownTenants: ownTenantsFilter },
    extensions: [Migrator],
    migrations: {
      path: migrationsPath(database.kind),
      glob: '!(*.d).js',
      emit: 'js' as const,
      snapshot: false,
      silent: true,
      transactional: true,
      allOrNothing: true,
      disableForeignKeys: false,
    },
    // Full-text search objects are hand-written per dialect (see the TicketSearch migrations).
    schemaGenerator: { skipTables: [/^ticket_fts/, 'ticket_search', /^article_fts/] },
    allowGlobalContext: false,
    debug: false,
  } satisfies Partial<Options>;
  if (database.kind === 'sqlite') {
    if (database.path !== ':memory:')
      fs.mkdirSync(path.dirname(database.path), { recursive: true });
    return {
      ...common,
      driver: SqliteDriver,
      dbName: database.path,
      pool: { min: 1, max: 1, afterCreate: sqlitePragmas(database.synchronous ?? 'FULL') },
      ...extra,
    } as Options;
  }
  return {
    ...common,
    driver: PostgreSqlDriver,
    clientUrl: database.url,
    forceUtcTimezone: true,
    pool: { min: 0, max: 10 },
    ...extra,
  } as Options;
}

type RawConnection = { run: (sql: string, cb: (err: Error | null) => void) => void };

/**
 * WAL lets readers and the writer work side by side; foreign keys are off by default in
 * SQLite. The WAL is copied back into the database file every 10,000 pages (about 40 MB)
 * instead of SQLite's 1,000: the commit that crosses the mark does that work, and each
 * index page that filings keep changing is then written back once per 40 MB instead of
 * once per 4 MB (about a tenth more filings a second on the 1M-ticket benchmark).
 *
 * `synchronous`: in WAL mode both FULL and NORMAL survive the server process crashing
 * (kill -9) with every committed transaction; FULL also syncs the WAL on every commit, so
 * an acknowledged write survives a power cut or an operating-system crash too. FULL is the
 * default; what NORMAL gains is measured in docs/performance.md (SQLITE_SYNCHRONOUS).
 * One connection (pool max 1) is the one writer; the busy timeout covers other processes
 * that touch the file (a backup, the sqlite3 shell).
 */
export function sqlitePragmaList(synchronous: 'FULL' | 'NORMAL'): readonly string[] {
  return [
    'PRAGMA journal_mode = WAL',
    `PRAGMA synchronous = ${synchronous}`,
    'PRAGMA foreign_keys = ON',
    'PRAGMA busy_timeout = 5000',
    'PRAGMA wal_autocheckpoint = 10000',
  ];
}

function sqlitePragmas(synchronous: 'FULL' | 'NORMAL') {
  const pragmas = sqlitePragmaList(synchronous);
  return (conn: RawConnection, done: (err: Error | null, conn: RawConnection) => void) => {
    const next = (i: number): void => {
      const sql = pragmas[i];
      if (sql === undefined) return done(null, conn);
      conn.run(sql, (err) => (err ? done(err, conn) : next(i + 1)));
    };
    next(0);
  };
}

import { MikroORM } from '@mikro-orm/core';
import pg from 'pg';
import type { AppConfig } from '../config/config.js';
import { ormOptions } from './orm-config.js';

/** Opens a short-lived ORM for maintenance work (migrations, seeding, CLI tools). */
export async function withOrm<T>(
  database: AppConfig['database'],
  fn: (orm: MikroORM) => Promise<T>,
): Promise<T> {
  const orm = await MikroORM.init({ ...ormOptions(database), allowGlobalContext: true });
  try {
    return await fn(orm);
  } finally {
    await orm.close(true);
  }
}

/** Applies every pending migration; returns the names applied. */
export async function migrate(orm: MikroORM): Promise<string[]> {
  const applied = await orm.getMigrator().up();
  return applied.map((m) => m.name);
}

/** The PostgreSQL advisory lock that one process at a time holds to migrate and seed. */
export const MIGRATION_LOCK_KEY = 7_210_519_019;

/**
 * Runs `fn` while holding the migration lock on PostgreSQL, so that processes started
 * together on an empty or older database apply migrations (and the demo data) once: the
 * others wait, then find nothing left to do. SQLite has one server process per file.
 */
export async function withMigrationLock<T>(
  database: AppConfig['database'],
  fn: () => Promise<T>,
): Promise<T> {
  if (database.kind !== 'postgresql') return fn();
  const client = new pg.Client({ connectionString: database.url });
  await client.connect();
  try {
    await client.query('select pg_advisory_lock($1)', [MIGRATION_LOCK_KEY]);
    return await fn();
  } finally {
    // Ending the session releases the lock too, also when the unlock itself failed.
    await client.query('select pg_advisory_unlock($1)', [MIGRATION_LOCK_KEY]).catch(() => null);
    await client.end();
  }
}

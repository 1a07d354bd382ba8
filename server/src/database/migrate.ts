import { MikroORM } from '@mikro-orm/core';
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

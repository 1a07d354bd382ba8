import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { AppConfig } from '../config/config.js';
import { startEmbeddedPostgres } from '../database/embedded-postgres.js';
import { migrate, withOrm } from '../database/migrate.js';

/**
 * Generates the next migration for both dialects from the entity list: a fresh
 * database gets every existing migration, and the difference to the entities
 * becomes the new migration. Nothing depends on a developer's local database.
 */
async function createFor(database: AppConfig['database'], name: string | undefined): Promise<void> {
  await withOrm(database, async (orm) => {
    await migrate(orm);
    const result = await orm.getMigrator().createMigration(undefined, false, false, name);
    process.stdout.write(
      result.fileName
        ? `${database.kind}: wrote ${result.fileName}\n`
        : `${database.kind}: entities and migrations already agree\n`,
    );
  });
}

const name = process.argv[2];
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'linje-migrations-'));
try {
  await createFor({ kind: 'sqlite', path: path.join(dir, 'gen.sqlite') }, name);
  const pg = await startEmbeddedPostgres();
  try {
    await createFor({ kind: 'postgresql', url: pg.url }, name);
  } finally {
    await pg.stop();
  }
} finally {
  fs.rmSync(dir, { recursive: true, force: true });
}

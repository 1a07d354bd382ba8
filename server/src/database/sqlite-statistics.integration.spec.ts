import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { seedDemo } from '../demo/demo-seed.js';
import { withOrm } from './migrate.js';

const BEFORE_PARTIAL_INDEX = 'Migration20261202075252_QueueSortIndexes';

describe('indexes added by migrations on SQLite', () => {
  const dirs: string[] = [];
  afterEach(() => {
    for (const dir of dirs.splice(0)) fs.rmSync(dir, { recursive: true, force: true });
  });
  const database = () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'linje-stat-'));
    dirs.push(dir);
    return { kind: 'sqlite' as const, path: path.join(dir, 'db.sqlite') };
  };
  type Row = { idx: string };

  it('get statistics of their own when the database was analysed before', async () => {
    await withOrm(database(), async (orm) => {
      const conn = orm.em.getConnection();
      await orm.getMigrator().up({ to: BEFORE_PARTIAL_INDEX });
      // ANALYZE writes nothing for an empty table.
      await seedDemo(orm.em.fork(), new Date('2026-11-02T09:00:00Z'), { coreOnly: true });
      await conn.execute('analyze');
      await orm.getMigrator().up();
      const indexes: { name: string }[] = await conn.execute(
        "select name from sqlite_master where type = 'index' and tbl_name = 'ticket' order by name",
      );
      const analysed: Row[] = await conn.execute(
        "select distinct idx from sqlite_stat1 where tbl = 'ticket' order by idx",
      );
      expect(indexes.map((i) => i.name)).toContain('ticket_group_created_idx');
      expect(analysed.map((r) => r.idx)).toEqual(indexes.map((i) => i.name));
      const [deadline]: { sql: string }[] = await conn.execute(
        "select sql from sqlite_master where name = 'ticket_sla_due_idx'",
      );
      expect(deadline?.sql).toContain('where sla_due_at is not null');
    });
  });

  it('leaves a database that was never analysed without statistics', async () => {
    await withOrm(database(), async (orm) => {
      await orm.getMigrator().up();
      const rows: unknown[] = await orm.em
        .getConnection()
        .execute("select 1 from sqlite_master where name = 'sqlite_stat1'");
      expect(rows).toHaveLength(0);
    });
  });
});

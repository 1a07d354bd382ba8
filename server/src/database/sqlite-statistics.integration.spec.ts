import { randomUUID } from 'node:crypto';
import fs from 'node:fs';
import type { Connection } from '@mikro-orm/core';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { withOrm } from './migrate.js';

const BEFORE_PARTIAL_INDEX = 'Migration20261202075252_QueueSortIndexes';

interface Column {
  name: string;
  type: string;
  notnull: number;
  dflt_value: unknown;
  pk: number;
}

/**
 * Rows in the ticket table as it was at an older migration, whatever its columns were then:
 * the current entities (and so the demo data) no longer fit that schema.
 */
async function fillTickets(conn: Connection, count: number): Promise<void> {
  const columns: Column[] = await conn.execute('pragma table_info(ticket)');
  // The deadline too: the partial indexes cover only tickets that have one.
  const needed = columns.filter(
    (c) => c.pk || (c.notnull && c.dflt_value === null) || c.name === 'sla_due_at',
  );
  await conn.execute('pragma foreign_keys = off');
  for (let i = 0; i < count; i++) {
    const values = needed.map((c) =>
      c.pk ? randomUUID() : /INT|REAL|NUM|DATE/i.test(c.type) ? i : `${c.name}-${i}`,
    );
    await conn.execute(
      `insert into ticket (${needed.map((c) => `"${c.name}"`).join(', ')}) values (${needed.map(() => '?').join(', ')})`,
      values,
    );
  }
  await conn.execute('pragma foreign_keys = on');
}

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
      await fillTickets(conn, 50);
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

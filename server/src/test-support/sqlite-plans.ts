import { MikroORM } from '@mikro-orm/core';
import type { TestApp } from './test-app.js';

export interface RanStatement {
  sql: string;
  params: unknown[];
}

/**
 * Records the statements `app` runs whose SQL passes `keep`, and reads their query plans
 * (SQLite's `explain query plan`) on the same connection. `stop()` puts the connection back.
 */
export function recordStatements(app: TestApp, keep: (sql: string) => boolean) {
  const connection = app.running.app.get(MikroORM).em.getConnection();
  const original = connection.execute.bind(connection);
  const ran: RanStatement[] = [];
  connection.execute = ((...args: Parameters<typeof original>) => {
    const [sql, params] = args;
    if (typeof sql === 'string' && keep(sql)) {
      ran.push({ sql, params: [...((params as unknown[] | undefined) ?? [])] });
    }
    return original(...args);
  }) as typeof connection.execute;
  return {
    ran,
    /** The plan's lines on the table aliased `t`, and whether it sorts anything. */
    async planOf(statement: RanStatement): Promise<{ onTicket: string[]; sorts: boolean }> {
      const plan: { detail: string }[] = await original(
        `explain query plan ${statement.sql}`,
        statement.params,
      );
      const details = plan.map((p) => p.detail);
      return {
        onTicket: details.filter((d) => /^(SEARCH|SCAN) t /.test(d)),
        sorts: details.some((d) => d.includes('TEMP B-TREE')),
      };
    },
    stop: () => {
      connection.execute = original;
    },
  };
}

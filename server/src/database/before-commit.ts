import {
  MikroORM,
  type EntityClass,
  type EntityData,
  type EntityManager,
  type EventSubscriber,
  type TransactionEventArgs,
} from '@mikro-orm/core';
import { SqlitePlatform } from '@mikro-orm/sqlite';
import { Global, Injectable, Module, type OnModuleInit } from '@nestjs/common';

/**
 * Writes a transaction saves up and runs in one go just before it commits. On SQLite a
 * transaction's writes are sent together and may run in any order, so none may depend on
 * another.
 */
export interface PendingWrite {
  write(em: EntityManager, transaction: object): Promise<void>;
}

/**
 * Lets a transaction gather rows that every unit in it adds (timers, counters) and write
 * them with one statement each just before COMMIT, instead of one statement per unit. On
 * SQLite's single connection every statement inside a transaction holds up all other
 * requests, and a group commit (group-commit.ts) holds up to 64 filings.
 *
 * Only root transactions are deferred: MikroORM runs commit hooks for those alone, so
 * inside a nested transaction (a savepoint) `pending` answers null and callers write at
 * once. A rollback drops what was gathered with the transaction object.
 */
@Injectable()
export class BeforeCommit implements EventSubscriber, OnModuleInit {
  private readonly writes = new WeakMap<object, Map<string, PendingWrite>>();

  constructor(private readonly orm: MikroORM) {}

  onModuleInit(): void {
    this.orm.em.getEventManager().registerSubscriber(this);
  }

  /**
   * The pending write `key` of `em`'s transaction, made by `make` on first use; null when
   * `em` is not in a root transaction, and the caller must write now.
   */
  pending<T extends PendingWrite>(em: EntityManager, key: string, make: () => T): T | null {
    const transaction = em.getTransactionContext<object>();
    if (!transaction || isNested(transaction)) return null;
    // Only for transactions whose commit this subscriber hears (not before it is
    // registered, nor those of another ORM instance): a gathered write would be lost.
    if (!em.getEventManager().getSubscribers().has(this)) return null;
    let writes = this.writes.get(transaction);
    if (!writes) {
      writes = new Map();
      this.writes.set(transaction, writes);
    }
    let write = writes.get(key) as T | undefined;
    if (!write) {
      write = make();
      writes.set(key, write);
    }
    return write;
  }

  /**
   * Gathers a new row of `entity` to be inserted with the transaction's other rows of that
   * entity, in multi-row INSERTs just before COMMIT and so after the flush: a row may refer
   * to entities the flush writes. It bypasses the unit of work (no entity, no change set),
   * which for rows that are written once and never changed in the same transaction (audit
   * events, a new ticket's SLA record) was most of their cost. Answers false when `em` is
   * not in a root transaction: the caller then persists the row as an entity.
   */
  insertBeforeCommit<T extends object>(
    em: EntityManager,
    entity: EntityClass<T>,
    row: EntityData<T>,
  ): boolean {
    const inserts = this.pending(em, `insert ${entity.name}`, () => new PendingInserts(entity));
    if (!inserts) return false;
    inserts.rows.push(row as EntityData<object>);
    return true;
  }

  /**
   * Takes back a row of `entity` gathered by insertBeforeCommit in `em`'s transaction that
   * `matches`, for a caller that needs to change it within the transaction (it then
   * persists it as an entity); null when there is none.
   */
  takeBack<T extends object>(
    em: EntityManager,
    entity: EntityClass<T>,
    matches: (row: EntityData<T>) => boolean,
  ): EntityData<T> | null {
    const transaction = em.getTransactionContext<object>();
    const inserts = transaction && this.writes.get(transaction)?.get(`insert ${entity.name}`);
    if (!(inserts instanceof PendingInserts)) return null;
    const rows = inserts.rows as EntityData<T>[];
    const at = rows.findIndex(matches);
    if (at < 0) return null;
    return rows.splice(at, 1)[0] ?? null;
  }

  async beforeTransactionCommit(args: TransactionEventArgs): Promise<void> {
    const transaction = args.transaction as object | undefined;
    if (!transaction) return;
    const writes = this.writes.get(transaction);
    if (!writes) return;
    this.writes.delete(transaction);
    const all = [...writes.values()];
    if (!(args.em.getPlatform() instanceof SqlitePlatform)) {
      // node-postgres runs one query at a time per connection anyway.
      for (const write of all) await write.write(args.em, transaction);
      return;
    }
    // Sent together, not one after another: SQLite's driver then runs them back to back
    // on its worker thread, instead of each waiting for this thread to take the previous
    // one's result, and during a group commit this thread is busy with the next requests
    // (about a tenth more filings a second over GraphQL).
    const done = await Promise.allSettled(all.map((write) => write.write(args.em, transaction)));
    const failed = done.find((result) => result.status === 'rejected');
    if (failed) throw failed.reason;
  }
}

/** Rows per INSERT: far below SQLite's and PostgreSQL's limits on bound parameters. */
const INSERT_ROWS_PER_STATEMENT = 200;

class PendingInserts implements PendingWrite {
  readonly rows: EntityData<object>[] = [];

  constructor(private readonly entity: EntityClass<object>) {}

  async write(em: EntityManager, transaction: object): Promise<void> {
    // Dates as the unit of work stores them (SQLite keeps timestamps as numbers).
    const platform = em.getPlatform();
    const rows = this.rows.map((row) => {
      const out: Record<string, unknown> = {};
      for (const [key, value] of Object.entries(row)) {
        out[key] = value instanceof Date ? platform.processDateProperty(value) : value;
      }
      return out as EntityData<object>;
    });
    for (let i = 0; i < rows.length; i += INSERT_ROWS_PER_STATEMENT) {
      await em.insertMany(this.entity, rows.slice(i, i + INSERT_ROWS_PER_STATEMENT), {
        ctx: transaction,
      });
    }
  }
}

/** MikroORM marks a nested transaction with a symbol pointing at its parent. */
function isNested(transaction: object): boolean {
  return Object.getOwnPropertySymbols(transaction).some(
    (s) => s.description === 'parentTransaction',
  );
}

@Global()
@Module({ providers: [BeforeCommit], exports: [BeforeCommit] })
export class BeforeCommitModule {}

import {
  MikroORM,
  type EntityManager,
  type EventSubscriber,
  type TransactionEventArgs,
} from '@mikro-orm/core';
import { Global, Injectable, Module, type OnModuleInit } from '@nestjs/common';

/** Writes a transaction saves up and runs in one go just before it commits. */
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

  async beforeTransactionCommit(args: TransactionEventArgs): Promise<void> {
    const transaction = args.transaction as object | undefined;
    if (!transaction) return;
    const writes = this.writes.get(transaction);
    if (!writes) return;
    this.writes.delete(transaction);
    for (const write of writes.values()) await write.write(args.em, transaction);
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

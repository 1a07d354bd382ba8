import { FlushMode, MikroORM, type EntityManager } from '@mikro-orm/core';
import { Injectable } from '@nestjs/common';
import { TENANT_FILTER } from './tenant-filter.js';

/** A unit of work: adds to `em` (and may run statements in its transaction); never flushes. */
export type Unit<T> = (em: EntityManager) => Promise<T>;

interface Waiting {
  tenantId: string;
  unit: Unit<unknown>;
  resolve: (value: unknown) => void;
  reject: (reason: unknown) => void;
}

const nextTurn = (): Promise<void> => new Promise((resolve) => setImmediate(resolve));

/** Enough to amortise BEGIN/COMMIT and make the inserts multi-row, small enough to stay short. */
export const GROUP_COMMIT_MAX = 64;

/**
 * Group commit. On SQLite's single connection every transaction waits for the one before
 * it, so a burst of filings (an outage: hundreds of people report the same thing) queued
 * one BEGIN … COMMIT each behind the others. Units that arrive while a transaction is
 * running now wait for it and then commit together in the next one: one BEGIN/COMMIT,
 * one flush, one multi-row INSERT per table. A unit arriving when nothing runs waits only
 * for the end of the event loop's current turn.
 *
 * Each unit still succeeds or fails on its own: when anything in the shared transaction
 * fails, all of it is rolled back and every unit runs again in a transaction of its own.
 * Units must therefore only add to the unit of work they are given (and run statements in
 * its transaction), with their effects outside the database left to their callers, after
 * `run` resolves — which is after the commit.
 */
@Injectable()
export class GroupCommit {
  private waiting: Waiting[] = [];
  private draining = false;

  constructor(private readonly orm: MikroORM) {}

  /** Runs `unit` in a transaction scoped to `tenantId`, shared with the units waiting beside it. */
  run<T>(tenantId: string, unit: Unit<T>): Promise<T> {
    return new Promise<T>((resolve, reject) => {
      this.waiting.push({
        tenantId,
        unit,
        resolve: resolve as (value: unknown) => void,
        reject,
      });
      void this.drain();
    });
  }

  private async drain(): Promise<void> {
    if (this.draining) return;
    this.draining = true;
    try {
      while (this.waiting.length > 0) {
        // One turn of the event loop first: the units a commit has just released come
        // back within it, and so join this batch instead of the one after. Without it,
        // a burst settled into alternating batches of one and of all the rest.
        await nextTurn();
        const batch = this.waiting.splice(0, GROUP_COMMIT_MAX);
        if (batch.length === 1) {
          await this.alone(batch[0] as Waiting);
          continue;
        }
        try {
          const values = await this.commit(batch);
          batch.forEach((w, i) => w.resolve(values[i]));
        } catch {
          // Something in the shared transaction failed and all of it was rolled back:
          // each unit gets its own transaction, so only the failing one fails.
          for (const w of batch) await this.alone(w);
        }
      }
    } finally {
      this.draining = false;
    }
  }

  private async alone(w: Waiting): Promise<void> {
    try {
      const [value] = await this.commit([w]);
      w.resolve(value);
    } catch (err) {
      w.reject(err);
    }
  }

  private async commit(batch: readonly Waiting[]): Promise<unknown[]> {
    const em = this.orm.em.fork({ clear: true, flushMode: FlushMode.COMMIT });
    // The scope of the request em does not reach this fork: it covers exactly the
    // municipalities the units write for.
    const scope = { tenantIds: [...new Set(batch.map((w) => w.tenantId))] };
    em.setFilterParams(TENANT_FILTER, scope);
    em.setFilterParams('ownTenants', scope);
    return em.transactional(
      async (tx) => {
        const values: unknown[] = [];
        for (const w of batch) values.push(await w.unit(tx));
        return values;
      },
      { flushMode: FlushMode.COMMIT },
    );
  }
}

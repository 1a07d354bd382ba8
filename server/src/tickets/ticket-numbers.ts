import type { EntityManager } from '@mikro-orm/core';
import { Injectable } from '@nestjs/common';
import { BeforeCommit, type PendingWrite } from '../database/before-commit.js';

interface Counter {
  tenantId: string;
  period: string;
  last: number;
}

/**
 * Gap-free ticket sequences per municipality and month (the 0042 of KAV-2611-0042).
 *
 * Outside a transaction each number is one atomic bump of the counter row. Inside one, the
 * first number of a municipality and month reads the row with an upsert that, on
 * PostgreSQL, locks it until commit, so no other transaction numbers that month meanwhile;
 * the rest are counted in memory and the row is written once before COMMIT. A group
 * commit of 64 filings so runs two counter statements instead of 64. A rollback discards
 * the count with the transaction, so numbers stay gap-free.
 */
@Injectable()
export class TicketNumbers {
  constructor(private readonly beforeCommit: BeforeCommit) {}

  async next(em: EntityManager, tenantId: string, period: string): Promise<number> {
    const counters = this.beforeCommit.pending(em, 'ticket-counters', () => new PendingCounters());
    if (!counters) return bump(em, tenantId, period, 1);
    const key = `${tenantId} ${period}`;
    const known = counters.get(key);
    if (known) return (known.last += 1);
    const last = (await bump(em, tenantId, period, 0)) + 1;
    counters.set(key, { tenantId, period, last });
    return last;
  }
}

/** Adds `by` to the counter (creating it at `by`) and returns its new value. */
async function bump(
  em: EntityManager,
  tenantId: string,
  period: string,
  by: 0 | 1,
): Promise<number> {
  const rows: { last_seq: number }[] = await em
    .getConnection()
    .execute(
      'insert into ticket_counter (tenant_id, period, last_seq) values (?, ?, ?) ' +
        'on conflict (tenant_id, period) do update set last_seq = ticket_counter.last_seq + ? ' +
        'returning last_seq',
      [tenantId, period, by, by],
      'all',
      em.getTransactionContext(),
    );
  const seq = rows[0]?.last_seq;
  if (typeof seq !== 'number') throw new Error('ticket counter did not return a sequence');
  return seq;
}

class PendingCounters extends Map<string, Counter> implements PendingWrite {
  async write(em: EntityManager, transaction: object): Promise<void> {
    for (const { tenantId, period, last } of this.values()) {
      await em
        .getConnection()
        .execute(
          'update ticket_counter set last_seq = ? where tenant_id = ? and period = ?',
          [last, tenantId, period],
          'run',
          transaction,
        );
    }
  }
}

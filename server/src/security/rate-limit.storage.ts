import { MikroORM } from '@mikro-orm/core';
import type { ThrottlerStorage } from '@nestjs/throttler';
import type { Clock } from '../common/clock.js';

/** What @nestjs/throttler expects back from its storage (seconds, as its memory store). */
export interface RateLimitRecord {
  totalHits: number;
  timeToExpire: number;
  isBlocked: boolean;
  timeToBlockExpire: number;
}

interface BucketRow {
  hits: number | string;
  window_ends_ms: number | string;
  blocked_until_ms: number | string;
}

/**
 * Counts a hit and answers the bucket's state in one statement, so processes sharing the
 * database never lose or double a hit: PostgreSQL locks the row for the upsert, SQLite has
 * one writer. A window that has run out starts again at one hit; a bucket over its limit is
 * blocked for the block duration (the window, as the throttler's default). `returning` stays
 * on the line before it, after a space: that is how MikroORM's SQLite dialect tells a raw
 * insert that answers rows from one that does not.
 */
const UPSERT_SQL = `insert into rate_limit (bucket, hits, window_ends_ms, blocked_until_ms)
values (?, 1, ?, 0)
on conflict (bucket) do update set
  hits = case when rate_limit.window_ends_ms <= ? then 1 else rate_limit.hits + 1 end,
  window_ends_ms = case when rate_limit.window_ends_ms <= ? then excluded.window_ends_ms else rate_limit.window_ends_ms end,
  blocked_until_ms = case
    when rate_limit.blocked_until_ms > ? then rate_limit.blocked_until_ms
    when (case when rate_limit.window_ends_ms <= ? then 1 else rate_limit.hits + 1 end) > ? then ?
    else rate_limit.blocked_until_ms end returning hits, window_ends_ms, blocked_until_ms`;

/** Buckets whose window and block have both run out. */
const PRUNE_SQL = `delete from rate_limit where window_ends_ms < ? and blocked_until_ms < ?`;
const PRUNE_EVERY_MS = 5 * 60_000;

/** @nestjs/throttler storage in the `rate_limit` table, shared by every server process. */
export class DatabaseThrottlerStorage implements ThrottlerStorage {
  private lastPruneMs = 0;

  constructor(
    private readonly orm: MikroORM,
    private readonly clock: Clock,
  ) {}

  async increment(
    key: string,
    ttl: number,
    limit: number,
    blockDuration: number,
  ): Promise<RateLimitRecord> {
    const now = this.clock.now().getTime();
    const conn = this.orm.em.getConnection();
    if (now - this.lastPruneMs >= PRUNE_EVERY_MS) {
      this.lastPruneMs = now;
      await conn.execute(PRUNE_SQL, [now, now], 'run');
    }
    const rows = (await conn.execute(
      UPSERT_SQL,
      [key, now + ttl, now, now, now, now, limit, now + blockDuration],
      'all',
    )) as BucketRow[];
    const row = rows[0];
    if (!row) throw new Error('rate limit upsert returned no row');
    const blockedUntil = Number(row.blocked_until_ms);
    const isBlocked = blockedUntil > now;
    return {
      totalHits: Number(row.hits),
      timeToExpire: Math.max(0, Math.ceil((Number(row.window_ends_ms) - now) / 1000)),
      isBlocked,
      timeToBlockExpire: isBlocked ? Math.max(1, Math.ceil((blockedUntil - now) / 1000)) : 0,
    };
  }
}

import { Entity, PrimaryKey, Property } from '@mikro-orm/core';

/**
 * One rate-limit bucket (a throttler name and a hashed tracker: a person or a client
 * address). Kept in the database so every server process counts the same requests; it is
 * read and written in one atomic upsert (rate-limit.storage.ts). The instants are epoch
 * milliseconds rather than Date columns so that upsert can compare and add to them in SQL
 * alike on SQLite and PostgreSQL.
 */
@Entity({ tableName: 'rate_limit' })
export class RateLimitBucket {
  @PrimaryKey({ type: 'string', length: 64 })
  bucket!: string;

  @Property({ type: 'integer' })
  hits!: number;

  @Property({ type: 'double', index: true })
  windowEndsMs!: number;

  @Property({ type: 'double' })
  blockedUntilMs!: number;
}

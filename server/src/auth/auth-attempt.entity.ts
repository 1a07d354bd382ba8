import { Entity, Index, PrimaryKey, Property } from '@mikro-orm/core';

/**
 * A failed sign-in or reset attempt, keyed by client IP ("ip:…") or by the identifier
 * typed ("id:…", whether or not such an account exists). Kept in the database so every
 * server process throttles alike; rows older than the window are pruned as they are read.
 */
@Entity({ tableName: 'auth_attempt' })
@Index({ properties: ['key', 'at'] })
export class AuthAttempt {
  @PrimaryKey({ type: 'string', length: 36 })
  id!: string;

  @Property({ type: 'string', length: 300 })
  key!: string;

  @Property({ type: 'Date' })
  at!: Date;
}

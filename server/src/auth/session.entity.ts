import { Entity, ManyToOne, PrimaryKey, Property } from '@mikro-orm/core';
import { Person } from '../people/person.entity.js';

/**
 * A signed-in browser. Kept in the database so every server process shares it;
 * only a SHA-256 of the cookie token is stored.
 */
@Entity({ tableName: 'session' })
export class Session {
  @PrimaryKey({ type: 'string', length: 64 })
  tokenHash!: string;

  @ManyToOne(() => Person, { index: true })
  person!: Person;

  @Property({ type: 'Date' })
  createdAt!: Date;

  @Property({ type: 'Date', index: true })
  expiresAt!: Date;

  /** The last request seen on this session (to the minute), for the idle limit; null until the first. */
  @Property({ type: 'Date', nullable: true })
  lastSeenAt?: Date | null;
}

import { Entity, ManyToOne, PrimaryKey, Property } from '@mikro-orm/core';
import { Person } from '../people/person.entity.js';

/** A one-time password reset code sent to the owner's mobile or e-mail; only its hash is kept. */
@Entity({ tableName: 'password_reset_code' })
export class PasswordResetCode {
  @PrimaryKey({ type: 'string', length: 36 })
  id!: string;

  @ManyToOne(() => Person, { index: true })
  person!: Person;

  @Property({ type: 'string', length: 64, hidden: true })
  codeHash!: string;

  /** SMS or EMAIL. */
  @Property({ type: 'string', length: 8 })
  channel!: string;

  /** Who asked: the owner (null) or a colleague's person id. */
  @Property({ type: 'string', length: 36, nullable: true })
  requestedBy?: string | null;

  @Property({ type: 'integer' })
  attempts: number = 0;

  @Property({ type: 'Date' })
  createdAt!: Date;

  @Property({ type: 'Date' })
  expiresAt!: Date;

  @Property({ type: 'Date', nullable: true })
  usedAt?: Date | null;
}

import { Entity, ManyToOne, PrimaryKey, Property } from '@mikro-orm/core';
import { Person } from '../people/person.entity.js';

/** Earlier password hashes of a person, so the tenant's history rule can refuse reuse. */
@Entity({ tableName: 'password_history' })
export class PasswordHistory {
  @PrimaryKey({ type: 'string', length: 36 })
  id!: string;

  @ManyToOne(() => Person, { index: true })
  person!: Person;

  @Property({ type: 'string', length: 200, hidden: true })
  passwordHash!: string;

  @Property({ type: 'Date' })
  createdAt!: Date;
}

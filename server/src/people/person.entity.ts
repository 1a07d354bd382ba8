import {
  Entity,
  Index,
  ManyToOne,
  OptionalProps,
  PrimaryKey,
  Property,
  Unique,
} from '@mikro-orm/core';
import type { Role } from '@linje/shared';
import { TenantOwned } from '../database/tenant-owned.entity.js';

export const PERSON_KINDS = [
  'EMPLOYEE',
  'SUBSTITUTE',
  'CONSULTANT',
  'INTERN',
  'CONTRACTOR',
] as const;
export type PersonKind = (typeof PERSON_KINDS)[number];

@Entity({ tableName: 'person' })
@Unique({ properties: ['tenant', 'username'] })
@Index({ properties: ['tenant', 'manager'] })
export class Person extends TenantOwned {
  [OptionalProps]?: 'kind' | 'roles' | 'absent';

  @PrimaryKey({ type: 'string', length: 36 })
  id!: string;

  @Property({ type: 'string', length: 64 })
  username!: string;

  @Property({ type: 'string', length: 100 })
  givenName!: string;

  @Property({ type: 'string', length: 100 })
  surname!: string;

  @Property({ type: 'string', length: 200, nullable: true })
  email?: string | null;

  /** Registered mobile, used for SMS codes. */
  @Property({ type: 'string', length: 40, nullable: true })
  mobile?: string | null;

  /** Work phone shown on call lists and escalation chains. */
  @Property({ type: 'string', length: 40, nullable: true })
  workPhone?: string | null;

  /** Job title as people say it, e.g. "Head of finance & governance". */
  @Property({ type: 'string', length: 200, nullable: true })
  jobTitle?: string | null;

  @Property({ type: 'string', length: 16 })
  kind: PersonKind = 'EMPLOYEE';

  @ManyToOne(() => Person, { nullable: true })
  manager?: Person | null;

  @Property({ type: 'json' })
  roles: Role[] = [];

  @Property({ type: 'string', length: 200, nullable: true, hidden: true, lazy: true })
  passwordHash?: string | null;

  @Property({ type: 'boolean' })
  absent: boolean = false;

  @ManyToOne(() => Person, { nullable: true })
  deputy?: Person | null;

  @Property({ type: 'datetime' })
  createdAt!: Date;
}

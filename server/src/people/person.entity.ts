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
import { OrgUnit } from '../org/org-unit.entity.js';

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
@Index({ properties: ['tenant', 'email'] })
@Unique({ properties: ['tenant', 'personNumber'] })
export class Person extends TenantOwned {
  [OptionalProps]?:
    'kind' | 'roles' | 'absent' | 'mustChangePassword' | 'failedSignIns' | 'accountEnabled';

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

  @ManyToOne(() => OrgUnit, { nullable: true })
  orgUnit?: OrgUnit | null;

  /** The HR register's id for the person (anställningsnummer); the key HR imports match on. */
  @Property({ type: 'string', length: 40, nullable: true })
  personNumber?: string | null;

  /** YYYY-MM-DD; the username scheme of some tenants uses it. */
  @Property({ type: 'string', length: 10, nullable: true, lazy: true })
  birthDate?: string | null;

  /** First day of the engagement (YYYY-MM-DD, tenant's local date). */
  @Property({ type: 'string', length: 10, nullable: true })
  startDate?: string | null;

  /** End date of the engagement (YYYY-MM-DD); the account is inactive from this date on. */
  @Property({ type: 'string', length: 10, nullable: true })
  endDate?: string | null;

  /** New accounts become usable at this instant (registration + 48 h); null = at once. */
  @Property({ type: 'Date', nullable: true })
  activeFrom?: Date | null;

  /** An administrator may switch an account off regardless of dates. */
  @Property({ type: 'boolean' })
  accountEnabled: boolean = true;

  /** When the current password was set; null = at createdAt. */
  @Property({ type: 'Date', nullable: true })
  passwordChangedAt?: Date | null;

  /** Set by temporary passwords (manager/support reset, first sign-in). */
  @Property({ type: 'boolean' })
  mustChangePassword: boolean = false;

  /** Consecutive failed sign-ins (reset on success or unlock). */
  @Property({ type: 'integer' })
  failedSignIns: number = 0;

  @Property({ type: 'Date', nullable: true })
  lastFailedSignInAt?: Date | null;

  @Property({ type: 'Date' })
  createdAt!: Date;

  /** The interface language the person chose (sv, nb, en); null: browser, then municipality. */
  @Property({ type: 'string', length: 8, nullable: true })
  language?: string | null;
}

import { Entity, PrimaryKey, Property } from '@mikro-orm/core';
import { PASSWORD_POLICY_SEED_004, type PasswordPolicy, type UsernameScheme } from '@linje/shared';

/** Per-tenant switches for how things are done there. */
export interface TenantFeatureRules {
  /** Remote access is ordered by the person's manager naming the computer (Kävlinge). */
  remoteAccessOrderedByManager: boolean;
  /** International calling needs the manager's approval. */
  internationalCallsNeedApproval: boolean;
}

export const DEFAULT_FEATURE_RULES: TenantFeatureRules = {
  remoteAccessOrderedByManager: false,
  internationalCallsNeedApproval: true,
};

@Entity({ tableName: 'tenant' })
export class Tenant {
  @PrimaryKey({ type: 'string', length: 36 })
  id!: string;

  /** Short code used in ticket numbers, e.g. KAV. */
  @Property({ type: 'string', length: 8, unique: true })
  code!: string;

  @Property({ type: 'string', length: 200 })
  name!: string;

  /** IANA zone, e.g. Europe/Stockholm. */
  @Property({ type: 'string', length: 64 })
  timeZone!: string;

  /** ISO 3166 country code for public holidays and language defaults. */
  @Property({ type: 'string', length: 2 })
  country!: string;

  /** Urgent short number for critical problems, e.g. "95 99". */
  @Property({ type: 'string', length: 40, nullable: true })
  urgentPhone?: string | null;

  /** The service desk's ordinary phone queue. */
  @Property({ type: 'string', length: 40, nullable: true })
  supportPhone?: string | null;

  @Property({ type: 'string', length: 200, nullable: true })
  supportEmail?: string | null;

  /**
   * The address mail to the service desk is received at (lower case); mail to it becomes
   * tickets. One per municipality, and no two municipalities share one.
   */
  @Property({ type: 'string', length: 200, nullable: true, unique: true })
  mailboxAddress?: string | null;

  /**
   * Validated with shared `validatePasswordPolicy` whenever it is written; null means the
   * seed 004 defaults. Read it through `tenantPasswordPolicy`.
   */
  @Property({ type: 'json', nullable: true })
  passwordPolicy?: PasswordPolicy | null;

  /** Null means SURNAME2_GIVEN_FIRSTLAST_YYDD. Read it through `tenantUsernameScheme`. */
  @Property({ type: 'json', nullable: true })
  usernameScheme?: UsernameScheme | null;

  /** Null means the defaults. Read it through `tenantFeatureRules`. */
  @Property({ type: 'json', nullable: true })
  featureRules?: Partial<TenantFeatureRules> | null;

  @Property({ type: 'Date' })
  createdAt!: Date;
}

export function tenantPasswordPolicy(tenant: Pick<Tenant, 'passwordPolicy'>): PasswordPolicy {
  return tenant.passwordPolicy ?? PASSWORD_POLICY_SEED_004;
}

export function tenantUsernameScheme(tenant: Tenant): UsernameScheme {
  return tenant.usernameScheme ?? { kind: 'SURNAME2_GIVEN_FIRSTLAST_YYDD' };
}

export function tenantFeatureRules(tenant: Tenant): TenantFeatureRules {
  return { ...DEFAULT_FEATURE_RULES, ...tenant.featureRules };
}

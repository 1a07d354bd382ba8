import { isPasswordExpired, localDateOf, lockoutStatus, type LockoutStatus } from '@linje/shared';
import type { Person } from '../people/person.entity.js';
import { tenantPasswordPolicy, type Tenant } from '../tenants/tenant.entity.js';

export type AccountStatus = 'ACTIVE' | 'NOT_YET_ACTIVE' | 'ENDED' | 'DISABLED';

/** What status and password-age checks read: a loaded Person, or the session lookup's row. */
export type ViewerAccount = Pick<
  Person,
  | 'accountEnabled'
  | 'endDate'
  | 'activeFrom'
  | 'mustChangePassword'
  | 'passwordChangedAt'
  | 'createdAt'
> & { tenant: Pick<Tenant, 'timeZone' | 'passwordPolicy'> };

/**
 * Whether the account may be used at `now`, from timestamps only (no timers): new
 * accounts open at `activeFrom`, ended engagements close at the start of `endDate` in the
 * tenant's time zone, and administrators can switch an account off. Needs `tenant` loaded.
 */
export function accountStatus(person: ViewerAccount, now: Date): AccountStatus {
  if (!person.accountEnabled) return 'DISABLED';
  if (person.endDate && localDateOf(person.tenant.timeZone, now) >= person.endDate) return 'ENDED';
  if (person.activeFrom && now.getTime() < person.activeFrom.getTime()) return 'NOT_YET_ACTIVE';
  return 'ACTIVE';
}

/** Lockout from consecutive failed sign-ins under the tenant's policy. Needs `tenant` loaded. */
export function accountLockout(person: Person, now: Date): LockoutStatus {
  return lockoutStatus(
    tenantPasswordPolicy(person.tenant),
    { consecutiveFailures: person.failedSignIns, lastFailureAt: person.lastFailedSignInAt ?? null },
    now,
  );
}

export function isLocked(person: Person, now: Date): boolean {
  return accountLockout(person, now).kind !== 'NOT_LOCKED';
}

/** Temporary password, or a password older than the tenant's maximum age. */
export function mustChangePassword(person: ViewerAccount, now: Date): boolean {
  if (person.mustChangePassword) return true;
  const changedAt = person.passwordChangedAt ?? person.createdAt;
  return isPasswordExpired(tenantPasswordPolicy(person.tenant), changedAt, now);
}

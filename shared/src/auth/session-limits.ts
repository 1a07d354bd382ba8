import type { Role } from '../people/roles.js';

/** Roles that must sign in again after idling or a long day (agents and admins). */
export const REAUTHENTICATING_ROLES: readonly Role[] = [
  'AGENT_FIRST_LINE',
  'AGENT_SECOND_LINE',
  'IT_LEAD',
  'IT_SUPERIOR',
  'ADMINISTRATOR',
];

export function mustReauthenticate(roles: readonly Role[]): boolean {
  return roles.some((r) => REAUTHENTICATING_ROLES.includes(r));
}

export interface SessionTimes {
  createdAt: Date;
  /** The last request seen; null before the first after sign-in. */
  lastSeenAt: Date | null;
  expiresAt: Date;
}

export interface ReauthenticationLimits {
  idleMinutes: number;
  maxHours: number;
}

export type SessionState = 'ACTIVE' | 'EXPIRED' | 'IDLE' | 'TOO_OLD';

/**
 * Whether a session still holds at `now`. Everyone's session ends at `expiresAt`; for the
 * roles in REAUTHENTICATING_ROLES it also ends after `idleMinutes` without a request or
 * `maxHours` after sign-in, whichever comes first.
 */
export function sessionState(
  session: SessionTimes,
  roles: readonly Role[],
  limits: ReauthenticationLimits,
  now: Date,
): SessionState {
  const t = now.getTime();
  if (t >= session.expiresAt.getTime()) return 'EXPIRED';
  if (!mustReauthenticate(roles)) return 'ACTIVE';
  if (t >= session.createdAt.getTime() + limits.maxHours * 3_600_000) return 'TOO_OLD';
  const seen = (session.lastSeenAt ?? session.createdAt).getTime();
  if (t >= seen + limits.idleMinutes * 60_000) return 'IDLE';
  return 'ACTIVE';
}

import { createHash, randomBytes } from 'node:crypto';
import { EntityManager } from '@mikro-orm/core';
import { Inject, Injectable } from '@nestjs/common';
import { AppError } from '../common/app-error.js';
import { Clock } from '../common/clock.js';
import { APP_CONFIG } from '../config/config.module.js';
import type { AppConfig } from '../config/config.js';
import { Person } from '../people/person.entity.js';
import { mustReauthenticate, normalizePassword, sessionState, type Role } from '@linje/shared';
import { AuditService } from '../audit/audit.service.js';
import { tenantPasswordPolicy, type Tenant } from '../tenants/tenant.entity.js';
import { dateOf } from '../queue/queue-sql.js';
import {
  accountLockout,
  accountStatus,
  mustChangePassword,
  type AccountStatus,
  type ViewerAccount,
} from './account-state.js';
import type { ExternalIdentity } from './external-identity.js';
import { hashPassword, verifyPassword } from './password-hasher.js';
import { ThrottleService, identifierKey, ipKey } from './throttle.service.js';
import { Session } from './session.entity.js';
import type { Viewer } from './viewer.js';
import { ViewerRowsCache } from './viewer-rows-cache.js';

export const SESSION_COOKIE = 'linje_session';
const NO_TENANT_FILTERS = { filters: false } as const;
const LAST_SEEN_RESOLUTION_MS = 60_000;

/** How a session token is stored: only its hash, so a database copy opens no sessions. */
export function tokenHash(token: string): string {
  return createHash('sha256').update(token).digest('hex');
}

const ACCOUNT_STATUS_MESSAGES: Record<Exclude<AccountStatus, 'ACTIVE'>, string> = {
  NOT_YET_ACTIVE: 'Your account is not active yet. New accounts open 48 hours after registration.',
  ENDED: 'Your account has been closed because your engagement has ended.',
  DISABLED: 'Your account has been switched off. Contact IT support.',
};

/** A hash of a random password, so a wrong username costs as much time as a wrong password. */
const dummyHash = hashPassword(randomBytes(16).toString('hex'));

@Injectable()
export class SessionService {
  constructor(
    private readonly em: EntityManager,
    private readonly clock: Clock,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly throttle: ThrottleService,
    private readonly audit: AuditService,
    private readonly viewerRows: ViewerRowsCache,
  ) {}

  /**
   * Checks the credentials and opens a session; returns the cookie token. Throttled per
   * client address and per identifier. Every wrong password gets the same answer whether
   * or not the account exists; only the right password learns that an account is locked
   * or not active, so lockout cannot be used to find out who has an account.
   */
  async signIn(
    identifier: string,
    password: string,
    ip = 'unknown',
  ): Promise<{ token: string; expiresAt: Date }> {
    const id = identifier.trim();
    const keys = [ipKey(ip), identifierKey(id)] as const;
    await this.throttle.assertAllowed(...keys);
    const candidates = await this.em.find(
      Person,
      id.includes('@')
        ? { email: id.toLowerCase() }
        : { username: { $in: [id.toUpperCase(), id.toLowerCase()] } },
      { ...NO_TENANT_FILTERS, populate: ['passwordHash', 'tenant'] },
    );
    const person = candidates.length === 1 ? candidates[0] : undefined;
    const pw = normalizePassword(password);
    const ok = person?.passwordHash
      ? await verifyPassword(person.passwordHash, pw)
      : (await verifyPassword(await dummyHash, pw), false);
    const now = this.clock.now();
    if (!person || !ok) {
      await this.throttle.recordFailure(...keys);
      if (person) await this.recordFailedSignIn(person, now);
      throw AppError.unauthenticated('Wrong username or password.');
    }
    const lock = accountLockout(person, now);
    if (lock.kind !== 'NOT_LOCKED') {
      const until = lock.kind === 'LOCKED_UNTIL' ? lock.until.toISOString() : null;
      throw new AppError(
        'UNAUTHENTICATED',
        until
          ? 'Your account is locked after too many failed attempts. Try again later, or ask your manager or IT support to unlock it.'
          : 'Your account is locked after too many failed attempts. Ask your manager or IT support to unlock it.',
        {
          fields: [
            {
              field: 'identifier',
              code: 'ACCOUNT_LOCKED',
              message: 'is locked',
              params: { until },
            },
          ],
        },
      );
    }
    const status = accountStatus(person, now);
    if (status !== 'ACTIVE') {
      throw new AppError('UNAUTHENTICATED', ACCOUNT_STATUS_MESSAGES[status], {
        fields: [
          {
            field: 'identifier',
            code: `ACCOUNT_${status}`,
            message: 'cannot sign in',
            params: { activeFrom: person.activeFrom?.toISOString() ?? null },
          },
        ],
      });
    }

    if (person.failedSignIns > 0) {
      person.failedSignIns = 0;
      person.lastFailedSignInAt = null;
    }
    return this.openSession(person, now);
  }

  /**
   * Single sign-on (see external-identity.ts): the provider has verified who this is; the
   * person must be registered with that work e-mail and their account usable.
   */
  async signInWithExternalIdentity(
    identity: ExternalIdentity,
  ): Promise<{ token: string; expiresAt: Date }> {
    const email = identity.email?.trim().toLowerCase();
    const candidates = email
      ? await this.em.find(Person, { email }, { ...NO_TENANT_FILTERS, populate: ['tenant'] })
      : [];
    const person = candidates.length === 1 ? candidates[0] : undefined;
    if (!person) {
      throw AppError.unauthenticated(
        'Your organisation account is not registered in Linje. Contact IT support.',
      );
    }
    const now = this.clock.now();
    const status = accountStatus(person, now);
    if (status !== 'ACTIVE') {
      throw AppError.unauthenticated(ACCOUNT_STATUS_MESSAGES[status]);
    }
    return this.openSession(person, now);
  }

  private async openSession(
    person: Person,
    now: Date,
  ): Promise<{ token: string; expiresAt: Date }> {
    const token = randomBytes(32).toString('base64url');
    const expiresAt = new Date(now.getTime() + this.config.sessionTtlHours * 3_600_000);
    await this.em.transactional(async (em) => {
      em.create(Session, { tokenHash: tokenHash(token), person, createdAt: now, expiresAt });
      this.audit.record(em, {
        tenantId: person.tenant.id,
        actorId: person.id,
        action: 'signin.succeeded',
        entityType: 'Person',
        entityId: person.id,
      });
    });
    return { token, expiresAt };
  }

  private async recordFailedSignIn(person: Person, now: Date): Promise<void> {
    // A timed lockout that has run out starts the count afresh.
    const expired =
      person.failedSignIns > 0 &&
      accountLockout(person, now).kind === 'NOT_LOCKED' &&
      person.failedSignIns >= tenantPasswordPolicy(person.tenant).lockoutThreshold;
    await this.em.transactional(async (em) => {
      const fresh = await em.findOneOrFail(Person, { id: person.id }, NO_TENANT_FILTERS);
      fresh.failedSignIns = expired ? 1 : fresh.failedSignIns + 1;
      fresh.lastFailedSignInAt = now;
      this.audit.record(em, {
        tenantId: person.tenant.id,
        actorId: null,
        action: 'signin.failed',
        entityType: 'Person',
        entityId: person.id,
      });
      if (fresh.failedSignIns === tenantPasswordPolicy(person.tenant).lockoutThreshold) {
        this.audit.record(em, {
          tenantId: person.tenant.id,
          actorId: null,
          action: 'account.locked',
          entityType: 'Person',
          entityId: person.id,
        });
      }
    });
  }

  /** Ends every session of a person (sign-out everywhere, password reset). */
  async revokeAll(em: EntityManager, personId: string): Promise<number> {
    return em.nativeDelete(Session, { person: personId });
  }

  async signOut(token: string | undefined): Promise<void> {
    if (!token) return;
    await this.em.nativeDelete(Session, { tokenHash: tokenHash(token) });
  }

  /**
   * Resolves a cookie token to the viewer, or null when missing, unknown or expired.
   * Runs on every request, so it is one statement read as plain rows (session, person,
   * tenant and one row per access grant): loading and hydrating the same facts as entities
   * took three statements and most of a simple request's time. On SQLite the rows are
   * cached until this process writes to one of their tables (viewer-rows-cache.ts), so
   * sign-out, revocation, role and grant changes still apply from the very next request;
   * on PostgreSQL every request reads them, so they do in every server process.
   */
  async viewerForToken(token: string | undefined): Promise<Viewer | null> {
    return (await this.resolveToken(token)).viewer;
  }

  /**
   * Whether a long-lived connection's session still holds; asks the database at most once a
   * minute per connection (`memo` is the connection's own state), without marking activity:
   * receiving live events is not using Linje.
   */
  async stillOpen(
    token: string | undefined,
    memo: { sessionCheckedAt?: number },
  ): Promise<boolean> {
    const now = this.clock.now().getTime();
    if (
      memo.sessionCheckedAt !== undefined &&
      now - memo.sessionCheckedAt < LAST_SEEN_RESOLUTION_MS
    )
      return true;
    memo.sessionCheckedAt = now;
    return (await this.resolveToken(token, { touch: false })).viewer !== null;
  }

  /**
   * As viewerForToken, and says whether the cookie named a session that has just ended by
   * the re-authentication limits for agents and admins (idle or too long since sign-in). Such
   * a session is deleted, so the answer is given once and the next request is simply signed out.
   */
  async resolveToken(
    token: string | undefined,
    options: { touch: boolean } = { touch: true },
  ): Promise<{ viewer: Viewer | null; sessionEnded: boolean }> {
    const ended = { viewer: null, sessionEnded: false };
    if (!token) return ended;
    const hash = tokenHash(token);
    const rows = await this.viewerRows.get<ViewerRow>(hash, () =>
      this.em.getConnection().execute(VIEWER_SQL, [hash], 'all'),
    );
    const first = rows[0];
    if (!first) return ended;
    const now = this.clock.now();
    const expiresAt = dateOf(first.expires_at);
    if (!expiresAt || expiresAt.getTime() <= now.getTime()) return ended;
    const roles = [...(json<Role[]>(first.roles) ?? [])];
    const createdAt = dateOf(first.session_created_at) ?? now;
    const lastSeenAt = dateOf(first.last_seen_at);
    const state = sessionState(
      { createdAt, lastSeenAt, expiresAt },
      roles,
      this.config.agentSession,
      now,
    );
    if (state === 'IDLE' || state === 'TOO_OLD') {
      await this.em.fork().nativeDelete(Session, { tokenHash: hash });
      return { viewer: null, sessionEnded: true };
    }
    // To the minute: a write per request would be most of a cheap request's cost, and on
    // SQLite it would empty the session cache every time.
    if (
      options.touch &&
      mustReauthenticate(roles) &&
      now.getTime() - (lastSeenAt ?? createdAt).getTime() >= LAST_SEEN_RESOLUTION_MS
    ) {
      await this.em.fork().nativeUpdate(Session, { tokenHash: hash }, { lastSeenAt: now });
    }
    const person: ViewerAccount = {
      accountEnabled: truthy(first.account_enabled),
      endDate: first.end_date,
      activeFrom: dateOf(first.active_from),
      mustChangePassword: truthy(first.must_change_password),
      passwordChangedAt: dateOf(first.password_changed_at),
      createdAt: dateOf(first.created_at) ?? now,
      tenant: {
        timeZone: first.time_zone,
        passwordPolicy: json<Tenant['passwordPolicy']>(first.password_policy) ?? null,
      },
    };
    if (accountStatus(person, now) !== 'ACTIVE') return ended;
    const homeTenantId = first.tenant_id;
    const tenantIds = [homeTenantId];
    for (const row of rows) if (row.grant_tenant_id) tenantIds.push(row.grant_tenant_id);
    return {
      viewer: {
        personId: first.person_id,
        homeTenantId,
        tenantIds: [...new Set(tenantIds)],
        roles,
        mustChangePassword: mustChangePassword(person, now),
      },
      sessionEnded: false,
    };
  }
}

/** Session, person and tenant, with one row per tenant access grant (or one with nulls). */
const VIEWER_SQL = `select s.expires_at, s.created_at as session_created_at, s.last_seen_at, p.id as person_id, p.tenant_id, p.roles, p.account_enabled,
  p.end_date, p.active_from, p.must_change_password, p.password_changed_at, p.created_at,
  t.time_zone, t.password_policy, ta.tenant_id as grant_tenant_id
from "session" s
join person p on p.id = s.person_id
join tenant t on t.id = p.tenant_id
left join tenant_access ta on ta.person_id = p.id
where s.token_hash = ?`;

type Raw = string | number | boolean | Date | null;

interface ViewerRow {
  expires_at: Raw;
  session_created_at: Raw;
  last_seen_at: Raw;
  person_id: string;
  tenant_id: string;
  roles: unknown;
  account_enabled: Raw;
  end_date: string | null;
  active_from: Raw;
  must_change_password: Raw;
  password_changed_at: Raw;
  created_at: Raw;
  time_zone: string;
  password_policy: unknown;
  grant_tenant_id: string | null;
}

/** SQLite answers booleans as 0/1, PostgreSQL as booleans. */
function truthy(v: Raw): boolean {
  return v === true || v === 1 || v === '1' || v === 't' || v === 'true';
}

/** SQLite answers JSON columns as text, PostgreSQL already parsed. */
function json<T>(v: unknown): T | null {
  if (v === null || v === undefined) return null;
  return (typeof v === 'string' ? JSON.parse(v) : v) as T;
}

/** Reads one cookie from a Cookie header without a parser dependency. */
export function readCookie(header: string | undefined, name: string): string | undefined {
  if (!header) return undefined;
  for (const part of header.split(';')) {
    const eq = part.indexOf('=');
    if (eq < 0) continue;
    if (part.slice(0, eq).trim() === name) return decodeURIComponent(part.slice(eq + 1).trim());
  }
  return undefined;
}

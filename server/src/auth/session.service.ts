import { createHash, randomBytes } from 'node:crypto';
import { EntityManager } from '@mikro-orm/core';
import { Inject, Injectable } from '@nestjs/common';
import { AppError } from '../common/app-error.js';
import { Clock } from '../common/clock.js';
import { APP_CONFIG } from '../config/config.module.js';
import type { AppConfig } from '../config/config.js';
import { Person } from '../people/person.entity.js';
import { TenantAccess } from '../people/tenant-access.entity.js';
import { normalizePassword } from '@linje/shared';
import { AuditService } from '../audit/audit.service.js';
import { tenantPasswordPolicy } from '../tenants/tenant.entity.js';
import {
  accountLockout,
  accountStatus,
  mustChangePassword,
  type AccountStatus,
} from './account-state.js';
import type { ExternalIdentity } from './external-identity.js';
import { hashPassword, verifyPassword } from './password-hasher.js';
import { ThrottleService, identifierKey, ipKey } from './throttle.service.js';
import { Session } from './session.entity.js';
import type { Viewer } from './viewer.js';

export const SESSION_COOKIE = 'linje_session';
const NO_TENANT_FILTERS = { filters: false } as const;

function tokenHash(token: string): string {
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
    this.em.create(Session, { tokenHash: tokenHash(token), person, createdAt: now, expiresAt });
    await this.em.flush();
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

  /** Resolves a cookie token to the viewer, or null when missing, unknown or expired. */
  async viewerForToken(token: string | undefined): Promise<Viewer | null> {
    if (!token) return null;
    const em = this.em.fork();
    const session = await em.findOne(
      Session,
      { tokenHash: tokenHash(token), expiresAt: { $gt: this.clock.now() } },
      { ...NO_TENANT_FILTERS, populate: ['person'] },
    );
    if (!session) return null;
    const person = session.person;
    await em.populate(person, ['tenant'], NO_TENANT_FILTERS);
    const now = this.clock.now();
    if (accountStatus(person, now) !== 'ACTIVE') return null;
    const grants = await em.find(TenantAccess, { person }, NO_TENANT_FILTERS);
    const homeTenantId = person.tenant.id;
    const tenantIds = [homeTenantId, ...grants.map((g) => g.tenant.id)];
    return {
      personId: person.id,
      homeTenantId,
      tenantIds: [...new Set(tenantIds)],
      roles: [...person.roles],
      mustChangePassword: mustChangePassword(person, now),
    };
  }
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

import { createHash, randomInt, randomUUID } from 'node:crypto';
import { EntityManager } from '@mikro-orm/core';
import { Inject, Injectable } from '@nestjs/common';
import {
  checkPassword,
  normalizePassword,
  renderMessage,
  templateLanguageOf,
  type PasswordPolicy,
  type PasswordReasonCode,
} from '@linje/shared';
import { AuditService } from '../audit/audit.service.js';
import { AppError, type FieldProblem } from '../common/app-error.js';
import { Clock } from '../common/clock.js';
import { APP_CONFIG } from '../config/config.module.js';
import type { AppConfig } from '../config/config.js';
import { MailSender } from '../messaging/mail-sender.js';
import { SmsSender } from '../messaging/sms-sender.js';
import { templateOverride } from '../notifications/notification-templates.js';
import { Person } from '../people/person.entity.js';
import { loadPersonFacts } from '../people/person-facts.js';
import { tenantPasswordPolicy } from '../tenants/tenant.entity.js';
import {
  assertAllowed,
  assertVisible,
  mayRequestColleagueReset,
  mayResetPasswordOf,
  maySignOutEverywhere,
  mayUnlockAccountOf,
  mayViewPersonSummary,
} from './access-policy.js';
import { accountStatus } from './account-state.js';
import { PasswordExpiryReminders } from './password-expiry.js';
import { PasswordHistory } from './password-history.entity.js';
import { hashPassword, verifyPassword } from './password-hasher.js';
import { PasswordResetCode } from './reset-code.entity.js';
import { Session } from './session.entity.js';
import { tokenHash } from './session.service.js';
import { ThrottleService, identifierKey, ipKey } from './throttle.service.js';
import type { Viewer } from './viewer.js';

const NO_FILTERS = { filters: false } as const;
export const RESET_CODE_TTL_MINUTES = 15;
export const RESET_CODE_MAX_ATTEMPTS = 5;
export type ResetChannel = 'SMS' | 'EMAIL';

function codeHash(personId: string, code: string): string {
  return createHash('sha256').update(`${personId}:${code}`).digest('hex');
}

/** Readable characters only (no 0/O, 1/l/I), so a password read out over the phone survives. */
const LOWER = 'abcdefghijkmnpqrstuvwxyz';
const UPPER = 'ABCDEFGHJKLMNPQRSTUVWXYZ';
const DIGITS = '23456789';

function randomFrom(alphabet: string): string {
  return alphabet[randomInt(alphabet.length)] ?? '';
}

/**
 * A random temporary password that meets `policy`: groups like "Kp7m-Xr4t-…", long
 * enough for the policy and at least 12 characters; all four classes present.
 */
export function temporaryPassword(policy: PasswordPolicy, owner: Person): string {
  for (;;) {
    const groups: string[] = [];
    const length = Math.max(12, policy.minLength);
    while (groups.join('-').length < length) {
      groups.push(randomFrom(UPPER) + randomFrom(LOWER) + randomFrom(DIGITS) + randomFrom(LOWER));
    }
    const candidate = groups.join('-');
    if (checkPassword(policy, candidate, owner).ok) return candidate;
  }
}

function policyProblems(
  policy: PasswordPolicy,
  password: string,
  owner: Person,
): FieldProblem[] | null {
  const result = checkPassword(policy, password, owner);
  if (result.ok) return null;
  return result.reasons.map((r) => ({
    field: 'newPassword',
    code: r.code,
    message: REASON_MESSAGES[r.code],
    ...('params' in r ? { params: { ...r.params } } : {}),
  }));
}

const REASON_MESSAGES: Record<PasswordReasonCode | 'REUSED', string> = {
  TOO_SHORT: 'is too short',
  TOO_LONG: 'is too long',
  TOO_FEW_CLASSES: 'needs more kinds of characters',
  FORBIDDEN_CHARACTER: 'contains a character that is not allowed',
  INVALID_CHARACTER: 'contains a control character',
  CONTAINS_NAME: 'contains your name',
  CONTAINS_USERNAME: 'contains your username',
  REUSED: 'was used recently',
};

/** Changing, resetting and unlocking passwords and accounts. */
@Injectable()
export class PasswordService {
  constructor(
    private readonly em: EntityManager,
    private readonly clock: Clock,
    private readonly audit: AuditService,
    private readonly throttle: ThrottleService,
    private readonly mail: MailSender,
    private readonly sms: SmsSender,
    private readonly reminders: PasswordExpiryReminders,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  /**
   * The viewer changes their own password (also the forced change after a reset). Every
   * other session of theirs ends: whoever knew the old password is signed out.
   */
  async changePassword(
    viewer: Viewer,
    current: string,
    next: string,
    currentSessionToken?: string,
  ): Promise<void> {
    await this.em.transactional(async (em) => {
      const person = await em.findOneOrFail(
        Person,
        { id: viewer.personId },
        { ...NO_FILTERS, populate: ['tenant', 'passwordHash'] },
      );
      const ok =
        !!person.passwordHash &&
        (await verifyPassword(person.passwordHash, normalizePassword(current)));
      if (!ok) {
        throw AppError.badInput('Your current password is wrong.', [
          { field: 'currentPassword', code: 'WRONG_PASSWORD', message: 'is wrong' },
        ]);
      }
      await this.setPassword(em, person, next, { temporary: false });
      const ended = await em.nativeDelete(Session, {
        person: person.id,
        ...(currentSessionToken ? { tokenHash: { $ne: tokenHash(currentSessionToken) } } : {}),
      });
      this.audit.record(em, {
        tenantId: person.tenant.id,
        actorId: viewer.personId,
        action: 'password.changed',
        entityType: 'Person',
        entityId: person.id,
        data: { otherSessionsEnded: ended },
      });
    });
  }

  /**
   * A manager above the person, support or an administrator sets a temporary password
   * (returned once, to be passed on); the person must change it at the next sign-in.
   * Also unlocks the account and ends the person's sessions.
   */
  async setTemporaryPassword(viewer: Viewer, personId: string): Promise<string> {
    return this.em.transactional(async (em) => {
      const person = await this.target(em, viewer, personId);
      assertAllowed(
        mayResetPasswordOf(viewer, await loadPersonFacts(em, person)),
        'Only the person’s manager, IT support or an administrator can reset this password.',
      );
      const password = temporaryPassword(tenantPasswordPolicy(person.tenant), person);
      await this.setPassword(em, person, password, { temporary: true });
      await em.nativeDelete(Session, { person: person.id });
      this.audit.record(em, {
        tenantId: person.tenant.id,
        actorId: viewer.personId,
        action: 'password.temporary_set',
        entityType: 'Person',
        entityId: person.id,
      });
      return password;
    });
  }

  async unlockAccount(viewer: Viewer, personId: string): Promise<Person> {
    return this.em.transactional(async (em) => {
      const person = await this.target(em, viewer, personId);
      assertAllowed(
        mayUnlockAccountOf(viewer, await loadPersonFacts(em, person)),
        'Only the person’s manager, IT support or an administrator can unlock this account.',
      );
      person.failedSignIns = 0;
      person.lastFailedSignInAt = null;
      this.audit.record(em, {
        tenantId: person.tenant.id,
        actorId: viewer.personId,
        action: 'account.unlocked',
        entityType: 'Person',
        entityId: person.id,
      });
      return person;
    });
  }

  /** Ends every session of the person (default: the viewer). Returns how many ended. */
  async signOutEverywhere(viewer: Viewer, personId = viewer.personId): Promise<number> {
    return this.em.transactional(async (em) => {
      const person = await this.target(em, viewer, personId);
      assertAllowed(maySignOutEverywhere(viewer, await loadPersonFacts(em, person)));
      const count = await em.nativeDelete(Session, { person: person.id });
      this.audit.record(em, {
        tenantId: person.tenant.id,
        actorId: viewer.personId,
        action: 'sessions.revoked',
        entityType: 'Person',
        entityId: person.id,
        data: { count },
      });
      return count;
    });
  }

  /**
   * Self-service: sends a one-time code to the account's registered mobile or e-mail.
   * Answers the same whether or not the account exists (no enumeration); throttled.
   */
  async requestResetCode(identifier: string, channel: ResetChannel, ip: string): Promise<void> {
    const keys = [ipKey(ip), identifierKey(identifier)] as const;
    await this.throttle.assertAllowed(...keys);
    // Every request counts towards the throttle, so nobody can flood someone's phone.
    await this.throttle.recordFailure(...keys);
    const person = await this.findByIdentifier(identifier);
    if (!person || accountStatus(person, this.clock.now()) !== 'ACTIVE') return;
    await this.sendCode(person, channel, null);
  }

  /**
   * A colleague asks for a reset for someone who cannot sign in: the code goes by SMS to
   * the owner's registered mobile, never to the colleague.
   */
  async requestResetForColleague(viewer: Viewer, personId: string): Promise<void> {
    const person = await this.target(this.em, viewer, personId);
    assertAllowed(mayRequestColleagueReset(viewer, await loadPersonFacts(this.em, person)));
    // Counted per person asked about, so nobody can flood a colleague's phone.
    const key = `colleague-reset:${person.id}`;
    await this.throttle.assertAllowed(key, key);
    await this.throttle.recordFailure(key);
    if (!person.mobile) {
      throw AppError.conflict(
        'This person has no registered mobile number; ask IT support to reset the password.',
      );
    }
    await this.sendCode(person, 'SMS', viewer.personId);
  }

  /** Sets a new password with a one-time code; unlocks the account and ends all sessions. */
  async resetWithCode(
    identifier: string,
    code: string,
    newPassword: string,
    ip: string,
  ): Promise<void> {
    const keys = [ipKey(ip), identifierKey(identifier)] as const;
    await this.throttle.assertAllowed(...keys);
    const invalid = AppError.badInput('The code is wrong or has expired. Ask for a new one.', [
      { field: 'code', code: 'INVALID_CODE', message: 'is wrong or has expired' },
    ]);
    const person = await this.findByIdentifier(identifier);
    const now = this.clock.now();
    if (!person || accountStatus(person, now) !== 'ACTIVE') {
      await this.throttle.recordFailure(...keys);
      throw invalid;
    }
    const problems = policyProblems(tenantPasswordPolicy(person.tenant), newPassword, person);
    if (problems) throw AppError.badInput('The new password does not meet the rules.', problems);
    const outcome = await this.em.transactional(async (em) => {
      const pending = await em.findOne(
        PasswordResetCode,
        { person: person.id, usedAt: null, expiresAt: { $gt: now } },
        { ...NO_FILTERS, orderBy: { createdAt: 'desc' } },
      );
      if (!pending || pending.attempts >= RESET_CODE_MAX_ATTEMPTS) return 'invalid' as const;
      if (pending.codeHash !== codeHash(person.id, code.trim())) {
        pending.attempts += 1;
        return 'invalid' as const;
      }
      pending.usedAt = now;
      const fresh = await em.findOneOrFail(
        Person,
        { id: person.id },
        { ...NO_FILTERS, populate: ['tenant', 'passwordHash'] },
      );
      await this.setPassword(em, fresh, newPassword, { temporary: false });
      fresh.failedSignIns = 0;
      fresh.lastFailedSignInAt = null;
      await em.nativeDelete(Session, { person: fresh.id });
      this.audit.record(em, {
        tenantId: fresh.tenant.id,
        actorId: fresh.id,
        action: 'password.reset_with_code',
        entityType: 'Person',
        entityId: fresh.id,
      });
      return 'ok' as const;
    });
    if (outcome === 'invalid') {
      await this.throttle.recordFailure(...keys);
      throw invalid;
    }
  }

  // -------------------------------------------------------------------------------------

  /** Checks the policy and history, then stores the new hash (inside the caller's transaction). */
  private async setPassword(
    em: EntityManager,
    person: Person,
    password: string,
    options: { temporary: boolean },
  ): Promise<void> {
    const policy = tenantPasswordPolicy(person.tenant);
    const problems = policyProblems(policy, password, person);
    if (problems) throw AppError.badInput('The new password does not meet the rules.', problems);
    const normalized = normalizePassword(password);
    if (!options.temporary && policy.historyCount > 0) {
      const previous = await em.find(
        PasswordHistory,
        { person: person.id },
        { ...NO_FILTERS, orderBy: { createdAt: 'desc' }, limit: policy.historyCount },
      );
      const hashes = [person.passwordHash, ...previous.map((p) => p.passwordHash)].filter(
        (h): h is string => !!h,
      );
      for (const h of hashes.slice(0, policy.historyCount)) {
        if (await verifyPassword(h, normalized)) {
          throw AppError.badInput('Choose a password you have not used recently.', [
            {
              field: 'newPassword',
              code: 'REUSED',
              message: REASON_MESSAGES.REUSED,
              params: { historyCount: policy.historyCount },
            },
          ]);
        }
      }
    }
    const now = this.clock.now();
    if (person.passwordHash) {
      em.create(PasswordHistory, {
        id: randomUUID(),
        person,
        passwordHash: person.passwordHash,
        createdAt: person.passwordChangedAt ?? person.createdAt,
      });
    }
    person.passwordHash = await hashPassword(normalized);
    person.passwordChangedAt = now;
    person.mustChangePassword = options.temporary;
    if (!options.temporary) await this.reminders.schedule(em, person, now);
    if (options.temporary) {
      person.failedSignIns = 0;
      person.lastFailedSignInAt = null;
    }
  }

  /** A person the viewer acts on: NOT_FOUND unless visible to them (tenant scoping). */
  private async target(em: EntityManager, viewer: Viewer, personId: string): Promise<Person> {
    const person = await em.findOne(
      Person,
      { id: personId },
      { ...NO_FILTERS, populate: ['tenant', 'passwordHash'] },
    );
    if (!person) throw AppError.notFound('The person');
    assertVisible(
      mayViewPersonSummary(viewer, {
        id: person.id,
        tenantId: person.tenant.id,
        managerChainIds: [],
      }),
      'The person',
    );
    return person;
  }

  private async findByIdentifier(identifier: string): Promise<Person | null> {
    const id = identifier.trim();
    if (!id || id.length > 200) return null;
    const found = await this.em.find(
      Person,
      id.includes('@')
        ? { email: id.toLowerCase() }
        : { username: { $in: [id.toUpperCase(), id.toLowerCase()] } },
      { ...NO_FILTERS, populate: ['tenant'] },
    );
    return found.length === 1 ? (found[0] ?? null) : null;
  }

  private async sendCode(
    person: Person,
    channel: ResetChannel,
    requestedBy: string | null,
  ): Promise<void> {
    const to = channel === 'SMS' ? person.mobile : person.email;
    if (!to) return;
    const code = String(randomInt(0, 1_000_000)).padStart(6, '0');
    const now = this.clock.now();
    await this.em.transactional(async (em) => {
      // A new code replaces any earlier one.
      await em.nativeUpdate(
        PasswordResetCode,
        { person: person.id, usedAt: null },
        { usedAt: now },
      );
      em.create(PasswordResetCode, {
        id: randomUUID(),
        person: em.getReference(Person, person.id),
        codeHash: codeHash(person.id, code),
        channel,
        requestedBy,
        attempts: 0,
        createdAt: now,
        expiresAt: new Date(now.getTime() + RESET_CODE_TTL_MINUTES * 60_000),
      });
      this.audit.record(em, {
        tenantId: person.tenant.id,
        actorId: requestedBy,
        action: requestedBy ? 'password.reset_requested_by_colleague' : 'password.reset_requested',
        entityType: 'Person',
        entityId: person.id,
        data: { channel },
      });
    });
    // Sent at once rather than through the outgoing queue, so the code is never stored in clear.
    const language = templateLanguageOf(person.tenant.country);
    const message = renderMessage(
      'RESET_CODE',
      language,
      {
        recipientName: person.givenName,
        code,
        validMinutes: RESET_CODE_TTL_MINUTES,
        username: person.username,
        link: this.config.publicUrl,
      },
      await templateOverride(this.em, person.tenant.id, 'RESET_CODE', language),
    );
    if (channel === 'SMS') await this.sms.send({ to, text: message.body });
    else await this.mail.send({ to, subject: message.subject, text: message.body });
  }
}

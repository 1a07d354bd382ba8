import { createHash, randomBytes } from 'node:crypto';
import { EntityManager } from '@mikro-orm/core';
import { Inject, Injectable } from '@nestjs/common';
import { AppError } from '../common/app-error.js';
import { Clock } from '../common/clock.js';
import { APP_CONFIG } from '../config/config.module.js';
import type { AppConfig } from '../config/config.js';
import { Person } from '../people/person.entity.js';
import { TenantAccess } from '../people/tenant-access.entity.js';
import { hashPassword, verifyPassword } from './password-hasher.js';
import { Session } from './session.entity.js';
import type { Viewer } from './viewer.js';

export const SESSION_COOKIE = 'linje_session';
const NO_TENANT_FILTERS = { filters: false } as const;

function tokenHash(token: string): string {
  return createHash('sha256').update(token).digest('hex');
}

/** A hash of a random password, so a wrong username costs as much time as a wrong password. */
const dummyHash = hashPassword(randomBytes(16).toString('hex'));

@Injectable()
export class SessionService {
  constructor(
    private readonly em: EntityManager,
    private readonly clock: Clock,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  /** Checks the credentials and opens a session; returns the cookie token. */
  async signIn(identifier: string, password: string): Promise<{ token: string; expiresAt: Date }> {
    const id = identifier.trim();
    const candidates = await this.em.find(
      Person,
      id.includes('@') ? { email: id.toLowerCase() } : { username: id.toUpperCase() },
      { ...NO_TENANT_FILTERS, populate: ['passwordHash'] },
    );
    const person = candidates.length === 1 ? candidates[0] : undefined;
    const ok = person?.passwordHash
      ? await verifyPassword(person.passwordHash, password)
      : (await verifyPassword(await dummyHash, password), false);
    if (!person || !ok) throw AppError.unauthenticated('Wrong username or password.');

    const token = randomBytes(32).toString('base64url');
    const now = this.clock.now();
    const expiresAt = new Date(now.getTime() + this.config.sessionTtlHours * 3_600_000);
    this.em.create(Session, { tokenHash: tokenHash(token), person, createdAt: now, expiresAt });
    await this.em.flush();
    return { token, expiresAt };
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
    const grants = await em.find(TenantAccess, { person }, NO_TENANT_FILTERS);
    const homeTenantId = person.tenant.id;
    const tenantIds = [homeTenantId, ...grants.map((g) => g.tenant.id)];
    return {
      personId: person.id,
      homeTenantId,
      tenantIds: [...new Set(tenantIds)],
      roles: [...person.roles],
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

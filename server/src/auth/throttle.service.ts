import { randomUUID } from 'node:crypto';
import { EntityManager } from '@mikro-orm/core';
import { Injectable } from '@nestjs/common';
import { AppError } from '../common/app-error.js';
import { Clock } from '../common/clock.js';
import { AuthAttempt } from './auth-attempt.entity.js';

/** Failures counted over this window. */
export const THROTTLE_WINDOW_MINUTES = 15;
/**
 * Failures from one client address before it must wait. Generous, because a whole town
 * hall often reaches Linje through one NAT address; the per-identifier limit and the
 * account lockout do the fine-grained work.
 */
export const THROTTLE_PER_IP = 100;
/**
 * Failures for one identifier before it must wait: the same for known and unknown
 * identifiers, so the throttle says nothing about whether an account exists.
 */
export const THROTTLE_PER_IDENTIFIER = 10;

export function ipKey(ip: string | undefined): string {
  return `ip:${ip ?? 'unknown'}`;
}

export function identifierKey(identifier: string): string {
  return `id:${identifier.trim().toLowerCase().slice(0, 250)}`;
}

/** Rate limits for sign-in, reset codes and code checks, shared by all server processes. */
@Injectable()
export class ThrottleService {
  constructor(
    private readonly em: EntityManager,
    private readonly clock: Clock,
  ) {}

  private windowStart(): Date {
    return new Date(this.clock.now().getTime() - THROTTLE_WINDOW_MINUTES * 60_000);
  }

  /** Throws TOO_MANY_REQUESTS when the IP or the identifier has failed too often lately. */
  async assertAllowed(ip: string, identifier: string): Promise<void> {
    const em = this.em.fork();
    const since = this.windowStart();
    await em.nativeDelete(AuthAttempt, { at: { $lt: since } });
    const [byIp, byId] = await Promise.all([
      em.count(AuthAttempt, { key: ip, at: { $gte: since } }),
      em.count(AuthAttempt, { key: identifier, at: { $gte: since } }),
    ]);
    if (byIp >= THROTTLE_PER_IP || byId >= THROTTLE_PER_IDENTIFIER) {
      throw new AppError(
        'TOO_MANY_REQUESTS',
        `Too many attempts. Wait ${THROTTLE_WINDOW_MINUTES} minutes and try again.`,
      );
    }
  }

  async recordFailure(...keys: string[]): Promise<void> {
    const em = this.em.fork();
    const at = this.clock.now();
    for (const key of keys) em.create(AuthAttempt, { id: randomUUID(), key, at });
    await em.flush();
  }
}

import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { sessionState, type SessionTimes } from './session-limits.js';

const LIMITS = { idleMinutes: 30, maxHours: 12 };
const MIN = 60_000;
const start = new Date('2026-11-23T08:00:00Z');
const session = (lastSeenMin: number | null, expiresH = 24): SessionTimes => ({
  createdAt: start,
  lastSeenAt: lastSeenMin === null ? null : new Date(start.getTime() + lastSeenMin * MIN),
  expiresAt: new Date(start.getTime() + expiresH * 60 * MIN),
});
const at = (min: number) => new Date(start.getTime() + min * MIN);

describe('sessionState', () => {
  it('ends an agent’s session after 30 idle minutes, counted from the last request', () => {
    expect(sessionState(session(null), ['AGENT_FIRST_LINE'], LIMITS, at(29))).toBe('ACTIVE');
    expect(sessionState(session(null), ['AGENT_FIRST_LINE'], LIMITS, at(30))).toBe('IDLE');
    expect(sessionState(session(100), ['AGENT_FIRST_LINE'], LIMITS, at(129))).toBe('ACTIVE');
    expect(sessionState(session(100), ['ADMINISTRATOR'], LIMITS, at(130))).toBe('IDLE');
  });

  it('ends an agent’s session 12 hours after sign-in however busy', () => {
    expect(sessionState(session(719), ['IT_LEAD'], LIMITS, at(720))).toBe('TOO_OLD');
  });

  it('leaves staff to the ordinary expiry', () => {
    expect(sessionState(session(null), ['EMPLOYEE', 'MANAGER'], LIMITS, at(600))).toBe('ACTIVE');
    expect(sessionState(session(null, 12), ['EMPLOYEE'], LIMITS, at(720))).toBe('EXPIRED');
  });

  it('never lets an agent’s session outlive its idle or age limit (property)', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 2000 }),
        fc.integer({ min: 0, max: 2000 }),
        (seen, later) => {
          const now = seen + later;
          const state = sessionState(session(seen, 48), ['AGENT_SECOND_LINE'], LIMITS, at(now));
          const shouldHold = later < 30 && now < 720;
          expect(state === 'ACTIVE').toBe(shouldHold);
        },
      ),
    );
  });
});

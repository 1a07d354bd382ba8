import { describe, expect, it } from 'vitest';
import {
  DEFAULT_AUTO_CLOSE_RULE,
  TICKET_ACTORS,
  allowedTransitions,
  autoCloseRule,
  canTransition,
  isFinalStatus,
  isSlaPaused,
  reopenDeadline,
  slaClockState,
  statusAfterCallerReply,
  type TicketActor,
  type TransitionFailureCode,
} from './ticket-state-machine.js';
import { TICKET_STATUSES, type TicketStatus } from './ticket-types.js';

const DAY = 24 * 60 * 60 * 1000;
const resolvedAt = new Date('2026-03-02T10:00:00Z');
const insideWindow = { resolvedAt, now: new Date(resolvedAt.getTime() + 3 * DAY) };

/**
 * The full expected table, written out by hand (not derived from the implementation).
 * Anything not listed is ILLEGAL_TRANSITION. Caller reopen is judged inside the window.
 */
const EXPECTED: Record<string, 'OK' | TransitionFailureCode> = {
  // NEW
  'NEW>IN_PROGRESS:AGENT': 'OK',
  'NEW>IN_PROGRESS:CALLER': 'NOT_ALLOWED_FOR_ACTOR',
  'NEW>IN_PROGRESS:SYSTEM': 'NOT_ALLOWED_FOR_ACTOR',
  'NEW>WAITING_FOR_CALLER:AGENT': 'OK',
  'NEW>WAITING_FOR_CALLER:CALLER': 'NOT_ALLOWED_FOR_ACTOR',
  'NEW>WAITING_FOR_CALLER:SYSTEM': 'NOT_ALLOWED_FOR_ACTOR',
  'NEW>WAITING_FOR_SUPPLIER:AGENT': 'OK',
  'NEW>WAITING_FOR_SUPPLIER:CALLER': 'NOT_ALLOWED_FOR_ACTOR',
  'NEW>WAITING_FOR_SUPPLIER:SYSTEM': 'NOT_ALLOWED_FOR_ACTOR',
  'NEW>RESOLVED:AGENT': 'OK',
  'NEW>RESOLVED:CALLER': 'NOT_ALLOWED_FOR_ACTOR',
  'NEW>RESOLVED:SYSTEM': 'NOT_ALLOWED_FOR_ACTOR',
  // IN_PROGRESS
  'IN_PROGRESS>WAITING_FOR_CALLER:AGENT': 'OK',
  'IN_PROGRESS>WAITING_FOR_CALLER:CALLER': 'NOT_ALLOWED_FOR_ACTOR',
  'IN_PROGRESS>WAITING_FOR_CALLER:SYSTEM': 'NOT_ALLOWED_FOR_ACTOR',
  'IN_PROGRESS>WAITING_FOR_SUPPLIER:AGENT': 'OK',
  'IN_PROGRESS>WAITING_FOR_SUPPLIER:CALLER': 'NOT_ALLOWED_FOR_ACTOR',
  'IN_PROGRESS>WAITING_FOR_SUPPLIER:SYSTEM': 'NOT_ALLOWED_FOR_ACTOR',
  'IN_PROGRESS>RESOLVED:AGENT': 'OK',
  'IN_PROGRESS>RESOLVED:CALLER': 'NOT_ALLOWED_FOR_ACTOR',
  'IN_PROGRESS>RESOLVED:SYSTEM': 'NOT_ALLOWED_FOR_ACTOR',
  // WAITING_FOR_CALLER
  'WAITING_FOR_CALLER>IN_PROGRESS:AGENT': 'OK',
  'WAITING_FOR_CALLER>IN_PROGRESS:CALLER': 'OK', // the effect of a caller reply
  'WAITING_FOR_CALLER>IN_PROGRESS:SYSTEM': 'NOT_ALLOWED_FOR_ACTOR',
  'WAITING_FOR_CALLER>RESOLVED:AGENT': 'OK',
  'WAITING_FOR_CALLER>RESOLVED:CALLER': 'NOT_ALLOWED_FOR_ACTOR',
  'WAITING_FOR_CALLER>RESOLVED:SYSTEM': 'NOT_ALLOWED_FOR_ACTOR',
  // WAITING_FOR_SUPPLIER
  'WAITING_FOR_SUPPLIER>IN_PROGRESS:AGENT': 'OK',
  'WAITING_FOR_SUPPLIER>IN_PROGRESS:CALLER': 'NOT_ALLOWED_FOR_ACTOR',
  'WAITING_FOR_SUPPLIER>IN_PROGRESS:SYSTEM': 'NOT_ALLOWED_FOR_ACTOR',
  'WAITING_FOR_SUPPLIER>RESOLVED:AGENT': 'OK',
  'WAITING_FOR_SUPPLIER>RESOLVED:CALLER': 'NOT_ALLOWED_FOR_ACTOR',
  'WAITING_FOR_SUPPLIER>RESOLVED:SYSTEM': 'NOT_ALLOWED_FOR_ACTOR',
  // RESOLVED
  'RESOLVED>IN_PROGRESS:AGENT': 'OK',
  'RESOLVED>IN_PROGRESS:CALLER': 'OK', // inside the reopen window
  'RESOLVED>IN_PROGRESS:SYSTEM': 'NOT_ALLOWED_FOR_ACTOR',
  'RESOLVED>CLOSED:AGENT': 'NOT_ALLOWED_FOR_ACTOR',
  'RESOLVED>CLOSED:CALLER': 'NOT_ALLOWED_FOR_ACTOR',
  'RESOLVED>CLOSED:SYSTEM': 'OK',
  // CLOSED: nothing
};

const cases: [TicketStatus, TicketStatus, TicketActor, 'OK' | TransitionFailureCode][] = [];
for (const from of TICKET_STATUSES) {
  for (const to of TICKET_STATUSES) {
    for (const actor of TICKET_ACTORS) {
      cases.push([from, to, actor, EXPECTED[`${from}>${to}:${actor}`] ?? 'ILLEGAL_TRANSITION']);
    }
  }
}

describe('canTransition — every status pair × actor', () => {
  it('covers 6 × 6 × 3 combinations and every listed expectation is a real combination', () => {
    expect(cases).toHaveLength(108);
    const keys = new Set(cases.map(([f, t, a]) => `${f}>${t}:${a}`));
    for (const key of Object.keys(EXPECTED)) expect(keys.has(key)).toBe(true);
  });

  it.each(cases)('%s → %s by %s: %s', (from, to, actor, expected) => {
    const result = canTransition(from, to, actor, insideWindow);
    if (expected === 'OK') {
      expect(result).toEqual({ ok: true });
    } else {
      expect(result.ok).toBe(false);
      expect(!result.ok && result.code).toBe(expected);
    }
  });

  it.each(cases)(
    'allowedTransitions(%s, actor) agrees for %s by %s',
    (from, to, actor, expected) => {
      expect(allowedTransitions(from, actor).includes(to)).toBe(expected === 'OK');
      expect(allowedTransitions(from, actor, insideWindow).includes(to)).toBe(expected === 'OK');
    },
  );
});

describe('failure params', () => {
  it('ILLEGAL_TRANSITION names both statuses', () => {
    expect(canTransition('CLOSED', 'IN_PROGRESS', 'AGENT')).toEqual({
      ok: false,
      code: 'ILLEGAL_TRANSITION',
      params: { from: 'CLOSED', to: 'IN_PROGRESS' },
    });
  });
  it('a status never transitions to itself', () => {
    for (const s of TICKET_STATUSES) {
      expect(canTransition(s, s, 'AGENT')).toMatchObject({ ok: false, code: 'ILLEGAL_TRANSITION' });
    }
  });
  it('NOT_ALLOWED_FOR_ACTOR names the actor', () => {
    expect(canTransition('RESOLVED', 'CLOSED', 'AGENT')).toEqual({
      ok: false,
      code: 'NOT_ALLOWED_FOR_ACTOR',
      params: { from: 'RESOLVED', to: 'CLOSED', actor: 'AGENT' },
    });
  });
});

describe('caller reopen window', () => {
  const at = (days: number, extraMs = 0) => new Date(resolvedAt.getTime() + days * DAY + extraMs);

  it('defaults to 14 days, inclusive at the deadline', () => {
    expect(canTransition('RESOLVED', 'IN_PROGRESS', 'CALLER', { resolvedAt, now: at(14) })).toEqual(
      { ok: true },
    );
    expect(
      canTransition('RESOLVED', 'IN_PROGRESS', 'CALLER', { resolvedAt, now: at(14, 1) }),
    ).toEqual({
      ok: false,
      code: 'REOPEN_WINDOW_PASSED',
      params: { windowDays: 14, deadline: '2026-03-16T10:00:00.000Z' },
    });
  });

  it('honours a tenant window parameter', () => {
    const ctx = { resolvedAt, reopenWindowDays: 30 };
    expect(canTransition('RESOLVED', 'IN_PROGRESS', 'CALLER', { ...ctx, now: at(29) }).ok).toBe(
      true,
    );
    expect(canTransition('RESOLVED', 'IN_PROGRESS', 'CALLER', { ...ctx, now: at(31) })).toEqual({
      ok: false,
      code: 'REOPEN_WINDOW_PASSED',
      params: { windowDays: 30, deadline: '2026-04-01T10:00:00.000Z' },
    });
    expect(
      canTransition('RESOLVED', 'IN_PROGRESS', 'CALLER', {
        resolvedAt,
        now: at(0, 1),
        reopenWindowDays: 0,
      }).ok,
    ).toBe(false);
  });

  it('fails closed when the instants are unknown', () => {
    for (const ctx of [{}, { now: at(1) }, { resolvedAt }, { resolvedAt: null, now: at(1) }]) {
      expect(canTransition('RESOLVED', 'IN_PROGRESS', 'CALLER', ctx)).toEqual({
        ok: false,
        code: 'REOPEN_WINDOW_PASSED',
        params: { windowDays: 14, deadline: null },
      });
    }
  });

  it('does not apply to agents', () => {
    expect(canTransition('RESOLVED', 'IN_PROGRESS', 'AGENT', { resolvedAt, now: at(400) })).toEqual(
      { ok: true },
    );
  });

  it('allowedTransitions filters by the window only when given a context', () => {
    expect(allowedTransitions('RESOLVED', 'CALLER')).toEqual(['IN_PROGRESS']);
    expect(allowedTransitions('RESOLVED', 'CALLER', { resolvedAt, now: at(15) })).toEqual([]);
  });

  it('rejects a nonsensical window parameter', () => {
    expect(() =>
      canTransition('RESOLVED', 'IN_PROGRESS', 'CALLER', {
        resolvedAt,
        now: at(1),
        reopenWindowDays: -1,
      }),
    ).toThrow(RangeError);
  });

  it('reopenDeadline adds whole 24-hour days', () => {
    expect(reopenDeadline(resolvedAt).toISOString()).toBe('2026-03-16T10:00:00.000Z');
  });
});

describe('statusAfterCallerReply', () => {
  it.each([
    ['NEW', 'NEW'],
    ['IN_PROGRESS', 'IN_PROGRESS'],
    ['WAITING_FOR_CALLER', 'IN_PROGRESS'],
    ['WAITING_FOR_SUPPLIER', 'WAITING_FOR_SUPPLIER'],
    ['RESOLVED', 'RESOLVED'],
    ['CLOSED', 'CLOSED'],
  ] as const)('%s → %s', (from, to) => {
    expect(statusAfterCallerReply(from)).toBe(to);
  });

  it('is always a transition the caller is allowed to make (or no change)', () => {
    for (const s of TICKET_STATUSES) {
      const next = statusAfterCallerReply(s);
      if (next !== s) expect(canTransition(s, next, 'CALLER').ok).toBe(true);
    }
  });
});

describe('SLA clock', () => {
  it.each([
    ['NEW', 'RUNNING', 'RUNNING'],
    ['IN_PROGRESS', 'RUNNING', 'RUNNING'],
    ['WAITING_FOR_CALLER', 'PAUSED', 'PAUSED'],
    ['WAITING_FOR_SUPPLIER', 'RUNNING', 'PAUSED'],
    ['RESOLVED', 'STOPPED', 'STOPPED'],
    ['CLOSED', 'STOPPED', 'STOPPED'],
  ] as const)('%s: %s by default, %s when supplier waits pause', (status, byDefault, pausing) => {
    expect(slaClockState(status)).toBe(byDefault);
    expect(slaClockState(status, { pauseWhileWaitingForSupplier: true })).toBe(pausing);
    expect(isSlaPaused(status)).toBe(byDefault === 'PAUSED');
    expect(isSlaPaused(status, { pauseWhileWaitingForSupplier: true })).toBe(pausing === 'PAUSED');
  });
});

describe('auto-close rule and finality', () => {
  it('is SYSTEM-only data with a business-day count', () => {
    expect(DEFAULT_AUTO_CLOSE_RULE).toEqual({
      from: 'RESOLVED',
      to: 'CLOSED',
      actor: 'SYSTEM',
      afterBusinessDays: 5,
    });
    expect(autoCloseRule(10).afterBusinessDays).toBe(10);
    expect(() => autoCloseRule(-1)).toThrow(RangeError);
    expect(() => autoCloseRule(1.5)).toThrow(RangeError);
    const rule = DEFAULT_AUTO_CLOSE_RULE;
    expect(canTransition(rule.from, rule.to, rule.actor).ok).toBe(true);
  });

  it('only CLOSED is final', () => {
    expect(TICKET_STATUSES.filter(isFinalStatus)).toEqual(['CLOSED']);
    for (const actor of TICKET_ACTORS) expect(allowedTransitions('CLOSED', actor)).toEqual([]);
  });
});

import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  businessMinutesBetween,
  pauseSlaClock,
  respondSlaClock,
  resumeSlaClock,
  slaDueTimes,
  slaTargetState,
  slaUsedMs,
  standardItCalendars,
  startSlaClock,
  stopSlaClock,
  type SlaTargets,
} from './index.js';

const { extended: OSLO } = standardItCalendars('Europe/Oslo', 'NO');
const MIN = 60_000;
const HIGH: SlaTargets = { responseMinutes: 60, resolutionMinutes: 8 * 60, wallClock: false };
const CRITICAL: SlaTargets = { responseMinutes: 15, resolutionMinutes: 240, wallClock: true };

describe('SLA clocks', () => {
  it('counts open time only: filed Friday 16:00 in Oslo, response due Monday 09:30', () => {
    const clock = startSlaClock(new Date('2026-11-27T15:00:00Z')); // Fri 16:00 local
    const due = slaDueTimes(clock, HIGH, OSLO);
    expect(due.responseDueAt?.toISOString()).toBe('2026-11-30T08:30:00.000Z'); // Mon 09:30
    expect(due.responseWarnAt?.toISOString()).toBe('2026-11-30T08:18:00.000Z'); // 80 %
  });

  it('counts wall-clock time for critical tickets', () => {
    const clock = startSlaClock(new Date('2026-11-28T18:40:00Z')); // Saturday evening
    const due = slaDueTimes(clock, CRITICAL, OSLO);
    expect(due.responseDueAt?.toISOString()).toBe('2026-11-28T18:55:00.000Z');
    expect(due.resolutionDueAt?.toISOString()).toBe('2026-11-28T22:40:00.000Z');
  });

  it('pauses while waiting for the caller and resumes with the time left', () => {
    let clock = startSlaClock(new Date('2026-11-23T09:00:00Z')); // Mon 10:00 local
    clock = respondSlaClock(clock, OSLO, false, new Date('2026-11-23T09:20:00Z'));
    clock = pauseSlaClock(clock, OSLO, false, new Date('2026-11-23T10:00:00Z')); // 60 min used
    expect(slaDueTimes(clock, HIGH, OSLO).resolutionDueAt).toBeNull();
    expect(
      slaTargetState(
        clock,
        HIGH.resolutionMinutes,
        OSLO,
        false,
        new Date('2026-11-25T10:00:00Z'),
        'resolution',
      ),
    ).toBe('PAUSED');
    clock = resumeSlaClock(clock, new Date('2026-11-24T08:00:00Z')); // Tue 09:00 local
    // 420 open minutes left from Tue 09:00: 09:00–16:30 is 450, so due Tue 16:00.
    expect(slaDueTimes(clock, HIGH, OSLO).resolutionDueAt?.toISOString()).toBe(
      '2026-11-24T15:00:00.000Z',
    );
    expect(slaDueTimes(clock, HIGH, OSLO).responseDueAt).toBeNull();
    const stopped = stopSlaClock(clock, OSLO, false, new Date('2026-11-24T09:00:00Z'));
    expect(
      slaTargetState(
        stopped,
        HIGH.resolutionMinutes,
        OSLO,
        false,
        new Date('2026-12-01T00:00:00Z'),
        'resolution',
      ),
    ).toBe('MET');
    expect(
      slaTargetState(
        stopped,
        HIGH.responseMinutes,
        OSLO,
        false,
        new Date('2026-12-01T00:00:00Z'),
        'response',
      ),
    ).toBe('MET');
  });

  it('warns at 80 % and breaches at 100 %', () => {
    const clock = startSlaClock(new Date('2026-11-23T09:00:00Z'));
    const state = (iso: string) =>
      slaTargetState(clock, HIGH.responseMinutes, OSLO, false, new Date(iso), 'response');
    expect(state('2026-11-23T09:47:00Z')).toBe('RUNNING');
    expect(state('2026-11-23T09:48:00Z')).toBe('WARNING');
    expect(state('2026-11-23T10:00:00Z')).toBe('BREACHED');
  });

  it('property: pausing and resuming never changes how much open time the target needs', () => {
    const base = new Date('2026-01-01T00:00:00Z').getTime();
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 300 * 24 * 60 }),
        fc.integer({ min: 0, max: 5 * 24 * 60 }),
        fc.integer({ min: 0, max: 10 * 24 * 60 }),
        fc.integer({ min: 1, max: 5 * 8 * 60 }),
        (startMin, runMin, pauseMin, target) => {
          const start = new Date(base + startMin * MIN);
          const pausedAt = new Date(start.getTime() + runMin * MIN);
          const resumedAt = new Date(pausedAt.getTime() + pauseMin * MIN);
          const targets: SlaTargets = {
            responseMinutes: target,
            resolutionMinutes: target,
            wallClock: false,
          };
          let clock = startSlaClock(start);
          clock = pauseSlaClock(clock, OSLO, false, pausedAt);
          clock = resumeSlaClock(clock, resumedAt);
          const due = slaDueTimes(clock, targets, OSLO).resolutionDueAt;
          if (due === null) throw new Error('a running clock has a due time');
          const usedBefore = businessMinutesBetween(OSLO, start, pausedAt);
          if (usedBefore >= target) {
            // Already over the target: due at once (the next open instant).
            expect(due.getTime()).toBeGreaterThanOrEqual(resumedAt.getTime());
            expect(businessMinutesBetween(OSLO, resumedAt, due)).toBe(0);
            return;
          }
          const usedAfter = businessMinutesBetween(OSLO, resumedAt, due);
          expect(Math.abs(usedBefore + usedAfter - target)).toBeLessThan(1e-6);
          expect(slaUsedMs(clock, OSLO, false, due) / MIN).toBeCloseTo(target, 6);
        },
      ),
      { numRuns: 300 },
    );
  });

  it('property: wall-clock clocks count every minute', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 10_000 }),
        fc.integer({ min: 0, max: 10_000 }),
        (a, b) => {
          const start = new Date('2026-03-29T00:00:00Z'); // DST night in Europe
          let clock = startSlaClock(start);
          clock = pauseSlaClock(clock, OSLO, true, new Date(start.getTime() + a * MIN));
          expect(slaUsedMs(clock, OSLO, true, new Date(start.getTime() + (a + b) * MIN))).toBe(
            a * MIN,
          );
        },
      ),
    );
  });
});

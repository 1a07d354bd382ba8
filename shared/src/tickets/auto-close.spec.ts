import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isOpenAt, localDateOf, standardItCalendars } from '../index.js';
import { autoCloseDueAt } from './auto-close.js';

const core = standardItCalendars('Europe/Stockholm', 'SE').core;

describe('autoCloseDueAt', () => {
  it('closes at the end of the fifth business day after a Monday resolution', () => {
    // Monday 2026-11-02 10:00 Stockholm → Mon 9 Nov, end of core hours.
    const due = autoCloseDueAt(core, new Date('2026-11-02T09:00:00Z'), 5);
    expect(due).not.toBeNull();
    expect(localDateOf('Europe/Stockholm', due!)).toBe('2026-11-09');
  });

  it('skips weekends and public holidays', () => {
    // Wednesday 23 Dec 2026: 24, 25, 26 (Sat), 27 (Sun) are closed; 28 is the first business day.
    const due = autoCloseDueAt(core, new Date('2026-12-23T12:00:00Z'), 1);
    expect(localDateOf('Europe/Stockholm', due!)).toBe('2026-12-28');
  });

  it('closes at once for zero days and refuses negative or fractional days', () => {
    const at = new Date('2026-11-02T09:00:00Z');
    expect(autoCloseDueAt(core, at, 0)).toEqual(at);
    expect(() => autoCloseDueAt(core, at, -1)).toThrow(RangeError);
    expect(() => autoCloseDueAt(core, at, 1.5)).toThrow(RangeError);
  });

  it('gives up on a calendar that is never open', () => {
    const never = { ...core, weekly: {} };
    expect(autoCloseDueAt(never, new Date('2026-11-02T09:00:00Z'), 1)).toBeNull();
  });

  it('is later than the resolution, monotone in the number of days, and at a closing time', () => {
    const start = Date.parse('2026-01-01T00:00:00Z');
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 365 * 24 * 60 }),
        fc.integer({ min: 1, max: 15 }),
        (minutes, days) => {
          const resolvedAt = new Date(start + minutes * 60_000);
          const due = autoCloseDueAt(core, resolvedAt, days)!;
          const more = autoCloseDueAt(core, resolvedAt, days + 1)!;
          expect(due.getTime()).toBeGreaterThan(resolvedAt.getTime());
          expect(more.getTime()).toBeGreaterThan(due.getTime());
          // The last open minute is just before the due time; the due time itself is closed.
          expect(isOpenAt(core, new Date(due.getTime() - 60_000))).toBe(true);
          expect(isOpenAt(core, due)).toBe(false);
          // At least `days` whole calendar days pass.
          expect(due.getTime() - resolvedAt.getTime()).toBeGreaterThan((days - 1) * 86_400_000);
        },
      ),
      { numRuns: 200 },
    );
  });
});

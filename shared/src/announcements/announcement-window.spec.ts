import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  ANNOUNCEMENT_MAX_DURATION_MS,
  announcementEnd,
  announcementState,
  announcementWindowProblem,
  isAnnouncementActive,
} from '../index.js';

const at = (iso: string) => new Date(iso);
const instant = fc.integer({ min: Date.UTC(2020, 0, 1), max: Date.UTC(2035, 0, 1) });

describe('announcementState', () => {
  const w = { startsAt: at('2026-12-07T08:00:00Z'), endsAt: at('2026-12-07T12:00:00Z') };

  it('is upcoming before the start, active from the start, ended from the end', () => {
    expect(announcementState(w, at('2026-12-07T07:59:59.999Z'))).toBe('UPCOMING');
    expect(announcementState(w, at('2026-12-07T08:00:00Z'))).toBe('ACTIVE');
    expect(announcementState(w, at('2026-12-07T11:59:59.999Z'))).toBe('ACTIVE');
    expect(announcementState(w, at('2026-12-07T12:00:00Z'))).toBe('ENDED');
  });

  it('ends when an agent ends it early, and not later than its end', () => {
    const ended = { ...w, endedAt: at('2026-12-07T09:00:00Z') };
    expect(announcementState(ended, at('2026-12-07T09:00:00Z'))).toBe('ENDED');
    expect(announcementEnd({ ...w, endedAt: at('2026-12-08T00:00:00Z') })).toEqual(w.endsAt);
    // Ended before it began: never shown.
    const never = { ...w, endedAt: at('2026-12-07T07:00:00Z') };
    expect(announcementState(never, at('2026-12-07T08:30:00Z'))).toBe('ENDED');
  });

  it('is active exactly when start <= now < min(end, ended) (property)', () => {
    fc.assert(
      fc.property(
        instant,
        fc.integer({ min: 1, max: ANNOUNCEMENT_MAX_DURATION_MS }),
        fc.option(
          fc.integer({ min: -ANNOUNCEMENT_MAX_DURATION_MS, max: 2 * ANNOUNCEMENT_MAX_DURATION_MS }),
        ),
        instant,
        (start, length, endedOffset, now) => {
          const startsAt = new Date(start);
          const endsAt = new Date(start + length);
          const endedAt = endedOffset === null ? null : new Date(start + endedOffset);
          const stop = Math.min(endsAt.getTime(), endedAt?.getTime() ?? Infinity);
          const expected = start <= now && now < stop;
          expect(isAnnouncementActive({ startsAt, endsAt, endedAt }, new Date(now))).toBe(expected);
        },
      ),
    );
  });

  it('moves only forward: upcoming → active → ended as time passes (property)', () => {
    const rank = { UPCOMING: 0, ACTIVE: 1, ENDED: 2 } as const;
    fc.assert(
      fc.property(
        instant,
        fc.integer({ min: 1, max: ANNOUNCEMENT_MAX_DURATION_MS }),
        instant,
        fc.integer({ min: 0, max: 10 * ANNOUNCEMENT_MAX_DURATION_MS }),
        (start, length, now, later) => {
          const w2 = { startsAt: new Date(start), endsAt: new Date(start + length) };
          const a = rank[announcementState(w2, new Date(now))];
          const b = rank[announcementState(w2, new Date(now + later))];
          expect(b).toBeGreaterThanOrEqual(a);
        },
      ),
    );
  });
});

describe('announcementWindowProblem', () => {
  const now = at('2026-12-07T10:00:00Z');

  it('refuses an end before or at the start, an end in the past, bad dates and too long', () => {
    expect(announcementWindowProblem(at('2026-12-07T12:00Z'), at('2026-12-07T11:00Z'), now)).toBe(
      'END_BEFORE_START',
    );
    expect(announcementWindowProblem(at('2026-12-07T12:00Z'), at('2026-12-07T12:00Z'), now)).toBe(
      'END_BEFORE_START',
    );
    expect(announcementWindowProblem(at('2026-12-07T08:00Z'), at('2026-12-07T09:00Z'), now)).toBe(
      'IN_THE_PAST',
    );
    expect(announcementWindowProblem(new Date(NaN), at('2026-12-07T09:00Z'), now)).toBe(
      'INVALID_DATE',
    );
    expect(announcementWindowProblem(at('2026-12-07T08:00Z'), at('2027-06-01T00:00Z'), now)).toBe(
      'TOO_LONG',
    );
  });

  it('accepts an outage that began before now', () => {
    expect(
      announcementWindowProblem(at('2026-12-07T08:00Z'), at('2026-12-07T18:00Z'), now),
    ).toBeNull();
  });

  it('accepts exactly the windows whose end is after both start and now (property)', () => {
    fc.assert(
      fc.property(instant, instant, instant, (s, e, n) => {
        const problem = announcementWindowProblem(new Date(s), new Date(e), new Date(n));
        const ok = e > s && e > n && e - s <= ANNOUNCEMENT_MAX_DURATION_MS;
        expect(problem === null).toBe(ok);
      }),
    );
  });
});

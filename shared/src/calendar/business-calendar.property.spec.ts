/**
 * Property tests for the business calendar, including a comparison with a deliberately slow,
 * independent reference implementation that steps minute by minute.
 */
import Holidays from 'date-holidays';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  addBusinessMinutes,
  businessMillisecondsBetween,
  businessMinutesBetween,
  isOpenAt,
  nextOpening,
  type BusinessCalendar,
  type IsoWeekday,
  type OpeningInterval,
} from './index.js';

const MIN = 60_000;
const HOUR = 60 * MIN;
const DAY = 24 * HOUR;

// ---------------------------------------------------------------------------------------------
// Reference implementation
//
// Semantics, stated independently of the production code: let wall(t) be the local wall clock
// at instant t (from Intl) and M(t) = max of wall(t') over t' ≤ t (the wall clock never "goes
// back" in M, so the repeated hour of a fall-back night keeps the first occurrence's position).
// t is open iff M(t) lies in [start, end) of an open interval of the local date of M(t).
// This equals mapping each wall-clock boundary to the first instant whose wall clock reaches it:
// a boundary inside a spring-forward gap maps to the transition, one inside a fall-back overlap
// to its first occurrence. Open/closed is constant on each UTC minute for the zones used
// (whole-hour transitions), so the reference steps one UTC minute at a time.
// ---------------------------------------------------------------------------------------------

const refFormatters = new Map<string, Intl.DateTimeFormat>();
const refOffsets = new Map<string, number>();

function refOffsetAtHour(timeZone: string, hourStart: number): number {
  const key = `${timeZone}@${hourStart}`;
  const cached = refOffsets.get(key);
  if (cached !== undefined) return cached;
  let formatter = refFormatters.get(timeZone);
  if (!formatter) {
    formatter = new Intl.DateTimeFormat('sv-SE', {
      timeZone,
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
      hourCycle: 'h23',
    });
    refFormatters.set(timeZone, formatter);
  }
  const parts = Object.fromEntries(
    formatter.formatToParts(new Date(hourStart)).map((p) => [p.type, p.value]),
  );
  const wall = Date.UTC(
    Number(parts.year),
    Number(parts.month) - 1,
    Number(parts.day),
    Number(parts.hour),
    Number(parts.minute),
  );
  const offset = wall - hourStart;
  refOffsets.set(key, offset);
  return offset;
}

/** Local wall clock at a whole UTC minute, as "wall ms" (the wall time read as if it were UTC). */
function refWall(timeZone: string, minuteStart: number): number {
  const hourStart = Math.floor(minuteStart / HOUR) * HOUR;
  return minuteStart + refOffsetAtHour(timeZone, hourStart);
}

function refMinutes(text: string): number {
  return Number(text.slice(0, 2)) * 60 + Number(text.slice(3, 5));
}

const refHolidayCache = new Map<string, Set<string>>();
function refHolidays(country: string, year: number): Set<string> {
  const key = `${country}${year}`;
  let set = refHolidayCache.get(key);
  if (!set) {
    set = new Set(
      new Holidays(country)
        .getHolidays(year)
        .filter((h) => h.type === 'public')
        .map((h) => h.date.slice(0, 10)),
    );
    if (country === 'SE') {
      set.add(`${year}-12-24`);
      set.add(`${year}-12-31`);
      for (let day = 19; day <= 25; day++) {
        if (new Date(Date.UTC(year, 5, day)).getUTCDay() === 5) set.add(`${year}-06-${day}`);
      }
    }
    refHolidayCache.set(key, set);
  }
  return set;
}

class Reference {
  private readonly days = new Map<string, [number, number][]>();
  constructor(private readonly cal: BusinessCalendar) {}

  private intervalsOf(date: string): [number, number][] {
    let result = this.days.get(date);
    if (result) return result;
    const toPairs = (list: OpeningInterval[]): [number, number][] =>
      list.map((i) => [refMinutes(i.start), refMinutes(i.end)]);
    const special = this.cal.specialDates.find((s) => s.date === date);
    const weekday = (((new Date(`${date}T00:00:00Z`).getUTCDay() + 6) % 7) + 1) as IsoWeekday;
    if (this.cal.closedDates.includes(date)) result = [];
    else if (special) result = toPairs(special.intervals);
    else if (
      this.cal.holidays &&
      !(this.cal.openDates ?? []).includes(date) &&
      refHolidays(this.cal.holidays.country, Number(date.slice(0, 4))).has(date)
    )
      result = [];
    else result = toPairs(this.cal.weekly[weekday] ?? []);
    this.days.set(date, result);
    return result;
  }

  private openAtWall(maxWall: number): boolean {
    const date = new Date(maxWall).toISOString().slice(0, 10);
    const minute = Math.round((maxWall - Date.parse(`${date}T00:00:00Z`)) / MIN);
    return this.intervalsOf(date).some(([s, e]) => s <= minute && minute < e);
  }

  /** Calls visit(minuteStart, open) for each UTC minute from the one containing `from`. */
  private scan(from: number, visit: (minuteStart: number, open: boolean) => boolean): void {
    const first = Math.floor(from / MIN) * MIN;
    let maxWall = Number.NEGATIVE_INFINITY;
    for (let m = first - 3 * HOUR; m < first; m += MIN)
      maxWall = Math.max(maxWall, refWall(this.cal.timeZone, m));
    for (let m = first; ; m += MIN) {
      maxWall = Math.max(maxWall, refWall(this.cal.timeZone, m));
      if (!visit(m, this.openAtWall(maxWall))) return;
    }
  }

  isOpen(t: number): boolean {
    let result = false;
    this.scan(t, (_m, open) => {
      result = open;
      return false;
    });
    return result;
  }

  /** Open ms in [a, b), a <= b. */
  betweenMs(a: number, b: number): number {
    let sum = 0;
    this.scan(a, (m, open) => {
      if (m >= b) return false;
      if (open) sum += Math.min(b, m + MIN) - Math.max(a, m);
      return true;
    });
    return sum;
  }

  /** null when it needs more than maxMinutes steps. */
  add(start: number, minutes: number, maxMinutes: number): number | null {
    let remaining = minutes * MIN;
    let result: number | null = null;
    let steps = 0;
    this.scan(start, (m, open) => {
      if (++steps > maxMinutes) return false;
      if (!open) return true;
      const from = Math.max(start, m);
      if (remaining === 0) {
        result = from;
        return false;
      }
      const take = Math.min(remaining, m + MIN - from);
      remaining -= take;
      if (remaining === 0) {
        result = from + take;
        return false;
      }
      return true;
    });
    return result;
  }
}

// ---------------------------------------------------------------------------------------------
// Arbitraries
// ---------------------------------------------------------------------------------------------

// America/New_York (negative offset) exercises local days that spill over chunk boundaries.
const ZONES = ['Europe/Stockholm', 'Europe/Oslo', 'UTC', 'America/New_York'] as const;

function lastSundayUtc(year: number, month: number): number {
  const last = new Date(Date.UTC(year, month + 1, 0));
  return Date.UTC(year, month, last.getUTCDate() - last.getUTCDay());
}

/** Instants worth probing: EU DST transitions (01:00 UTC), holidays, year ends, 2024–2028. */
const ANCHORS: number[] = [];
for (let year = 2024; year <= 2028; year++) {
  ANCHORS.push(lastSundayUtc(year, 2) + HOUR, lastSundayUtc(year, 9) + HOUR);
  ANCHORS.push(Date.UTC(year, 11, 23, 12), Date.UTC(year, 11, 30, 12), Date.UTC(year, 5, 18, 12));
  ANCHORS.push(Date.UTC(year, 4, 16, 12), Date.UTC(year, 3, 1, 12));
}
const RANGE_START = Date.UTC(2024, 0, 1);
const RANGE_END = Date.UTC(2029, 0, 1);

const DST_TRANSITIONS = ANCHORS.filter((_, i) => i % 7 < 2);

const instantArb: fc.Arbitrary<number> = fc.oneof(
  fc
    .tuple(fc.constantFrom(...DST_TRANSITIONS), fc.integer({ min: -36 * 60, max: 36 * 60 }))
    .map(([transition, minutes]) => transition + minutes * MIN),
  fc.integer({ min: RANGE_START, max: RANGE_END }),
  fc.integer({ min: RANGE_START / MIN, max: RANGE_END / MIN }).map((m) => m * MIN),
  fc
    .tuple(
      fc.constantFrom(...ANCHORS),
      fc.integer({ min: -3 * 1440, max: 3 * 1440 }),
      fc.constantFrom(0, 0, 0, 1, 59_999, 30_000),
    )
    .map(([anchor, minutes, ms]) => anchor + minutes * MIN + ms),
);

const boundaryArb = fc.oneof(
  fc.integer({ min: 0, max: 1440 }),
  fc.constantFrom(0, 60, 120, 150, 180, 240, 540, 990, 1440),
  fc.integer({ min: 100, max: 200 }), // around the DST gap/overlap (02:00–03:00 local)
);

const dayArb: fc.Arbitrary<OpeningInterval[]> = fc
  .uniqueArray(boundaryArb, { maxLength: 6 })
  .map((values) => {
    const sorted = [...values].sort((a, b) => a - b);
    const intervals: OpeningInterval[] = [];
    for (let i = 0; i + 1 < sorted.length; i += 2) {
      const fmt = (m: number) =>
        `${String(Math.floor(m / 60)).padStart(2, '0')}:${String(m % 60).padStart(2, '0')}`;
      intervals.push({ start: fmt(sorted[i] ?? 0), end: fmt(sorted[i + 1] ?? 0) });
    }
    return intervals;
  });

const dateArb = fc
  .tuple(fc.constantFrom(...ANCHORS), fc.integer({ min: -3, max: 3 }))
  .map(([anchor, days]) => new Date(anchor + days * DAY).toISOString().slice(0, 10));

const calendarArb: fc.Arbitrary<BusinessCalendar> = fc
  .record({
    timeZone: fc.constantFrom(...ZONES),
    days: fc.array(dayArb, { minLength: 7, maxLength: 7 }),
    holidays: fc.constantFrom(null, { country: 'NO' }, { country: 'SE' }),
    dates: fc.uniqueArray(fc.tuple(dateArb, fc.constantFrom('closed', 'open', 'special'), dayArb), {
      maxLength: 8,
      selector: ([date]) => date,
    }),
  })
  .map(({ timeZone, days, holidays, dates }) => {
    if (days.every((d) => d.length === 0)) days[0] = [{ start: '09:00', end: '16:30' }];
    const weekly: BusinessCalendar['weekly'] = {};
    days.forEach((intervals, i) => {
      weekly[(i + 1) as IsoWeekday] = intervals;
    });
    return {
      timeZone,
      weekly,
      holidays,
      closedDates: dates.filter(([, kind]) => kind === 'closed').map(([date]) => date),
      openDates: dates.filter(([, kind]) => kind === 'open').map(([date]) => date),
      specialDates: dates
        .filter(([, kind]) => kind === 'special')
        .map(([date, , intervals]) => ({ date, intervals })),
    };
  });

const minutesArb = fc.oneof(
  fc.integer({ min: 0, max: 2400 }),
  fc.constantFrom(0, 1, 30, 60, 240, 480, 1440, 2400),
);

const add = (cal: BusinessCalendar, t: number, m: number) =>
  addBusinessMinutes(cal, new Date(t), m).getTime();
const between = (cal: BusinessCalendar, a: number, b: number) =>
  businessMillisecondsBetween(cal, new Date(a), new Date(b));

const RUNS = { numRuns: 500 };

describe('properties of addBusinessMinutes / businessMinutesBetween', () => {
  it('additivity: add(add(s, a), b) = add(s, a + b) for a ≥ 0, b > 0', () => {
    fc.assert(
      fc.property(calendarArb, instantArb, minutesArb, minutesArb, (cal, s, a, b) => {
        fc.pre(b > 0);
        expect(add(cal, add(cal, s, a), b)).toBe(add(cal, s, a + b));
      }),
      RUNS,
    );
  });

  it('(b = 0 is not additive: add(s, a) may be a closing instant, add(·, 0) then jumps to the next opening)', () => {
    const cal: BusinessCalendar = {
      timeZone: 'UTC',
      weekly: { 1: [{ start: '09:00', end: '10:00' }], 2: [{ start: '09:00', end: '10:00' }] },
      holidays: null,
      closedDates: [],
      specialDates: [],
    };
    const s = Date.UTC(2026, 2, 9, 9); // Monday 09:00
    expect(add(cal, s, 60)).toBe(Date.UTC(2026, 2, 9, 10));
    expect(add(cal, add(cal, s, 60), 0)).toBe(Date.UTC(2026, 2, 10, 9));
  });

  it('round trip: between(s, add(s, m)) = m, whether s is inside or outside open time', () => {
    fc.assert(
      fc.property(calendarArb, instantArb, minutesArb, (cal, s, m) => {
        expect(businessMinutesBetween(cal, new Date(s), new Date(add(cal, s, m)))).toBe(m);
      }),
      RUNS,
    );
  });

  it('minimality: for m > 0, the result is open just before it and less than m has passed 1 ms earlier', () => {
    fc.assert(
      fc.property(calendarArb, instantArb, minutesArb, (cal, s, m) => {
        fc.pre(m > 0);
        const r = add(cal, s, m);
        expect(r).toBeGreaterThan(s);
        expect(isOpenAt(cal, new Date(r - 1))).toBe(true);
        expect(between(cal, s, r - 1)).toBe(m * MIN - 1);
      }),
      RUNS,
    );
  });

  it('add(s, 0) = nextOpening(s), which is open and has no open time before it', () => {
    fc.assert(
      fc.property(calendarArb, instantArb, (cal, s) => {
        const r = add(cal, s, 0);
        expect(nextOpening(cal, new Date(s))?.getTime()).toBe(r);
        expect(r).toBeGreaterThanOrEqual(s);
        expect(isOpenAt(cal, new Date(r))).toBe(true);
        expect(between(cal, s, r)).toBe(0);
        if (isOpenAt(cal, new Date(s))) expect(r).toBe(s);
      }),
      RUNS,
    );
  });

  it('between is additive over a split point and antisymmetric', () => {
    fc.assert(
      fc.property(calendarArb, instantArb, instantArb, instantArb, (cal, a, b, c) => {
        expect(between(cal, a, b) + between(cal, b, c)).toBe(between(cal, a, c));
        expect(between(cal, a, b)).toBe(0 - between(cal, b, a));
        expect(businessMinutesBetween(cal, new Date(a), new Date(b))).toBe(
          between(cal, a, b) / MIN,
        );
      }),
      { numRuns: 500 },
    );
  });

  it('between is bounded by elapsed time and is 1 ms exactly at open instants', () => {
    fc.assert(
      fc.property(calendarArb, instantArb, instantArb, (cal, a, b) => {
        const [lo, hi] = a <= b ? [a, b] : [b, a];
        const open = between(cal, lo, hi);
        expect(open).toBeGreaterThanOrEqual(0);
        expect(open).toBeLessThanOrEqual(hi - lo);
        expect(between(cal, a, a + 1)).toBe(isOpenAt(cal, new Date(a)) ? 1 : 0);
      }),
      RUNS,
    );
  });

  it('add is monotone in minutes and in start', () => {
    fc.assert(
      fc.property(
        calendarArb,
        instantArb,
        instantArb,
        minutesArb,
        minutesArb,
        (cal, s1, s2, m1, m2) => {
          const [sLo, sHi] = s1 <= s2 ? [s1, s2] : [s2, s1];
          const [mLo, mHi] = m1 <= m2 ? [m1, m2] : [m2, m1];
          expect(add(cal, sLo, mLo)).toBeLessThanOrEqual(add(cal, sLo, mHi));
          expect(add(cal, sLo, mHi)).toBeLessThanOrEqual(add(cal, sHi, mHi));
          if (mLo < mHi) expect(add(cal, sLo, mLo)).toBeLessThan(add(cal, sLo, mHi));
        },
      ),
      RUNS,
    );
  });
});

describe('agreement with the minute-stepping reference implementation', () => {
  it('isOpenAt matches the reference', () => {
    fc.assert(
      fc.property(calendarArb, instantArb, (cal, t) => {
        expect(isOpenAt(cal, new Date(t))).toBe(new Reference(cal).isOpen(t));
      }),
      { numRuns: 1000 },
    );
  });

  it('businessMinutesBetween matches the reference over ranges up to 3 days', () => {
    fc.assert(
      fc.property(
        calendarArb,
        instantArb,
        fc.integer({ min: 0, max: 3 * DAY }),
        (cal, a, length) => {
          const ref = new Reference(cal);
          expect(between(cal, a, a + length)).toBe(ref.betweenMs(a, a + length));
        },
      ),
      { numRuns: 400 },
    );
  });

  it('addBusinessMinutes matches the reference (within 10 days of stepping)', () => {
    let compared = 0;
    fc.assert(
      fc.property(calendarArb, instantArb, fc.integer({ min: 0, max: 900 }), (cal, s, m) => {
        const expected = new Reference(cal).add(s, m, 10 * 1440);
        if (expected === null) return;
        compared++;
        expect(add(cal, s, m)).toBe(expected);
      }),
      { numRuns: 400 },
    );
    expect(compared).toBeGreaterThan(200);
    // The reference steps minute by minute through up to ten days for each of 400 runs: close
    // to 5 s on a slow 2-core machine, vitest's default limit, and past it under load.
  }, 60_000);

  it('matches the reference on every DST night 2024–2028 with night and 24h calendars', () => {
    const cases: BusinessCalendar[] = [];
    for (const timeZone of ['Europe/Stockholm', 'Europe/Oslo']) {
      for (const intervals of [
        [{ start: '00:00', end: '24:00' }],
        [{ start: '01:00', end: '04:00' }],
        [
          { start: '02:30', end: '02:45' },
          { start: '02:50', end: '03:10' },
        ],
        [
          { start: '00:30', end: '02:00' },
          { start: '03:00', end: '24:00' },
        ],
      ]) {
        const weekly: BusinessCalendar['weekly'] = { 7: intervals, 6: intervals };
        cases.push({ timeZone, weekly, holidays: null, closedDates: [], specialDates: [] });
      }
    }
    for (const cal of cases) {
      const ref = new Reference(cal);
      for (const night of DST_TRANSITIONS) {
        const from = night - 6 * HOUR;
        const to = night + 6 * HOUR;
        expect(
          between(cal, from, to),
          `${cal.timeZone} ${JSON.stringify(cal.weekly[7])} ${new Date(night).toISOString()}`,
        ).toBe(ref.betweenMs(from, to));
        for (const m of [0, 10, 30, 60, 90]) {
          const expected = ref.add(from, m, 15 * 1440);
          expect(expected).not.toBeNull();
          expect(add(cal, from, m)).toBe(expected);
        }
      }
    }
  });
});

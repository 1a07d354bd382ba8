import Holidays from 'date-holidays';
import { describe, expect, it } from 'vitest';
import {
  NoOpenTimeError,
  addBusinessMinutes,
  businessMillisecondsBetween,
  businessMinutesBetween,
  holidayClosures,
  isOpenAt,
  localDateOf,
  nextCalendarChange,
  nextOpening,
  openIntervalsOn,
  standardItCalendars,
  type BusinessCalendar,
  type OpeningInterval,
} from './index.js';

const d = (iso: string): Date => new Date(iso);
const iso = (date: Date | null): string | null => (date === null ? null : date.toISOString());

function weekdays(
  intervals: OpeningInterval[],
  overrides: Partial<BusinessCalendar> = {},
): BusinessCalendar {
  return {
    timeZone: 'Europe/Oslo',
    weekly: { 1: intervals, 2: intervals, 3: intervals, 4: intervals, 5: intervals, 6: [], 7: [] },
    holidays: null,
    closedDates: [],
    specialDates: [],
    ...overrides,
  };
}

const OFFICE: OpeningInterval[] = [{ start: '09:00', end: '16:30' }];
const oslo = weekdays(OFFICE, { holidays: { country: 'NO' } });
const stockholm = weekdays(OFFICE, { timeZone: 'Europe/Stockholm', holidays: { country: 'SE' } });

function allDays(intervals: OpeningInterval[], timeZone: string): BusinessCalendar {
  const weekly = {
    1: intervals,
    2: intervals,
    3: intervals,
    4: intervals,
    5: intervals,
    6: intervals,
    7: intervals,
  };
  return { timeZone, weekly, holidays: null, closedDates: [], specialDates: [] };
}

describe('addBusinessMinutes — weekly hours', () => {
  it('Friday 16:00 + 60 min on 09:00–16:30 is Monday 09:30', () => {
    // 2026-03-06 is a Friday (CET, +01:00).
    expect(iso(addBusinessMinutes(oslo, d('2026-03-06T16:00:00+01:00'), 60))).toBe(
      d('2026-03-09T09:30:00+01:00').toISOString(),
    );
  });

  it('returns the closing instant when the time runs out exactly at closing', () => {
    expect(iso(addBusinessMinutes(oslo, d('2026-03-06T16:00:00+01:00'), 30))).toBe(
      d('2026-03-06T16:30:00+01:00').toISOString(),
    );
  });

  it('starts counting at the next opening when started outside open time', () => {
    // Saturday 12:00 → Monday 09:00 + 45 min.
    expect(iso(addBusinessMinutes(oslo, d('2026-03-07T12:00:00+01:00'), 45))).toBe(
      d('2026-03-09T09:45:00+01:00').toISOString(),
    );
    // Before opening on a weekday.
    expect(iso(addBusinessMinutes(oslo, d('2026-03-10T06:00:00+01:00'), 60))).toBe(
      d('2026-03-10T10:00:00+01:00').toISOString(),
    );
  });

  it('0 minutes returns the next open instant at or after start', () => {
    const inside = d('2026-03-10T10:17:23.456+01:00');
    expect(iso(addBusinessMinutes(oslo, inside, 0))).toBe(inside.toISOString());
    expect(iso(addBusinessMinutes(oslo, d('2026-03-06T16:30:00+01:00'), 0))).toBe(
      d('2026-03-09T09:00:00+01:00').toISOString(),
    );
  });

  it('spans a whole week of SLA time (2400 min = 5 days 2.5 h… of 7.5 h days)', () => {
    // 2400 min = 5 × 450 min + 150 min. Monday 09:00 → next Monday 11:30.
    expect(iso(addBusinessMinutes(oslo, d('2026-03-09T09:00:00+01:00'), 2400))).toBe(
      d('2026-03-16T11:30:00+01:00').toISOString(),
    );
  });

  it('handles fractional minutes to the millisecond', () => {
    expect(iso(addBusinessMinutes(oslo, d('2026-03-10T09:00:00+01:00'), 1.5))).toBe(
      d('2026-03-10T09:01:30+01:00').toISOString(),
    );
  });

  it('rejects negative, NaN and infinite minutes and invalid dates', () => {
    expect(() => addBusinessMinutes(oslo, d('2026-03-10T09:00:00Z'), -1)).toThrow(RangeError);
    expect(() => addBusinessMinutes(oslo, d('2026-03-10T09:00:00Z'), Number.NaN)).toThrow(
      RangeError,
    );
    expect(() => addBusinessMinutes(oslo, d('2026-03-10T09:00:00Z'), Infinity)).toThrow(RangeError);
    expect(() => addBusinessMinutes(oslo, new Date(Number.NaN), 5)).toThrow(RangeError);
  });
});

describe('holidays', () => {
  it('date-holidays classifies the Swedish eves as non-public, so they are handled explicitly', () => {
    const se = new Holidays('SE').getHolidays(2026);
    const typeOf = (date: string) => se.find((h) => h.date.startsWith(date))?.type;
    expect(typeOf('2026-06-19')).toBe('bank'); // midsommarafton
    expect(typeOf('2026-12-24')).toBe('bank'); // julafton
    expect(typeOf('2026-12-31')).toBe('bank'); // nyårsafton
    expect(typeOf('2026-04-02')).toBe('observance'); // skärtorsdagen: a working day in Sweden
    const no = new Holidays('NO').getHolidays(2026);
    expect(no.find((h) => h.date.startsWith('2026-12-24'))?.type).toBe('bank');
    expect(no.find((h) => h.date.startsWith('2026-04-02'))?.type).toBe('public'); // skjærtorsdag

    const closures = holidayClosures('SE', 2026);
    expect(closures.filter((c) => c.source === 'default-closure').map((c) => c.date)).toEqual([
      '2026-06-19',
      '2026-12-24',
      '2026-12-31',
    ]);
    expect(holidayClosures('NO', 2026).some((c) => c.date === '2026-12-24')).toBe(false);
  });

  it('Easter in Norway: Maundy Thursday, Good Friday and Easter Monday are closed', () => {
    // Wed 2026-04-01 16:00 + 60 → Tue 2026-04-07 09:30 (CEST).
    expect(iso(addBusinessMinutes(oslo, d('2026-04-01T16:00:00+02:00'), 60))).toBe(
      d('2026-04-07T09:30:00+02:00').toISOString(),
    );
  });

  it('Easter in Sweden: Maundy Thursday is a working day, Good Friday and Easter Monday are not', () => {
    expect(iso(addBusinessMinutes(stockholm, d('2026-04-01T16:00:00+02:00'), 60))).toBe(
      d('2026-04-02T09:30:00+02:00').toISOString(),
    );
    expect(iso(addBusinessMinutes(stockholm, d('2026-04-02T16:00:00+02:00'), 60))).toBe(
      d('2026-04-07T09:30:00+02:00').toISOString(),
    );
  });

  it('Christmas Eve is closed by default in Sweden, and can be re-opened via openDates', () => {
    // Wed 23 Dec 16:00 + 60: 24 (default), 25, 26 (public), 27 (Sunday) closed → Mon 28 Dec.
    expect(iso(addBusinessMinutes(stockholm, d('2026-12-23T16:00:00+01:00'), 60))).toBe(
      d('2026-12-28T09:30:00+01:00').toISOString(),
    );
    const reopened = { ...stockholm, openDates: ['2026-12-24'] };
    expect(iso(addBusinessMinutes(reopened, d('2026-12-23T16:00:00+01:00'), 60))).toBe(
      d('2026-12-24T09:30:00+01:00').toISOString(),
    );
    expect(openIntervalsOn(stockholm, '2026-12-24')).toEqual([]);
    expect(openIntervalsOn(reopened, '2026-12-24')).toEqual([
      { start: d('2026-12-24T09:00:00+01:00'), end: d('2026-12-24T16:30:00+01:00') },
    ]);
  });

  it('Christmas Eve is open in Norway by default (only public holidays close)', () => {
    expect(iso(addBusinessMinutes(oslo, d('2026-12-23T16:00:00+01:00'), 60))).toBe(
      d('2026-12-24T09:30:00+01:00').toISOString(),
    );
  });

  it('Norwegian Constitution Day, 17 May, is closed', () => {
    // 2028-05-17 is a Wednesday. Tue 16 May 16:00 + 60 → Thu 18 May 09:30.
    expect(isOpenAt(oslo, d('2028-05-17T10:00:00+02:00'))).toBe(false);
    expect(iso(addBusinessMinutes(oslo, d('2028-05-16T16:00:00+02:00'), 60))).toBe(
      d('2028-05-18T09:30:00+02:00').toISOString(),
    );
    expect(isOpenAt(stockholm, d('2028-05-17T10:00:00+02:00'))).toBe(true);
  });

  it('Midsummer Eve is closed in Sweden (Friday between 19 and 25 June), open in Norway', () => {
    // Thu 18 June 2026 16:00 + 60 → Mon 22 June 09:30 (19 eve, 20 Midsummer Day, 21 Sunday).
    expect(iso(addBusinessMinutes(stockholm, d('2026-06-18T16:00:00+02:00'), 60))).toBe(
      d('2026-06-22T09:30:00+02:00').toISOString(),
    );
    expect(isOpenAt(stockholm, d('2027-06-25T10:00:00+02:00'))).toBe(false); // 2027: 25 June
    expect(isOpenAt(stockholm, d('2027-06-24T10:00:00+02:00'))).toBe(true);
    expect(isOpenAt(oslo, d('2026-06-19T10:00:00+02:00'))).toBe(true);
  });

  it('year end: 31 Dec → 2 Jan', () => {
    // Norway: 31 Dec 2025 (Wed) is open, 1 Jan closed → Fri 2 Jan 2026.
    expect(iso(addBusinessMinutes(oslo, d('2025-12-31T16:00:00+01:00'), 60))).toBe(
      d('2026-01-02T09:30:00+01:00').toISOString(),
    );
    // Sweden: New Year's Eve closed by default too.
    expect(iso(addBusinessMinutes(stockholm, d('2025-12-30T16:00:00+01:00'), 60))).toBe(
      d('2026-01-02T09:30:00+01:00').toISOString(),
    );
    // Between over the year end counts only open time.
    expect(
      businessMinutesBetween(oslo, d('2025-12-31T16:00:00+01:00'), d('2026-01-02T09:30:00+01:00')),
    ).toBe(60);
  });
});

describe('closedDates, specialDates, multi-interval days', () => {
  it('lunch gap: 06:30–11:30 and 12:30–16:00', () => {
    const cal = weekdays([
      { start: '06:30', end: '11:30' },
      { start: '12:30', end: '16:00' },
    ]);
    expect(iso(addBusinessMinutes(cal, d('2026-03-10T11:00:00+01:00'), 60))).toBe(
      d('2026-03-10T13:00:00+01:00').toISOString(),
    );
    // Exactly the morning's remaining time ends at 11:30, not 12:30.
    expect(iso(addBusinessMinutes(cal, d('2026-03-10T11:00:00+01:00'), 30))).toBe(
      d('2026-03-10T11:30:00+01:00').toISOString(),
    );
    expect(isOpenAt(cal, d('2026-03-10T12:00:00+01:00'))).toBe(false);
    expect(iso(nextOpening(cal, d('2026-03-10T12:00:00+01:00')))).toBe(
      d('2026-03-10T12:30:00+01:00').toISOString(),
    );
    // Full day = 300 + 210 = 510 min.
    expect(
      businessMinutesBetween(cal, d('2026-03-10T00:00:00+01:00'), d('2026-03-11T00:00:00+01:00')),
    ).toBe(510);
  });

  it('specialDates replace the hours of that day', () => {
    const cal = {
      ...oslo,
      specialDates: [{ date: '2026-06-19', intervals: [{ start: '09:00', end: '12:00' }] }],
    };
    // Fri 19 June 11:30 + 60 → 30 min that day, then Mon 22 June 09:30.
    expect(iso(addBusinessMinutes(cal, d('2026-06-19T11:30:00+02:00'), 60))).toBe(
      d('2026-06-22T09:30:00+02:00').toISOString(),
    );
    // A special date opens a Saturday, and can also open a holiday.
    const saturday = {
      ...oslo,
      specialDates: [
        { date: '2026-03-07', intervals: [{ start: '10:00', end: '14:00' }] },
        { date: '2026-05-17', intervals: [{ start: '10:00', end: '11:00' }] },
      ],
    };
    expect(iso(addBusinessMinutes(saturday, d('2026-03-06T16:00:00+01:00'), 60))).toBe(
      d('2026-03-07T10:30:00+01:00').toISOString(),
    );
    expect(
      businessMinutesBetween(
        saturday,
        d('2026-05-17T00:00:00+02:00'),
        d('2026-05-18T00:00:00+02:00'),
      ),
    ).toBe(60);
    // An empty special date closes the day.
    const closedDay = { ...oslo, specialDates: [{ date: '2026-03-10', intervals: [] }] };
    expect(isOpenAt(closedDay, d('2026-03-10T10:00:00+01:00'))).toBe(false);
  });

  it('closedDates close extra days', () => {
    const cal = { ...oslo, closedDates: ['2026-03-09', '2026-03-10'] };
    expect(iso(addBusinessMinutes(cal, d('2026-03-06T16:00:00+01:00'), 60))).toBe(
      d('2026-03-11T09:30:00+01:00').toISOString(),
    );
  });

  it('openDates on a date that is not a holiday changes nothing', () => {
    const cal = { ...oslo, openDates: ['2026-03-07'] }; // a Saturday: still no weekly hours
    expect(openIntervalsOn(cal, '2026-03-07')).toEqual([]);
  });

  it('24:00 end joins with the next day at local midnight', () => {
    const cal = weekdays([
      { start: '20:00', end: '24:00' },
      { start: '00:00', end: '02:00' },
    ]);
    // Tue 23:00 + 120 min → Wed 01:00 (open through midnight).
    expect(iso(addBusinessMinutes(cal, d('2026-03-10T23:00:00+01:00'), 120))).toBe(
      d('2026-03-11T01:00:00+01:00').toISOString(),
    );
    expect(iso(nextCalendarChange(cal, d('2026-03-10T23:00:00+01:00')))).toBe(
      d('2026-03-11T02:00:00+01:00').toISOString(),
    );
  });
});

describe('daylight saving time (Europe/Stockholm and Europe/Oslo)', () => {
  // 2026: spring forward Sun 29 March 02:00 CET → 03:00 CEST; fall back Sun 25 Oct 03:00 CEST → 02:00 CET.
  for (const timeZone of ['Europe/Stockholm', 'Europe/Oslo']) {
    const always = allDays([{ start: '00:00', end: '24:00' }], timeZone);
    const night = allDays([{ start: '01:00', end: '04:00' }], timeZone);

    it(`${timeZone}: a 24h calendar has a 23-hour spring-forward day and a 25-hour fall-back day`, () => {
      expect(
        businessMinutesBetween(
          always,
          d('2026-03-29T00:00:00+01:00'),
          d('2026-03-30T00:00:00+02:00'),
        ),
      ).toBe(23 * 60);
      expect(
        businessMinutesBetween(
          always,
          d('2026-10-25T00:00:00+02:00'),
          d('2026-10-26T00:00:00+01:00'),
        ),
      ).toBe(25 * 60);
      // Midnight + 180 real minutes = 04:00 CEST (wall clock skipped 02:00–03:00).
      expect(iso(addBusinessMinutes(always, d('2026-03-29T00:00:00+01:00'), 180))).toBe(
        '2026-03-29T02:00:00.000Z',
      );
      // Midnight + 180 real minutes on fall-back night = 02:00 CET (the second 02:00).
      expect(iso(addBusinessMinutes(always, d('2026-10-25T00:00:00+02:00'), 180))).toBe(
        '2026-10-25T01:00:00.000Z',
      );
      expect(
        openIntervalsOn(always, '2026-03-29').map((i) => [
          i.start.toISOString(),
          i.end.toISOString(),
        ]),
      ).toEqual([['2026-03-28T23:00:00.000Z', '2026-03-29T22:00:00.000Z']]);
    });

    it(`${timeZone}: 01:00–04:00 lasts 2 h on the spring-forward night and 4 h on the fall-back night`, () => {
      expect(
        businessMinutesBetween(night, d('2026-03-28T12:00:00Z'), d('2026-03-29T12:00:00Z')),
      ).toBe(120);
      expect(
        businessMinutesBetween(night, d('2026-10-24T12:00:00Z'), d('2026-10-25T12:00:00Z')),
      ).toBe(240);
      expect(
        businessMinutesBetween(night, d('2026-03-21T12:00:00Z'), d('2026-03-22T12:00:00Z')),
      ).toBe(180);
      // Spring: opens 01:00 CET (00:00Z); +90 min = 01:30Z = 03:30 CEST.
      expect(iso(addBusinessMinutes(night, d('2026-03-29T00:30:00+01:00'), 90))).toBe(
        '2026-03-29T01:30:00.000Z',
      );
      // 130 min do not fit in the 120-min night → the next night, 01:00 CEST + 10 min.
      expect(iso(addBusinessMinutes(night, d('2026-03-29T00:30:00+01:00'), 130))).toBe(
        '2026-03-29T23:10:00.000Z',
      );
      // Fall: opens 01:00 CEST (23:00Z on the 24th); +200 min = 02:20Z = 03:20 CET.
      expect(iso(addBusinessMinutes(night, d('2026-10-25T00:30:00+02:00'), 200))).toBe(
        '2026-10-25T02:20:00.000Z',
      );
      expect(
        openIntervalsOn(night, '2026-10-25').map((i) => [
          i.start.toISOString(),
          i.end.toISOString(),
        ]),
      ).toEqual([['2026-10-24T23:00:00.000Z', '2026-10-25T03:00:00.000Z']]);
      // Both 02:30 occurrences of the fall-back night are open.
      expect(isOpenAt(night, d('2026-10-25T02:30:00+02:00'))).toBe(true);
      expect(isOpenAt(night, d('2026-10-25T02:30:00+01:00'))).toBe(true);
    });

    it(`${timeZone}: interval boundaries inside the gap clamp to the transition, inside the overlap use the first occurrence`, () => {
      const gap = allDays([{ start: '02:30', end: '05:00' }], timeZone);
      // 02:30 does not exist on 29 March: opening is at the transition, 03:00 CEST = 01:00Z.
      expect(openIntervalsOn(gap, '2026-03-29').map((i) => i.start.toISOString())).toEqual([
        '2026-03-29T01:00:00.000Z',
      ]);
      // On 25 October 02:30 exists twice: the first occurrence (CEST) is used.
      expect(openIntervalsOn(gap, '2026-10-25').map((i) => i.start.toISOString())).toEqual([
        '2026-10-25T00:30:00.000Z',
      ]);
      // An interval entirely inside the gap has no open time.
      const inGap = allDays([{ start: '02:10', end: '02:50' }], timeZone);
      expect(openIntervalsOn(inGap, '2026-03-29')).toEqual([]);
      expect(
        businessMinutesBetween(inGap, d('2026-03-29T00:00:00Z'), d('2026-03-29T06:00:00Z')),
      ).toBe(0);
    });

    it(`${timeZone}: office hours keep their local wall-clock times across the change`, () => {
      const office = { ...weekdays(OFFICE), timeZone };
      // Fri 27 March 16:00 CET + 60 → Mon 30 March 09:30 CEST (07:30Z).
      expect(iso(addBusinessMinutes(office, d('2026-03-27T16:00:00+01:00'), 60))).toBe(
        '2026-03-30T07:30:00.000Z',
      );
      expect(iso(addBusinessMinutes(office, d('2026-10-23T16:00:00+02:00'), 60))).toBe(
        '2026-10-26T08:30:00.000Z',
      );
    });
  }
});

describe('businessMinutesBetween', () => {
  it('counts open time in [from, to) and is negative when reversed', () => {
    const from = d('2026-03-06T16:00:00+01:00');
    const to = d('2026-03-09T09:30:00+01:00');
    expect(businessMinutesBetween(oslo, from, to)).toBe(60);
    expect(businessMinutesBetween(oslo, to, from)).toBe(-60);
    expect(businessMinutesBetween(oslo, from, from)).toBe(0);
    expect(
      Object.is(
        businessMinutesBetween(oslo, d('2026-03-07T10:00:00Z'), d('2026-03-07T09:00:00Z')),
        -0,
      ),
    ).toBe(false);
  });

  it('returns fractional minutes, and exact milliseconds via businessMillisecondsBetween', () => {
    const from = d('2026-03-10T09:00:00+01:00');
    const to = d('2026-03-10T09:00:30.500+01:00');
    expect(businessMinutesBetween(oslo, from, to)).toBeCloseTo(30.5 / 60, 12);
    expect(businessMillisecondsBetween(oslo, from, to)).toBe(30_500);
  });

  it('counts a full year exactly', () => {
    // 2026 in Norway: 261 weekdays − 8 public holidays on weekdays (1 Jan, 2–3 Apr, 6 Apr,
    // 1 May, 14 May, 25 May, 25 Dec; 17 May is a Sunday, 26 Dec a Saturday) = 253 days × 450 min.
    expect(
      businessMinutesBetween(oslo, d('2026-01-01T00:00:00+01:00'), d('2027-01-01T00:00:00+01:00')),
    ).toBe(253 * 450);
  });
});

describe('time zones far from UTC', () => {
  it('counts every local day of a year in zones with large negative and positive offsets', () => {
    const cases: [string, OpeningInterval[], string, string][] = [
      [
        'America/New_York',
        [{ start: '18:00', end: '24:00' }],
        '2026-01-01T00:00:00-05:00',
        '2027-01-01T00:00:00-05:00',
      ],
      [
        'Pacific/Kiritimati',
        [{ start: '00:00', end: '06:00' }],
        '2026-01-01T00:00:00+14:00',
        '2027-01-01T00:00:00+14:00',
      ],
      [
        'Pacific/Pago_Pago',
        [
          { start: '20:00', end: '24:00' },
          { start: '00:00', end: '02:00' },
        ],
        '2026-01-01T00:00:00-11:00',
        '2027-01-01T00:00:00-11:00',
      ],
    ];
    for (const [timeZone, intervals, from, to] of cases) {
      const cal = allDays(intervals, timeZone);
      expect(businessMinutesBetween(cal, d(from), d(to)), timeZone).toBe(365 * 360);
      // Walking day by day with add gives the same local times every day.
      let t = d(from);
      for (let day = 0; day < 365; day++) {
        t = addBusinessMinutes(cal, t, 360);
        expect(businessMinutesBetween(cal, d(from), t)).toBe((day + 1) * 360);
      }
    }
  });
});

describe('guards and helpers', () => {
  it('throws a clear error instead of looping forever when there is no open time', () => {
    const never = weekdays([], {});
    expect(() => addBusinessMinutes(never, d('2026-03-10T09:00:00Z'), 60)).toThrow(NoOpenTimeError);
    expect(() => addBusinessMinutes(never, d('2026-03-10T09:00:00Z'), 0)).toThrow(
      /no open time within/,
    );
    expect(nextOpening(never, d('2026-03-10T09:00:00Z'))).toBeNull();
    expect(nextCalendarChange(never, d('2026-03-10T09:00:00Z'))).toBeNull();
    expect(
      businessMinutesBetween(never, d('2026-01-01T00:00:00Z'), d('2030-01-01T00:00:00Z')),
    ).toBe(0);
    // Open only on one special date in the past.
    const past = { ...never, specialDates: [{ date: '2020-01-02', intervals: OFFICE }] };
    expect(() => addBusinessMinutes(past, d('2026-03-10T09:00:00Z'), 1)).toThrow(NoOpenTimeError);
  });

  it('finds open time that is sparse but within the horizon', () => {
    const rare = weekdays([], {
      specialDates: [{ date: '2028-02-29', intervals: [{ start: '10:00', end: '11:00' }] }],
    });
    expect(iso(addBusinessMinutes(rare, d('2026-03-10T09:00:00Z'), 30))).toBe(
      d('2028-02-29T10:30:00+01:00').toISOString(),
    );
  });

  it('a 24/7 calendar has no next change within the horizon', () => {
    const always = allDays([{ start: '00:00', end: '24:00' }], 'Europe/Oslo');
    expect(isOpenAt(always, d('2026-03-29T01:30:00Z'))).toBe(true);
    expect(nextCalendarChange(always, d('2026-03-10T09:00:00Z'))).toBeNull();
    expect(iso(addBusinessMinutes(always, d('2026-03-10T09:00:00Z'), 60 * 24 * 400))).toBe(
      '2027-04-14T09:00:00.000Z',
    );
  });

  it('throws on an invalid calendar', () => {
    const bad = weekdays([{ start: '25:00', end: '26:00' }]);
    expect(() => addBusinessMinutes(bad, d('2026-03-10T09:00:00Z'), 1)).toThrow(
      /Invalid business calendar: weekly.1\[0\].start/,
    );
  });

  it('accepts records with extra properties (e.g. an id) at computation time', () => {
    const withId = { ...oslo, id: 'cal-1', name: 'IT' } as BusinessCalendar;
    expect(isOpenAt(withId, d('2026-03-10T10:00:00+01:00'))).toBe(true);
  });

  it('localDateOf uses the zone’s wall clock', () => {
    expect(localDateOf('Europe/Oslo', d('2026-12-31T23:30:00Z'))).toBe('2027-01-01');
    expect(localDateOf('UTC', d('2026-12-31T23:30:00Z'))).toBe('2026-12-31');
    expect(localDateOf('America/Los_Angeles', d('2027-01-01T05:00:00Z'))).toBe('2026-12-31');
  });

  it('openIntervalsOn rejects a bad date', () => {
    expect(() => openIntervalsOn(oslo, '2026-02-30')).toThrow(/not a valid date/);
  });

  it('nextCalendarChange: closing time when open, opening time when closed', () => {
    expect(iso(nextCalendarChange(oslo, d('2026-03-10T10:00:00+01:00')))).toBe(
      d('2026-03-10T16:30:00+01:00').toISOString(),
    );
    expect(iso(nextCalendarChange(oslo, d('2026-03-10T16:30:00+01:00')))).toBe(
      d('2026-03-11T09:00:00+01:00').toISOString(),
    );
  });

  it('standardItCalendars: core 09–14 and extended 09–16:30 on weekdays with holidays', () => {
    const { core, extended } = standardItCalendars('Europe/Stockholm', 'SE');
    expect(openIntervalsOn(core, '2026-03-10')).toEqual([
      { start: d('2026-03-10T09:00:00+01:00'), end: d('2026-03-10T14:00:00+01:00') },
    ]);
    expect(openIntervalsOn(extended, '2026-03-10')).toEqual([
      { start: d('2026-03-10T09:00:00+01:00'), end: d('2026-03-10T16:30:00+01:00') },
    ]);
    expect(openIntervalsOn(core, '2026-03-14')).toEqual([]);
    expect(openIntervalsOn(core, '2026-06-19')).toEqual([]);
    expect(() => standardItCalendars('Mars/Olympus', 'SE')).toThrow(/Unknown time zone/);
    expect(() => standardItCalendars('Europe/Oslo', 'XX')).toThrow(/Unknown country code/);
    expect(standardItCalendars('Europe/Oslo', null).core.holidays).toBeNull();
  });
});

import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { openIntervalsOn } from '../calendar/business-calendar.js';
import { standardItCalendars } from '../calendar/standard-calendars.js';
import { localDateOf } from '../calendar/time-zone.js';
import { addWorkingDays } from './working-days.js';

const core = standardItCalendars('Europe/Stockholm', 'SE').core;

function openDaysBetween(fromExclusive: Date, toInclusive: Date): number {
  let n = 0;
  const last = localDateOf(core.timeZone, toInclusive);
  let day = localDateOf(core.timeZone, fromExclusive);
  for (;;) {
    const next = new Date(`${day}T12:00:00Z`);
    next.setUTCDate(next.getUTCDate() + 1);
    day = next.toISOString().slice(0, 10);
    if (day > last) return n;
    if (openIntervalsOn(core, day).length > 0) n++;
  }
}

describe('addWorkingDays', () => {
  it('counts ten working days from a Monday to the close of the second Friday', () => {
    // Monday 23 November 2026, 10:30 local.
    const due = addWorkingDays(core, new Date('2026-11-23T09:30:00Z'), 10);
    expect(localDateOf(core.timeZone, due)).toBe('2026-12-07');
    const close = openIntervalsOn(core, '2026-12-07').at(-1)?.end;
    expect(due).toEqual(close);
  });

  it('skips Christmas and New Year', () => {
    // Wednesday 23 December: 24, 25, 26, 27 closed; 28, 29, 30 open; 31 Dec and 1 Jan closed.
    const due = addWorkingDays(core, new Date('2026-12-23T08:00:00Z'), 4);
    expect(localDateOf(core.timeZone, due)).toBe('2027-01-04');
  });

  it('zero days is the close of the same open day', () => {
    const due = addWorkingDays(core, new Date('2026-11-23T09:30:00Z'), 0);
    expect(localDateOf(core.timeZone, due)).toBe('2026-11-23');
  });

  it('refuses negative or fractional days', () => {
    expect(() => addWorkingDays(core, new Date('2026-11-23T09:30:00Z'), -1)).toThrow(RangeError);
    expect(() => addWorkingDays(core, new Date('2026-11-23T09:30:00Z'), 1.5)).toThrow(RangeError);
  });

  it('lands after the start on an open day, with exactly N open days counted', () => {
    fc.assert(
      fc.property(
        fc.date({ min: new Date('2025-01-01'), max: new Date('2030-12-31'), noInvalidDate: true }),
        fc.integer({ min: 1, max: 25 }),
        (start, n) => {
          const due = addWorkingDays(core, start, n);
          expect(due.getTime()).toBeGreaterThan(start.getTime());
          expect(openDaysBetween(start, due)).toBe(n);
          expect(addWorkingDays(core, start, n + 1).getTime()).toBeGreaterThan(due.getTime());
        },
      ),
      { numRuns: 60 },
    );
  });
});

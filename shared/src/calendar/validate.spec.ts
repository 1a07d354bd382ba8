import { describe, expect, it } from 'vitest';
import { validateCalendar, type CalendarValidationError } from './index.js';

const valid = {
  timeZone: 'Europe/Oslo',
  weekly: {
    1: [{ start: '09:00', end: '16:30' }],
    2: [
      { start: '12:30', end: '16:00' },
      { start: '06:30', end: '11:30' },
    ],
    3: [{ start: '09:00', end: '24:00' }],
    6: [],
  },
  holidays: { country: 'NO' },
  closedDates: ['2026-12-31'],
  openDates: ['2026-12-24'],
  specialDates: [{ date: '2026-06-19', intervals: [{ start: '09:00', end: '12:00' }] }],
};

function errorsOf(input: unknown): CalendarValidationError[] {
  const result = validateCalendar(input);
  if (result.ok) throw new Error('expected the calendar to be rejected');
  return result.errors;
}

function expectError(input: unknown, path: string, message: RegExp): void {
  const errors = errorsOf(input);
  expect(errors, JSON.stringify(errors)).toContainEqual({
    path,
    message: expect.stringMatching(message),
  });
}

describe('validateCalendar', () => {
  it('accepts a valid calendar and normalizes it', () => {
    const result = validateCalendar(valid);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.calendar).toEqual({
      timeZone: 'Europe/Oslo',
      weekly: {
        1: [{ start: '09:00', end: '16:30' }],
        2: [
          { start: '06:30', end: '11:30' },
          { start: '12:30', end: '16:00' },
        ],
        3: [{ start: '09:00', end: '24:00' }],
        4: [],
        5: [],
        6: [],
        7: [],
      },
      holidays: { country: 'NO' },
      closedDates: ['2026-12-31'],
      openDates: ['2026-12-24'],
      specialDates: [{ date: '2026-06-19', intervals: [{ start: '09:00', end: '12:00' }] }],
    });
  });

  it('fills optional properties and canonicalizes zone and country case', () => {
    const result = validateCalendar({
      timeZone: 'europe/stockholm',
      weekly: {},
      holidays: { country: 'se' },
    });
    expect(result).toEqual({
      ok: true,
      calendar: {
        timeZone: 'Europe/Stockholm',
        weekly: { 1: [], 2: [], 3: [], 4: [], 5: [], 6: [], 7: [] },
        holidays: { country: 'SE' },
        closedDates: [],
        openDates: [],
        specialDates: [],
      },
    });
    expect(validateCalendar({ timeZone: 'UTC', weekly: {}, holidays: null }).ok).toBe(true);
  });

  it('rejects non-objects', () => {
    expect(errorsOf(null)).toEqual([
      { path: '', message: 'Expected a calendar object, got null.' },
    ]);
    expect(errorsOf([])[0]?.path).toBe('');
    expect(errorsOf('Europe/Oslo')[0]?.path).toBe('');
  });

  it('rejects unknown or missing time zones', () => {
    expectError(
      { ...valid, timeZone: 'Europe/Atlantis' },
      'timeZone',
      /^Unknown time zone 'Europe\/Atlantis'/,
    );
    expectError({ ...valid, timeZone: '+01:00' }, 'timeZone', /^Unknown time zone/);
    expectError({ ...valid, timeZone: '' }, 'timeZone', /time zone is required/);
    expectError({ ...valid, timeZone: 1 }, 'timeZone', /time zone is required/);
  });

  it('rejects bad times like "25:00", "9:7", "24:00" as a start and "24:30"', () => {
    expectError(
      { ...valid, weekly: { 1: [{ start: '25:00', end: '26:00' }] } },
      'weekly.1[0].start',
      /'25:00' is not a valid start time/,
    );
    expectError(
      { ...valid, weekly: { 1: [{ start: '9:7', end: '16:00' }] } },
      'weekly.1[0].start',
      /'9:7' is not a valid start time; use HH:MM/,
    );
    expectError(
      { ...valid, weekly: { 1: [{ start: '09:00', end: '16:60' }] } },
      'weekly.1[0].end',
      /'16:60' is not a valid end time/,
    );
    expectError(
      { ...valid, weekly: { 1: [{ start: '24:00', end: '24:00' }] } },
      'weekly.1[0].start',
      /not a valid start time/,
    );
    expectError(
      { ...valid, weekly: { 1: [{ start: '23:00', end: '24:30' }] } },
      'weekly.1[0].end',
      /not a valid end time/,
    );
    expectError(
      { ...valid, weekly: { 1: [{ start: 900, end: '16:00' }] } },
      'weekly.1[0].start',
      /900 is not a valid start time/,
    );
    expectError(
      { ...valid, weekly: { 1: [{ start: '09:00' }] } },
      'weekly.1[0].end',
      /undefined is not a valid end time/,
    );
    expectError(
      { ...valid, weekly: { 1: [{ start: ' 09:00', end: '16:00' }] } },
      'weekly.1[0].start',
      /not a valid start time/,
    );
  });

  it('rejects reversed and empty intervals', () => {
    expectError(
      { ...valid, weekly: { 2: [{ start: '16:00', end: '09:00' }] } },
      'weekly.2[0]',
      /^Interval end 09:00 must be after its start 16:00/,
    );
    expectError(
      { ...valid, weekly: { 2: [{ start: '09:00', end: '09:00' }] } },
      'weekly.2[0]',
      /must be after its start/,
    );
    expectError(
      { ...valid, weekly: { 2: [{ start: '22:00', end: '02:00' }] } },
      'weekly.2[0]',
      /cannot cross midnight/,
    );
  });

  it('rejects overlapping intervals on a day, but allows touching ones', () => {
    expectError(
      {
        ...valid,
        weekly: {
          3: [
            { start: '09:00', end: '12:00' },
            { start: '11:00', end: '13:00' },
          ],
        },
      },
      'weekly.3[1]',
      /^Interval 11:00–13:00 overlaps 09:00–12:00 on the same day\.$/,
    );
    expectError(
      {
        ...valid,
        specialDates: [
          {
            date: '2026-06-19',
            intervals: [
              { start: '08:00', end: '17:00' },
              { start: '10:00', end: '11:00' },
            ],
          },
        ],
      },
      'specialDates[0].intervals[1]',
      /overlaps/,
    );
    // An interval nested in a long one is compared with the long one, not just its neighbour.
    const nested = errorsOf({
      ...valid,
      weekly: {
        4: [
          { start: '08:00', end: '17:00' },
          { start: '09:00', end: '10:00' },
          { start: '12:00', end: '13:00' },
        ],
      },
    });
    expect(nested.map((e) => e.path)).toEqual(['weekly.4[1]', 'weekly.4[2]']);
    expect(nested[1]?.message).toBe('Interval 12:00–13:00 overlaps 08:00–17:00 on the same day.');
    expect(
      validateCalendar({
        ...valid,
        weekly: {
          3: [
            { start: '09:00', end: '12:00' },
            { start: '12:00', end: '13:00' },
          ],
        },
      }).ok,
    ).toBe(true);
  });

  it('rejects weekday keys outside 1..7', () => {
    expectError(
      { ...valid, weekly: { 0: [] } },
      'weekly.0',
      /^Unknown weekday key '0'; use 1 \(Monday\) to 7 \(Sunday\)\.$/,
    );
    expectError({ ...valid, weekly: { 8: [] } }, 'weekly.8', /Unknown weekday key '8'/);
    expectError(
      { ...valid, weekly: { monday: [] } },
      'weekly.monday',
      /Unknown weekday key 'monday'/,
    );
    expectError({ ...valid, weekly: { '01': [] } }, 'weekly.01', /Unknown weekday key '01'/);
    expectError({ ...valid, weekly: [] }, 'weekly', /Expected weekly hours keyed by weekday/);
    expectError({ ...valid, weekly: { 1: 'closed' } }, 'weekly.1', /Expected a list of intervals/);
  });

  it('rejects bad dates', () => {
    expectError(
      { ...valid, closedDates: ['2026-02-30'] },
      'closedDates[0]',
      /^'2026-02-30' is not a valid date; use YYYY-MM-DD/,
    );
    expectError({ ...valid, closedDates: ['2026-13-01'] }, 'closedDates[0]', /not a valid date/);
    expectError({ ...valid, closedDates: ['31.12.2026'] }, 'closedDates[0]', /not a valid date/);
    expectError(
      { ...valid, closedDates: ['2026-12-31T00:00:00Z'] },
      'closedDates[0]',
      /not a valid date/,
    );
    expectError({ ...valid, openDates: ['2025-02-29'] }, 'openDates[0]', /not a valid date/);
    expectError(
      { ...valid, specialDates: [{ date: '2026-6-19', intervals: [] }] },
      'specialDates[0].date',
      /not a valid date/,
    );
    expectError({ ...valid, closedDates: '2026-12-31' }, 'closedDates', /Expected a list of dates/);
    expectError(
      { ...valid, closedDates: ['2026-12-31', '2026-12-31'] },
      'closedDates[1]',
      /listed more than once/,
    );
    expect(validateCalendar({ ...valid, closedDates: ['2028-02-29'] }).ok).toBe(true);
  });

  it('rejects conflicting date lists', () => {
    expectError(
      { ...valid, closedDates: ['2026-12-24'], openDates: ['2026-12-24'] },
      'openDates',
      /both in closedDates and in openDates/,
    );
    expectError(
      { ...valid, closedDates: ['2026-06-19'] },
      'specialDates[0].date',
      /both a special date and a closed date/,
    );
    expectError(
      {
        ...valid,
        specialDates: [
          { date: '2026-06-19', intervals: [] },
          { date: '2026-06-19', intervals: [] },
        ],
      },
      'specialDates[1].date',
      /listed more than once/,
    );
  });

  it('rejects unknown country codes', () => {
    expectError(
      { ...valid, holidays: { country: 'XX' } },
      'holidays.country',
      /^Unknown country code 'XX' for public holidays/,
    );
    expectError(
      { ...valid, holidays: { country: 'NOR' } },
      'holidays.country',
      /Unknown country code 'NOR'/,
    );
    expectError(
      { ...valid, holidays: { country: 47 } },
      'holidays.country',
      /Unknown country code 47/,
    );
    expectError({ ...valid, holidays: 'NO' }, 'holidays', /Expected \{ "country": "NO" \} or null/);
  });

  it('rejects unknown properties (typos) and reports every problem at once', () => {
    const errors = errorsOf({
      ...valid,
      closeddates: [],
      timeZone: 'Nowhere/City',
      weekly: { 9: [] },
    });
    expect(errors.map((e) => e.path)).toEqual(['closeddates', 'timeZone', 'weekly.9']);
    expect(errors[0]?.message).toBe("Unknown calendar property 'closeddates'.");
  });
});

import { formatTimeOfDay, parseIsoDate, parseTimeOfDay } from './civil.js';
import { isKnownHolidayCountry } from './holidays.js';
import { canonicalTimeZone } from './time-zone.js';
import type { BusinessCalendar, IsoWeekday, OpeningInterval, SpecialDate } from './types.js';
import { ISO_WEEKDAYS } from './types.js';

export interface CalendarValidationError {
  /** Where the problem is, e.g. "weekly.1[0].end" or "specialDates[2].date". */
  path: string;
  message: string;
}

export type CalendarValidationResult =
  { ok: true; calendar: BusinessCalendar } | { ok: false; errors: CalendarValidationError[] };

const TOP_LEVEL_KEYS = new Set([
  'timeZone',
  'weekly',
  'holidays',
  'closedDates',
  'openDates',
  'specialDates',
]);

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function describe(value: unknown): string {
  if (typeof value === 'string') return `'${value}'`;
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'an array';
  return typeof value === 'object' ? 'an object' : String(value);
}

class Collector {
  readonly errors: CalendarValidationError[] = [];
  add(path: string, message: string): void {
    this.errors.push({ path, message });
  }
}

function validateIntervals(value: unknown, path: string, out: Collector): OpeningInterval[] {
  if (!Array.isArray(value)) {
    out.add(
      path,
      `Expected a list of intervals like [{ "start": "09:00", "end": "16:30" }], got ${describe(value)}.`,
    );
    return [];
  }
  const parsed: { start: number; end: number; index: number }[] = [];
  value.forEach((item: unknown, index) => {
    const itemPath = `${path}[${index}]`;
    if (!isRecord(item)) {
      out.add(
        itemPath,
        `Expected an interval object with "start" and "end", got ${describe(item)}.`,
      );
      return;
    }
    for (const key of Object.keys(item)) {
      if (key !== 'start' && key !== 'end')
        out.add(`${itemPath}.${key}`, `Unknown interval property '${key}'.`);
    }
    const start = typeof item.start === 'string' ? parseTimeOfDay(item.start, false) : null;
    const end = typeof item.end === 'string' ? parseTimeOfDay(item.end, true) : null;
    if (start === null) {
      out.add(
        `${itemPath}.start`,
        `${describe(item.start)} is not a valid start time; use HH:MM from 00:00 to 23:59.`,
      );
    }
    if (end === null) {
      out.add(
        `${itemPath}.end`,
        `${describe(item.end)} is not a valid end time; use HH:MM from 00:01 to 24:00.`,
      );
    }
    if (start === null || end === null) return;
    if (end <= start) {
      out.add(
        itemPath,
        `Interval end ${formatTimeOfDay(end)} must be after its start ${formatTimeOfDay(start)} (intervals cannot cross midnight; use "24:00" and the next day).`,
      );
      return;
    }
    parsed.push({ start, end, index });
  });
  parsed.sort((a, b) => a.start - b.start || a.end - b.end);
  // Compare each interval with the one reaching furthest so far (sorted by start).
  let widest: (typeof parsed)[number] | null = null;
  for (const cur of parsed) {
    if (widest !== null && cur.start < widest.end) {
      out.add(
        `${path}[${cur.index}]`,
        `Interval ${formatTimeOfDay(cur.start)}–${formatTimeOfDay(cur.end)} overlaps ${formatTimeOfDay(widest.start)}–${formatTimeOfDay(widest.end)} on the same day.`,
      );
    }
    if (widest === null || cur.end > widest.end) widest = cur;
  }
  return parsed.map((p) => ({ start: formatTimeOfDay(p.start), end: formatTimeOfDay(p.end) }));
}

function validateDate(value: unknown, path: string, out: Collector): string | null {
  if (typeof value !== 'string' || parseIsoDate(value) === null) {
    out.add(path, `${describe(value)} is not a valid date; use YYYY-MM-DD (e.g. "2026-12-24").`);
    return null;
  }
  return value;
}

function validateDateList(value: unknown, path: string, out: Collector): string[] {
  if (value === undefined) return [];
  if (!Array.isArray(value)) {
    out.add(path, `Expected a list of dates (YYYY-MM-DD), got ${describe(value)}.`);
    return [];
  }
  const dates: string[] = [];
  const seen = new Set<string>();
  value.forEach((item: unknown, index) => {
    const date = validateDate(item, `${path}[${index}]`, out);
    if (date === null) return;
    if (seen.has(date)) {
      out.add(`${path}[${index}]`, `Date ${date} is listed more than once.`);
      return;
    }
    seen.add(date);
    dates.push(date);
  });
  return dates.sort();
}

/**
 * Checks untrusted input (e.g. a GraphQL argument) and returns a normalized calendar: canonical
 * time zone name, all seven weekdays present, intervals sorted, dates sorted. Optional input
 * properties: `holidays` (null), `closedDates`, `openDates`, `specialDates` (empty).
 */
export function validateCalendar(input: unknown): CalendarValidationResult {
  const out = new Collector();
  if (!isRecord(input)) {
    return {
      ok: false,
      errors: [{ path: '', message: `Expected a calendar object, got ${describe(input)}.` }],
    };
  }
  for (const key of Object.keys(input)) {
    if (!TOP_LEVEL_KEYS.has(key)) out.add(key, `Unknown calendar property '${key}'.`);
  }

  let timeZone = '';
  if (typeof input.timeZone !== 'string' || input.timeZone === '') {
    out.add(
      'timeZone',
      `A time zone is required (an IANA name such as "Europe/Oslo"), got ${describe(input.timeZone)}.`,
    );
  } else {
    const canonical = canonicalTimeZone(input.timeZone);
    if (canonical === null) {
      out.add(
        'timeZone',
        `Unknown time zone '${input.timeZone}'; use an IANA name such as "Europe/Oslo".`,
      );
    } else {
      timeZone = canonical;
    }
  }

  const weekly: Record<IsoWeekday, OpeningInterval[]> = {
    1: [],
    2: [],
    3: [],
    4: [],
    5: [],
    6: [],
    7: [],
  };
  if (!isRecord(input.weekly)) {
    out.add(
      'weekly',
      `Expected weekly hours keyed by weekday 1 (Monday) to 7 (Sunday), got ${describe(input.weekly)}.`,
    );
  } else {
    for (const [key, value] of Object.entries(input.weekly)) {
      const weekday = ISO_WEEKDAYS.find((d) => String(d) === key);
      if (weekday === undefined) {
        out.add(`weekly.${key}`, `Unknown weekday key '${key}'; use 1 (Monday) to 7 (Sunday).`);
        continue;
      }
      weekly[weekday] = validateIntervals(value, `weekly.${key}`, out);
    }
  }

  let holidays: { country: string } | null = null;
  if (input.holidays !== undefined && input.holidays !== null) {
    if (!isRecord(input.holidays)) {
      out.add('holidays', `Expected { "country": "NO" } or null, got ${describe(input.holidays)}.`);
    } else {
      for (const key of Object.keys(input.holidays)) {
        if (key !== 'country') out.add(`holidays.${key}`, `Unknown holidays property '${key}'.`);
      }
      const country = input.holidays.country;
      if (
        typeof country !== 'string' ||
        !/^[A-Za-z]{2}$/.test(country) ||
        !isKnownHolidayCountry(country.toUpperCase())
      ) {
        out.add(
          'holidays.country',
          `Unknown country code ${describe(country)} for public holidays; use an ISO 3166-1 alpha-2 code such as "NO" or "SE".`,
        );
      } else {
        holidays = { country: country.toUpperCase() };
      }
    }
  }

  const closedDates = validateDateList(input.closedDates, 'closedDates', out);
  const openDates = validateDateList(input.openDates, 'openDates', out);
  const closedSet = new Set(closedDates);
  openDates.forEach((date) => {
    if (closedSet.has(date)) {
      out.add('openDates', `Date ${date} is listed both in closedDates and in openDates.`);
    }
  });

  const specialDates: SpecialDate[] = [];
  if (input.specialDates !== undefined) {
    if (!Array.isArray(input.specialDates)) {
      out.add(
        'specialDates',
        `Expected a list of { "date", "intervals" }, got ${describe(input.specialDates)}.`,
      );
    } else {
      const seen = new Set<string>();
      input.specialDates.forEach((item: unknown, index) => {
        const path = `specialDates[${index}]`;
        if (!isRecord(item)) {
          out.add(
            path,
            `Expected { "date": "YYYY-MM-DD", "intervals": [...] }, got ${describe(item)}.`,
          );
          return;
        }
        for (const key of Object.keys(item)) {
          if (key !== 'date' && key !== 'intervals')
            out.add(`${path}.${key}`, `Unknown special date property '${key}'.`);
        }
        const date = validateDate(item.date, `${path}.date`, out);
        const intervals = validateIntervals(item.intervals, `${path}.intervals`, out);
        if (date === null) return;
        if (seen.has(date)) {
          out.add(`${path}.date`, `Special date ${date} is listed more than once.`);
          return;
        }
        if (closedSet.has(date)) {
          out.add(`${path}.date`, `Date ${date} is both a special date and a closed date.`);
        }
        seen.add(date);
        specialDates.push({ date, intervals });
      });
      specialDates.sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
    }
  }

  if (out.errors.length > 0) return { ok: false, errors: out.errors };
  return {
    ok: true,
    calendar: { timeZone, weekly, holidays, closedDates, openDates, specialDates },
  };
}

/** Like {@link validateCalendar} but throws an Error listing every problem. */
export function assertValidCalendar(input: unknown): BusinessCalendar {
  const result = validateCalendar(input);
  if (result.ok) return result.calendar;
  const details = result.errors
    .map((e) => (e.path ? `${e.path}: ${e.message}` : e.message))
    .join('; ');
  throw new Error(`Invalid business calendar: ${details}`);
}

/**
 * Time-zone conversion built on Intl.DateTimeFormat, with everything expensive cached:
 * one formatter per zone, and the UTC offsets of each local day computed once per zone.
 *
 * Wall-clock → instant mapping (used for opening-hour boundaries) is monotone:
 * - a wall time that does not exist (inside a spring-forward gap) maps to the transition
 *   instant itself, so "01:00–04:00" on the spring-forward night lasts 2 real hours;
 * - a wall time that exists twice (inside a fall-back overlap) maps to its first occurrence,
 *   so "01:00–04:00" on the fall-back night lasts 4 real hours.
 *
 * Assumption (true for every real tzdb zone in the supported date range): there is at most one
 * offset transition within any ~56-hour window around a local day.
 */
import { DAY_MS, HOUR_MS, MINUTE_MS, daysFromCivil, isoDateFromDays } from './civil.js';

interface DayOffsets {
  /** UTC offset (ms) before any transition near this local day. */
  readonly before: number;
  /** UTC offset (ms) after any transition near this local day. */
  readonly after: number;
  /** Instant of the transition (epoch ms), or NaN when the offset is constant. */
  readonly transition: number;
}

export interface Zone {
  readonly id: string;
  readonly formatter: Intl.DateTimeFormat;
  readonly days: Map<number, DayOffsets>;
}

const zones = new Map<string, Zone>();

/** Margin around a local day in which we look for offset transitions (covers offsets −14h…+14h). */
const SEARCH_MARGIN_MS = 16 * HOUR_MS;

function createFormatter(timeZone: string): Intl.DateTimeFormat {
  return new Intl.DateTimeFormat('en-US', {
    timeZone,
    hourCycle: 'h23',
    year: 'numeric',
    month: 'numeric',
    day: 'numeric',
    hour: 'numeric',
    minute: 'numeric',
    second: 'numeric',
  });
}

/** Canonical zone name, or null when the runtime does not know the zone. */
export function canonicalTimeZone(timeZone: string): string | null {
  const cached = zones.get(timeZone);
  if (cached) return cached.id;
  try {
    return createFormatter(timeZone).resolvedOptions().timeZone;
  } catch {
    return null;
  }
}

/** Cached zone handle. Throws RangeError for an unknown zone. */
export function getZone(timeZone: string): Zone {
  const cached = zones.get(timeZone);
  if (cached) return cached;
  let formatter: Intl.DateTimeFormat;
  try {
    formatter = createFormatter(timeZone);
  } catch {
    throw new RangeError(`Unknown time zone '${timeZone}'.`);
  }
  const zone: Zone = { id: formatter.resolvedOptions().timeZone, formatter, days: new Map() };
  zones.set(timeZone, zone);
  return zone;
}

/** UTC offset (ms, local − UTC) of the zone at an instant. Uses Intl: slow, so callers cache. */
export function offsetAt(zone: Zone, epochMs: number): number {
  const seconds = Math.floor(epochMs / 1000) * 1000;
  let year = 0;
  let month = 0;
  let day = 0;
  let hour = 0;
  let minute = 0;
  let second = 0;
  for (const part of zone.formatter.formatToParts(seconds)) {
    switch (part.type) {
      case 'year':
        year = Number(part.value);
        break;
      case 'month':
        month = Number(part.value);
        break;
      case 'day':
        day = Number(part.value);
        break;
      case 'hour':
        hour = Number(part.value);
        break;
      case 'minute':
        minute = Number(part.value);
        break;
      case 'second':
        second = Number(part.value);
        break;
      default:
        break;
    }
  }
  const wall =
    daysFromCivil(year, month, day) * DAY_MS + hour * HOUR_MS + minute * MINUTE_MS + second * 1000;
  return wall - seconds;
}

function dayOffsets(zone: Zone, dayNumber: number): DayOffsets {
  const cached = zone.days.get(dayNumber);
  if (cached) return cached;
  let lo = dayNumber * DAY_MS - SEARCH_MARGIN_MS;
  let hi = (dayNumber + 1) * DAY_MS + SEARCH_MARGIN_MS;
  const before = offsetAt(zone, lo);
  const after = offsetAt(zone, hi);
  let transition = Number.NaN;
  if (before !== after) {
    // Binary search (whole seconds) for the first instant that has the `after` offset.
    lo = Math.floor(lo / 1000);
    hi = Math.floor(hi / 1000);
    while (hi - lo > 1) {
      const mid = Math.floor((lo + hi) / 2);
      if (offsetAt(zone, mid * 1000) === before) lo = mid;
      else hi = mid;
    }
    transition = hi * 1000;
  }
  const result: DayOffsets = { before, after, transition };
  zone.days.set(dayNumber, result);
  return result;
}

/**
 * Instant (epoch ms) of a local wall-clock time: `dayNumber` (days since 1970-01-01) plus
 * `minuteOfDay` (0–1440; 1440 means midnight at the start of the next day). See the module
 * comment for gap/overlap handling.
 */
export function wallTimeToInstant(zone: Zone, dayNumber: number, minuteOfDay: number): number {
  let day = dayNumber;
  let minutes = minuteOfDay;
  if (minutes >= 1440) {
    day += Math.floor(minutes / 1440);
    minutes %= 1440;
  }
  const offsets = dayOffsets(zone, day);
  const wall = day * DAY_MS + minutes * MINUTE_MS;
  if (Number.isNaN(offsets.transition)) return wall - offsets.before;
  const t = offsets.transition;
  const first = wall - offsets.before; // valid if it lies before the transition
  const second = wall - offsets.after; // valid if it lies at or after the transition
  const firstValid = first < t;
  const secondValid = second >= t;
  if (firstValid && secondValid) return Math.min(first, second); // overlap: first occurrence
  if (firstValid) return first;
  if (secondValid) return second;
  return t; // gap: the wall time does not exist; clamp to the transition
}

/** Local day number (days since 1970-01-01 in the zone's wall clock) of an instant. */
export function localDayNumberOf(zone: Zone, epochMs: number): number {
  return Math.floor((epochMs + offsetAt(zone, epochMs)) / DAY_MS);
}

/** Local calendar date "YYYY-MM-DD" of an instant in a time zone. */
export function localDateOf(timeZone: string, at: Date): string {
  const ms = at.getTime();
  if (Number.isNaN(ms)) throw new RangeError('localDateOf: invalid Date.');
  return isoDateFromDays(localDayNumberOf(getZone(timeZone), ms));
}

/**
 * Business-time arithmetic over a {@link BusinessCalendar}.
 *
 * Per calendar object (WeakMap) the open time is precomputed in fixed UTC chunks of 64 days:
 * sorted, merged open intervals as epoch milliseconds plus a running sum of open time, so
 * `addBusinessMinutes` / `businessMinutesBetween` are two binary searches in the common case and
 * never step minute by minute. Local days are converted to instants once (see time-zone.ts).
 */
import {
  DAY_MS,
  MINUTE_MS,
  isoDateFromDays,
  isoWeekdayOf,
  parseIsoDate,
  parseTimeOfDay,
} from './civil.js';
import { holidayDateSet } from './holidays.js';
import { type Zone, getZone, wallTimeToInstant } from './time-zone.js';
import type { BusinessCalendar, OpenInterval, OpeningInterval } from './types.js';
import { ISO_WEEKDAYS } from './types.js';
import { assertValidCalendar } from './validate.js';

const CHUNK_DAYS = 64;
const CHUNK_MS = CHUNK_DAYS * DAY_MS;

/** How far ahead searches for open time go before giving up. */
export const CALENDAR_SEARCH_HORIZON_DAYS = 3 * 366;
const HORIZON_CHUNKS = Math.ceil(CALENDAR_SEARCH_HORIZON_DAYS / CHUNK_DAYS) + 1;
const HORIZON_MS = CALENDAR_SEARCH_HORIZON_DAYS * DAY_MS;

/** Thrown when a calendar has no open time within the search horizon (3 years). */
export class NoOpenTimeError extends Error {
  constructor(timeZone: string, from: number) {
    super(
      `The business calendar (${timeZone}) has no open time within ${CALENDAR_SEARCH_HORIZON_DAYS} days after ${new Date(from).toISOString()}; check its weekly hours, closed dates and holidays.`,
    );
    this.name = 'NoOpenTimeError';
  }
}

interface Chunk {
  readonly n: number;
  readonly starts: Float64Array;
  readonly ends: Float64Array;
  /** cumEnd[i] = open ms in this chunk up to ends[i]. */
  readonly cumEnd: Float64Array;
  readonly total: number;
}

interface CompiledCalendar {
  readonly timeZone: string;
  readonly zone: Zone;
  /** Index 1..7: flat [start, end, start, end, …] minutes of day. */
  readonly weekly: readonly Int32Array[];
  readonly special: ReadonlyMap<string, Int32Array>;
  readonly closed: ReadonlySet<string>;
  readonly open: ReadonlySet<string>;
  readonly country: string | null;
  readonly chunks: Map<number, Chunk>;
  lastIndex: number;
  lastChunk: Chunk | null;
}

const EMPTY_DAY = new Int32Array(0);
const compiledCalendars = new WeakMap<BusinessCalendar, CompiledCalendar>();

function toMinutePairs(intervals: readonly OpeningInterval[]): Int32Array {
  const pairs = new Int32Array(intervals.length * 2);
  intervals.forEach((interval, i) => {
    pairs[2 * i] = parseTimeOfDay(interval.start, false) ?? 0;
    pairs[2 * i + 1] = parseTimeOfDay(interval.end, true) ?? 0;
  });
  return pairs;
}

function compile(calendar: BusinessCalendar): CompiledCalendar {
  // Validate only the calendar's own fields, so records carrying extra properties still work.
  const valid = assertValidCalendar({
    timeZone: calendar.timeZone,
    weekly: calendar.weekly,
    holidays: calendar.holidays ?? null,
    closedDates: calendar.closedDates ?? [],
    openDates: calendar.openDates ?? [],
    specialDates: calendar.specialDates ?? [],
  });
  const weekly: Int32Array[] = [EMPTY_DAY];
  for (const day of ISO_WEEKDAYS) weekly.push(toMinutePairs(valid.weekly[day] ?? []));
  return {
    timeZone: valid.timeZone,
    zone: getZone(valid.timeZone),
    weekly,
    special: new Map(valid.specialDates.map((s) => [s.date, toMinutePairs(s.intervals)])),
    closed: new Set(valid.closedDates),
    open: new Set(valid.openDates ?? []),
    country: valid.holidays?.country ?? null,
    chunks: new Map(),
    lastIndex: Number.NaN,
    lastChunk: null,
  };
}

function compiled(calendar: BusinessCalendar): CompiledCalendar {
  let c = compiledCalendars.get(calendar);
  if (!c) {
    c = compile(calendar);
    compiledCalendars.set(calendar, c);
  }
  return c;
}

/** Open minute pairs of one local day after closed/special/holiday/open-date resolution. */
function dayPairs(c: CompiledCalendar, dayNumber: number): Int32Array {
  const date = isoDateFromDays(dayNumber);
  if (c.closed.has(date)) return EMPTY_DAY;
  const special = c.special.get(date);
  if (special) return special;
  if (c.country !== null && !c.open.has(date)) {
    const year = Number(date.slice(0, date.length - 6));
    if (holidayDateSet(c.country, year).has(date)) return EMPTY_DAY;
  }
  return c.weekly[isoWeekdayOf(dayNumber)] ?? EMPTY_DAY;
}

function buildChunk(c: CompiledCalendar, index: number): Chunk {
  const from = index * CHUNK_MS;
  const to = from + CHUNK_MS;
  const starts: number[] = [];
  const ends: number[] = [];
  const cumEnd: number[] = [];
  let total = 0;
  let lastEnd = Number.NEGATIVE_INFINITY;
  // Local days whose open time can fall into [from, to), for UTC offsets between −14 h and +14 h.
  const lastDay = (index + 1) * CHUNK_DAYS;
  for (let day = index * CHUNK_DAYS - 1; day <= lastDay; day++) {
    const pairs = dayPairs(c, day);
    for (let p = 0; p + 1 < pairs.length; p += 2) {
      const s = Math.max(from, wallTimeToInstant(c.zone, day, pairs[p] ?? 0));
      const e = Math.min(to, wallTimeToInstant(c.zone, day, pairs[p + 1] ?? 0));
      if (e <= s) continue; // empty, e.g. entirely inside a DST gap
      if (s <= lastEnd) {
        // Touches the previous interval (e.g. "24:00" followed by "00:00"): merge.
        if (e > lastEnd) {
          total += e - lastEnd;
          lastEnd = e;
          ends[ends.length - 1] = e;
          cumEnd[cumEnd.length - 1] = total;
        }
      } else {
        total += e - s;
        lastEnd = e;
        starts.push(s);
        ends.push(e);
        cumEnd.push(total);
      }
    }
  }
  return {
    n: starts.length,
    starts: Float64Array.from(starts),
    ends: Float64Array.from(ends),
    cumEnd: Float64Array.from(cumEnd),
    total,
  };
}

function chunkAt(c: CompiledCalendar, index: number): Chunk {
  if (index === c.lastIndex && c.lastChunk !== null) return c.lastChunk;
  let chunk = c.chunks.get(index);
  if (!chunk) {
    chunk = buildChunk(c, index);
    c.chunks.set(index, chunk);
  }
  c.lastIndex = index;
  c.lastChunk = chunk;
  return chunk;
}

/** Index of the first interval whose end is after t (n when none). */
function firstEndAfter(ends: Float64Array, n: number, t: number): number {
  let lo = 0;
  let hi = n;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if ((ends[mid] ?? 0) > t) hi = mid;
    else lo = mid + 1;
  }
  return lo;
}

/** Index of the first interval whose cumulative end reaches target (target ≤ total). */
function firstCumEndAtLeast(cumEnd: Float64Array, n: number, target: number): number {
  let lo = 0;
  let hi = n - 1;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if ((cumEnd[mid] ?? 0) >= target) hi = mid;
    else lo = mid + 1;
  }
  return lo;
}

/** Open ms in [chunk start, t) for t inside the chunk. */
function openBefore(chunk: Chunk, t: number): number {
  const i = firstEndAfter(chunk.ends, chunk.n, t);
  if (i === chunk.n) return chunk.total;
  const start = chunk.starts[i] ?? 0;
  return (chunk.cumEnd[i] ?? 0) - ((chunk.ends[i] ?? 0) - start) + (t > start ? t - start : 0);
}

function instantMs(value: Date, name: string): number {
  const ms = value instanceof Date ? value.getTime() : Number.NaN;
  if (Number.isNaN(ms)) throw new RangeError(`${name} must be a valid Date.`);
  return ms;
}

/** First open instant ≥ t, or NaN when none within the horizon. */
function nextOpenMs(c: CompiledCalendar, t: number): number {
  let index = Math.floor(t / CHUNK_MS);
  const chunk = chunkAt(c, index);
  const i = firstEndAfter(chunk.ends, chunk.n, t);
  if (i < chunk.n) return Math.max(t, chunk.starts[i] ?? 0);
  for (let step = 0; step < HORIZON_CHUNKS; step++) {
    const next = chunkAt(c, ++index);
    if (next.n > 0) return next.starts[0] ?? 0;
  }
  return Number.NaN;
}

function addMs(c: CompiledCalendar, t: number, ms: number): number {
  if (ms === 0) {
    const open = nextOpenMs(c, t);
    if (Number.isNaN(open)) throw new NoOpenTimeError(c.timeZone, t);
    return open;
  }
  let index = Math.floor(t / CHUNK_MS);
  let chunk = chunkAt(c, index);
  let target = openBefore(chunk, t) + ms;
  let emptyChunks = 0;
  while (target > chunk.total) {
    target -= chunk.total;
    if (chunk.total === 0 && ++emptyChunks > HORIZON_CHUNKS)
      throw new NoOpenTimeError(c.timeZone, t);
    if (chunk.total > 0) emptyChunks = 0;
    chunk = chunkAt(c, ++index);
  }
  const j = firstCumEndAtLeast(chunk.cumEnd, chunk.n, target);
  return (chunk.ends[j] ?? 0) - ((chunk.cumEnd[j] ?? 0) - target);
}

function betweenMs(c: CompiledCalendar, from: number, to: number): number {
  if (from === to) return 0;
  if (to < from) return 0 - betweenMs(c, to, from);
  const first = Math.floor(from / CHUNK_MS);
  const last = Math.floor(to / CHUNK_MS);
  if (first === last) {
    const chunk = chunkAt(c, first);
    return openBefore(chunk, to) - openBefore(chunk, from);
  }
  const head = chunkAt(c, first);
  let sum = head.total - openBefore(head, from);
  for (let index = first + 1; index < last; index++) sum += chunkAt(c, index).total;
  return sum + openBefore(chunkAt(c, last), to);
}

/**
 * The instant at which `minutes` of open time have passed after `start`. When `start` is outside
 * open time, counting begins at the next opening; when the time runs out exactly at a closing
 * time, the closing instant is returned. `minutes = 0` returns the next open instant at or after
 * `start`. Minutes may be fractional (resolved to the millisecond); negative values are rejected.
 * Throws {@link NoOpenTimeError} if the calendar runs out of open time for 3 years.
 */
export function addBusinessMinutes(calendar: BusinessCalendar, start: Date, minutes: number): Date {
  const t = instantMs(start, 'start');
  if (!Number.isFinite(minutes) || minutes < 0) {
    throw new RangeError(`minutes must be a finite number ≥ 0, got ${minutes}.`);
  }
  return new Date(addMs(compiled(calendar), t, Math.round(minutes * MINUTE_MS)));
}

/** Open milliseconds in [from, to) — negative when `to` is before `from`. Exact integer. */
export function businessMillisecondsBetween(
  calendar: BusinessCalendar,
  from: Date,
  to: Date,
): number {
  return betweenMs(compiled(calendar), instantMs(from, 'from'), instantMs(to, 'to'));
}

/** Open minutes in [from, to) — negative when `to` is before `from`; fractional when not whole. */
export function businessMinutesBetween(calendar: BusinessCalendar, from: Date, to: Date): number {
  return businessMillisecondsBetween(calendar, from, to) / MINUTE_MS;
}

/** Whether the calendar is open at the instant (intervals are half-open: [start, end)). */
export function isOpenAt(calendar: BusinessCalendar, at: Date): boolean {
  const t = instantMs(at, 'at');
  const chunk = chunkAt(compiled(calendar), Math.floor(t / CHUNK_MS));
  const i = firstEndAfter(chunk.ends, chunk.n, t);
  return i < chunk.n && (chunk.starts[i] ?? 0) <= t;
}

/**
 * The first open instant at or after `at` (so `at` itself when open), or null when there is no
 * open time within the 3-year horizon.
 */
export function nextOpening(calendar: BusinessCalendar, at: Date): Date | null {
  const open = nextOpenMs(compiled(calendar), instantMs(at, 'at'));
  return Number.isNaN(open) ? null : new Date(open);
}

/**
 * The next instant after `at` at which the open/closed state changes: the end of the current
 * open period when open, else the next opening. Null when nothing changes within the horizon.
 */
export function nextCalendarChange(calendar: BusinessCalendar, at: Date): Date | null {
  const c = compiled(calendar);
  const t = instantMs(at, 'at');
  let index = Math.floor(t / CHUNK_MS);
  let chunk = chunkAt(c, index);
  const i = firstEndAfter(chunk.ends, chunk.n, t);
  if (i < chunk.n && (chunk.starts[i] ?? 0) > t) return new Date(chunk.starts[i] ?? 0);
  if (i === chunk.n) {
    const open = nextOpenMs(c, t);
    return Number.isNaN(open) ? null : new Date(open);
  }
  // Open: follow the open period across chunk boundaries.
  let end = chunk.ends[i] ?? 0;
  while (end === (index + 1) * CHUNK_MS) {
    if (end - t > HORIZON_MS) return null;
    chunk = chunkAt(c, ++index);
    if (chunk.n === 0 || (chunk.starts[0] ?? 0) !== end) break;
    end = chunk.ends[0] ?? 0;
  }
  return new Date(end);
}

function dayNumberOf(localDate: string): number {
  const day = parseIsoDate(localDate);
  if (day === null) throw new RangeError(`'${localDate}' is not a valid date; use YYYY-MM-DD.`);
  return day;
}

/**
 * The open intervals of one local date as instants, in order (after holidays, closed, open and
 * special dates). An interval ending at "24:00" ends at the next local midnight.
 */
export function openIntervalsOn(calendar: BusinessCalendar, localDate: string): OpenInterval[] {
  const c = compiled(calendar);
  const day = dayNumberOf(localDate);
  const pairs = dayPairs(c, day);
  const result: OpenInterval[] = [];
  for (let p = 0; p < pairs.length; p += 2) {
    const start = wallTimeToInstant(c.zone, day, pairs[p] ?? 0);
    const end = wallTimeToInstant(c.zone, day, pairs[p + 1] ?? 0);
    if (end > start) result.push({ start: new Date(start), end: new Date(end) });
  }
  return result;
}

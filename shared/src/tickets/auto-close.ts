import { isoDateFromDays, parseIsoDate } from '../calendar/civil.js';
import { openIntervalsOn } from '../calendar/business-calendar.js';
import { localDateOf } from '../calendar/time-zone.js';
import type { BusinessCalendar } from '../calendar/types.js';

/** Days searched for business days before giving up (a calendar that is never open). */
const AUTO_CLOSE_SEARCH_DAYS = 3 * 366;

/**
 * When a resolved ticket closes by itself: at the end of the last open interval of the
 * `afterBusinessDays`-th business day (a local date with any open time) after the day it was
 * resolved. The caller thus always gets N whole business days to react. Zero closes at once.
 * Returns null when the calendar has too few business days in the next three years.
 */
export function autoCloseDueAt(
  calendar: BusinessCalendar,
  resolvedAt: Date,
  afterBusinessDays: number,
): Date | null {
  if (!Number.isInteger(afterBusinessDays) || afterBusinessDays < 0) {
    throw new RangeError(`afterBusinessDays must be a non-negative integer: ${afterBusinessDays}`);
  }
  if (afterBusinessDays === 0) return resolvedAt;
  const firstDay = parseIsoDate(localDateOf(calendar.timeZone, resolvedAt));
  if (firstDay === null) return null;
  let counted = 0;
  for (let d = 1; d <= AUTO_CLOSE_SEARCH_DAYS; d++) {
    const intervals = openIntervalsOn(calendar, isoDateFromDays(firstDay + d));
    const last = intervals.at(-1);
    if (!last) continue;
    counted += 1;
    if (counted === afterBusinessDays) return last.end;
  }
  return null;
}

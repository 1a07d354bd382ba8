import { openIntervalsOn } from '../calendar/business-calendar.js';
import { daysFromCivil, isoDateFromDays } from '../calendar/civil.js';
import { localDateOf } from '../calendar/time-zone.js';
import type { BusinessCalendar } from '../calendar/types.js';

/** Far beyond any delivery target; only stops a calendar that is never open. */
const MAX_SEARCH_DAYS = 3 * 366;

/**
 * "Within N working days" of `start` on a business calendar: the close of business of the
 * N-th open day after the local date of `start` (the day an order arrives does not count,
 * whatever the hour). Zero days means the close of the day itself, or of the next open day
 * when it is closed. Holidays and special hours are the calendar's own.
 */
export function addWorkingDays(calendar: BusinessCalendar, start: Date, days: number): Date {
  if (!Number.isInteger(days) || days < 0) {
    throw new RangeError(`days must be a whole number ≥ 0, got ${days}.`);
  }
  const [y, m, d] = localDateOf(calendar.timeZone, start).split('-').map(Number);
  const first = daysFromCivil(y ?? 0, m ?? 0, d ?? 0);
  let counted = 0;
  for (let day = days === 0 ? first : first + 1; day <= first + MAX_SEARCH_DAYS; day++) {
    const open = openIntervalsOn(calendar, isoDateFromDays(day));
    if (open.length === 0) continue;
    counted++;
    if (counted >= days) {
      const last = open[open.length - 1];
      if (last) return last.end;
    }
  }
  throw new RangeError('The calendar has no open day within three years.');
}

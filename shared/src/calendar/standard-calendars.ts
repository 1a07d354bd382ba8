import type { BusinessCalendar, OpeningInterval } from './types.js';
import { assertValidCalendar } from './validate.js';

/** Core IT hours: guaranteed presence. */
export const IT_CORE_HOURS: Readonly<OpeningInterval> = Object.freeze({
  start: '09:00',
  end: '14:00',
});
/** Extended IT hours: usually reachable. */
export const IT_EXTENDED_HOURS: Readonly<OpeningInterval> = Object.freeze({
  start: '09:00',
  end: '16:30',
});

function weekdaysCalendar(
  timeZone: string,
  country: string | null,
  hours: OpeningInterval,
): BusinessCalendar {
  const day = (): OpeningInterval[] => [{ start: hours.start, end: hours.end }];
  return assertValidCalendar({
    timeZone,
    weekly: { 1: day(), 2: day(), 3: day(), 4: day(), 5: day(), 6: [], 7: [] },
    holidays: country === null ? null : { country },
    closedDates: [],
    openDates: [],
    specialDates: [],
  });
}

/**
 * The standard IT calendars: core 09:00–14:00 and extended 09:00–16:30, Monday–Friday, closed on
 * the public holidays of `country` (plus the Swedish default closures for SE). Throws on an
 * unknown time zone or country.
 */
export function standardItCalendars(
  timeZone: string,
  country: string | null,
): { core: BusinessCalendar; extended: BusinessCalendar } {
  return {
    core: weekdaysCalendar(timeZone, country, IT_CORE_HOURS),
    extended: weekdaysCalendar(timeZone, country, IT_EXTENDED_HOURS),
  };
}

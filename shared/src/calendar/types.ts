/** ISO weekday: 1 = Monday … 7 = Sunday. */
export type IsoWeekday = 1 | 2 | 3 | 4 | 5 | 6 | 7;

export const ISO_WEEKDAYS: readonly IsoWeekday[] = [1, 2, 3, 4, 5, 6, 7];

/** Local wall-clock interval "HH:MM"–"HH:MM" (end exclusive; "24:00" allowed as an end). */
export interface OpeningInterval {
  start: string;
  end: string;
}

export interface SpecialDate {
  /** Local date "YYYY-MM-DD". */
  date: string;
  /** Replaces that day's hours (an empty list closes the day). */
  intervals: OpeningInterval[];
}

/**
 * A business calendar: plain JSON data. Treat calendar objects as immutable — computed data is
 * cached per object (WeakMap), so a mutated object would keep serving stale results.
 *
 * Resolution of a local date, first match wins:
 * 1. `closedDates` → closed;
 * 2. `specialDates` → exactly those intervals (also on a holiday);
 * 3. a holiday closure (public holidays of `holidays.country`, plus Midsummer Eve, Christmas Eve
 *    and New Year's Eve for SE) that is not listed in `openDates` → closed;
 * 4. the `weekly` hours of that weekday (a missing weekday is closed).
 */
export interface BusinessCalendar {
  /** IANA time zone, e.g. "Europe/Oslo". All times and dates are local to it. */
  timeZone: string;
  weekly: Partial<Record<IsoWeekday, OpeningInterval[]>>;
  holidays: { country: string } | null;
  closedDates: string[];
  openDates?: string[];
  specialDates: SpecialDate[];
}

/** An open interval as real instants. */
export interface OpenInterval {
  start: Date;
  end: Date;
}

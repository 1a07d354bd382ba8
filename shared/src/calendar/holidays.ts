/**
 * Holiday closures per country and year, computed once and cached for the process.
 *
 * Only holidays of type "public" from date-holidays close a calendar. date-holidays classifies
 * Swedish Midsummer Eve, Christmas Eve and New Year's Eve as "bank" (and Norwegian Christmas Eve
 * / New Year's Eve as "bank" too), i.e. not public. Swedish workplaces — municipalities included —
 * are closed on those three eves, so for SE they are added explicitly as default closures
 * (an admin can re-open one through `openDates`). Norway keeps only the public days.
 */
import Holidays from 'date-holidays';
import { daysFromCivil, isoDateFromDays, isoWeekdayOf } from './civil.js';

export type HolidayClosureSource = 'public-holiday' | 'default-closure';

export interface HolidayClosure {
  /** Local date "YYYY-MM-DD". */
  date: string;
  name: string;
  source: HolidayClosureSource;
}

let countryCodes: Set<string> | null = null;
const instances = new Map<string, Holidays>();
const closuresByCountryYear = new Map<string, HolidayClosure[]>();
const closedDateSets = new Map<string, ReadonlySet<string>>();

/** Whether date-holidays knows the country code (upper-case ISO 3166-1 alpha-2). */
export function isKnownHolidayCountry(country: string): boolean {
  if (!countryCodes) countryCodes = new Set(Object.keys(new Holidays().getCountries()));
  return countryCodes.has(country);
}

function holidaysFor(country: string): Holidays {
  let instance = instances.get(country);
  if (!instance) {
    if (!isKnownHolidayCountry(country)) {
      throw new RangeError(`Unknown country code '${country}' for public holidays.`);
    }
    instance = new Holidays(country);
    instances.set(country, instance);
  }
  return instance;
}

/** Midsummer Eve in Sweden: the Friday between 19 and 25 June. */
export function swedishMidsummerEve(year: number): string {
  for (let day = 19; day <= 25; day++) {
    const dayNumber = daysFromCivil(year, 6, day);
    if (isoWeekdayOf(dayNumber) === 5) return isoDateFromDays(dayNumber);
  }
  throw new Error('unreachable: every 7-day range contains a Friday');
}

function defaultClosures(country: string, year: number): HolidayClosure[] {
  if (country !== 'SE') return [];
  const y = String(year).padStart(4, '0');
  return [
    { date: swedishMidsummerEve(year), name: 'Midsommarafton', source: 'default-closure' },
    { date: `${y}-12-24`, name: 'Julafton', source: 'default-closure' },
    { date: `${y}-12-31`, name: 'Nyårsafton', source: 'default-closure' },
  ];
}

/**
 * Dates a calendar with `holidays: { country }` is closed in `year` (before `openDates`,
 * `closedDates` and `specialDates` are applied), sorted by date.
 */
export function holidayClosures(country: string, year: number): HolidayClosure[] {
  const key = `${country}:${year}`;
  const cached = closuresByCountryYear.get(key);
  if (cached) return cached.map((c) => ({ ...c }));
  const byDate = new Map<string, HolidayClosure>();
  for (const holiday of holidaysFor(country).getHolidays(year)) {
    if (holiday.type !== 'public') continue;
    const date = holiday.date.slice(0, 10);
    if (!byDate.has(date)) byDate.set(date, { date, name: holiday.name, source: 'public-holiday' });
  }
  for (const closure of defaultClosures(country, year)) {
    if (!byDate.has(closure.date)) byDate.set(closure.date, closure);
  }
  const list = [...byDate.values()].sort((a, b) =>
    a.date < b.date ? -1 : a.date > b.date ? 1 : 0,
  );
  closuresByCountryYear.set(key, list);
  return list.map((c) => ({ ...c }));
}

/** Cached set of closed local dates for a country and year. */
export function holidayDateSet(country: string, year: number): ReadonlySet<string> {
  const key = `${country}:${year}`;
  let set = closedDateSets.get(key);
  if (!set) {
    set = new Set(holidayClosures(country, year).map((c) => c.date));
    closedDateSets.set(key, set);
  }
  return set;
}

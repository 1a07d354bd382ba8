/** The editable form of a business calendar (plain data, as the server stores it). */
export interface Interval {
  start: string;
  end: string;
}

export interface CalendarForm {
  timeZone: string;
  weekly: Record<string, Interval[]>;
  country: string;
  closedDates: string[];
  openDates: string[];
  specialDates: { date: string; intervals: Interval[] }[];
}

export const WEEKDAYS = ['1', '2', '3', '4', '5', '6', '7'] as const;

function intervals(value: unknown): Interval[] {
  if (!Array.isArray(value)) return [];
  return value.map((v: { start?: unknown; end?: unknown }) => ({
    start: typeof v.start === 'string' ? v.start : '',
    end: typeof v.end === 'string' ? v.end : '',
  }));
}

function dates(value: unknown): string[] {
  return Array.isArray(value) ? value.filter((d): d is string => typeof d === 'string') : [];
}

/** Reads the server's calendar JSON into the form; unknown or missing parts become empty. */
export function toForm(json: string): CalendarForm {
  const raw = JSON.parse(json) as Record<string, unknown>;
  const weekly = (raw.weekly ?? {}) as Record<string, unknown>;
  const holidays = raw.holidays as { country?: unknown } | null | undefined;
  const special = Array.isArray(raw.specialDates) ? raw.specialDates : [];
  return {
    timeZone: typeof raw.timeZone === 'string' ? raw.timeZone : '',
    weekly: Object.fromEntries(WEEKDAYS.map((d) => [d, intervals(weekly[d])])),
    country: typeof holidays?.country === 'string' ? holidays.country : '',
    closedDates: dates(raw.closedDates),
    openDates: dates(raw.openDates),
    specialDates: special.map((s: { date?: unknown; intervals?: unknown }) => ({
      date: typeof s.date === 'string' ? s.date : '',
      intervals: intervals(s.intervals),
    })),
  };
}

/** The calendar JSON the server validates; the server's field paths refer to this shape. */
export function toJson(form: CalendarForm): string {
  return JSON.stringify({
    timeZone: form.timeZone.trim(),
    weekly: form.weekly,
    holidays: form.country.trim() ? { country: form.country.trim().toUpperCase() } : null,
    closedDates: form.closedDates,
    ...(form.openDates.length ? { openDates: form.openDates } : {}),
    specialDates: form.specialDates,
  });
}

export interface FieldProblem {
  field: string;
  message: string;
}

/**
 * Server problems by form path: "calendar.weekly.1[0]" → "weekly.1[0]". A problem about an
 * interval is also shown on its day ("weekly.1"), so nothing is hidden.
 */
export function problemsByPath(problems: readonly FieldProblem[]): Map<string, string[]> {
  const out = new Map<string, string[]>();
  for (const p of problems) {
    const path = p.field.replace(/^calendar\.?/, '');
    out.set(path, [...(out.get(path) ?? []), p.message]);
  }
  return out;
}

/**
 * IT availability tiers for a municipality's IT department:
 * core hours (guaranteed), extended hours (usually reachable), announced absences and announced
 * extraordinary on-call periods. There is no standing 24/7 on-call.
 *
 * Precedence at an instant: on-call > absence > core > extended > closed.
 */
import { CALENDAR_SEARCH_HORIZON_DAYS, isOpenAt, nextCalendarChange } from './business-calendar.js';
import { DAY_MS } from './civil.js';
import type { BusinessCalendar } from './types.js';

export type ItAvailabilityTier = 'core' | 'extended' | 'closed' | 'absent' | 'on-call';
export type ItAbsenceKind = 'ABSENT' | 'REDUCED';

/** An announced absence, half-open [start, end). */
export interface ItAbsence {
  start: Date;
  end: Date;
  kind: ItAbsenceKind;
  note?: string;
}

/** An announced extraordinary on-call period, half-open [start, end). */
export interface ItOnCallPeriod {
  start: Date;
  end: Date;
}

export interface ItAvailabilityInput {
  core: BusinessCalendar;
  extended: BusinessCalendar;
  absences: readonly ItAbsence[];
  onCallPeriods: readonly ItOnCallPeriod[];
}

export interface ItAvailability {
  tier: ItAvailabilityTier;
  /** When this tier (and, for 'absent', the absence kind) next changes; null if not within 3 years. */
  until: Date | null;
  /** Set when tier is 'absent': ABSENT wins over REDUCED when absences overlap. */
  absenceKind?: ItAbsenceKind;
  /** Note of the (first) absence that determines `absenceKind`, when it has one. */
  absenceNote?: string;
}

interface Period {
  start: number;
  end: number;
}

interface State {
  tier: ItAvailabilityTier;
  absence: ItAbsence | null;
}

function periodMs(period: { start: Date; end: Date }, name: string): Period {
  const start = period.start instanceof Date ? period.start.getTime() : Number.NaN;
  const end = period.end instanceof Date ? period.end.getTime() : Number.NaN;
  if (Number.isNaN(start) || Number.isNaN(end)) {
    throw new RangeError(`${name} must have valid start and end Dates.`);
  }
  return { start, end };
}

function covers(period: Period, t: number): boolean {
  return period.start <= t && t < period.end;
}

/** Smallest period boundary strictly after t, or Infinity. */
function nextBoundary(periods: readonly Period[], t: number, startsOnly: boolean): number {
  let next = Number.POSITIVE_INFINITY;
  for (const p of periods) {
    if (p.end <= p.start) continue;
    if (p.start > t && p.start < next) next = p.start;
    if (!startsOnly && p.end > t && p.end < next) next = p.end;
  }
  return next;
}

/** What IT availability applies at `at`, and until when. Pure: all instants are passed in. */
export function itAvailabilityAt(input: ItAvailabilityInput, at: Date): ItAvailability {
  const t0 = at instanceof Date ? at.getTime() : Number.NaN;
  if (Number.isNaN(t0)) throw new RangeError('at must be a valid Date.');
  const onCall = input.onCallPeriods.map((p, i) => periodMs(p, `onCallPeriods[${i}]`));
  const absences = input.absences.map((absence, i) => ({
    absence,
    period: periodMs(absence, `absences[${i}]`),
  }));
  const absencePeriods = absences.map((a) => a.period);

  const stateAt = (t: number): State => {
    if (onCall.some((p) => covers(p, t))) return { tier: 'on-call', absence: null };
    let absence: ItAbsence | null = null;
    for (const { absence: candidate, period } of absences) {
      if (!covers(period, t)) continue;
      if (absence === null || (absence.kind === 'REDUCED' && candidate.kind === 'ABSENT')) {
        absence = candidate;
      }
    }
    if (absence !== null) return { tier: 'absent', absence };
    if (isOpenAt(input.core, new Date(t))) return { tier: 'core', absence: null };
    if (isOpenAt(input.extended, new Date(t))) return { tier: 'extended', absence: null };
    return { tier: 'closed', absence: null };
  };

  const initial = stateAt(t0);
  const horizon = t0 + CALENDAR_SEARCH_HORIZON_DAYS * DAY_MS;
  const calendarChange = (calendar: BusinessCalendar, t: number): number => {
    const change = nextCalendarChange(calendar, new Date(t));
    return change === null ? Number.POSITIVE_INFINITY : change.getTime();
  };

  let until: number | null = null;
  let t = t0;
  for (;;) {
    // Only the inputs that can change the current tier are consulted.
    let next = nextBoundary(onCall, t, initial.tier !== 'on-call');
    if (initial.tier !== 'on-call') {
      next = Math.min(next, nextBoundary(absencePeriods, t, initial.tier !== 'absent'));
      if (initial.tier !== 'absent') {
        next = Math.min(next, calendarChange(input.core, t), calendarChange(input.extended, t));
      }
    }
    if (!Number.isFinite(next) || next > horizon) break;
    const state = stateAt(next);
    if (state.tier !== initial.tier || state.absence?.kind !== initial.absence?.kind) {
      until = next;
      break;
    }
    t = next;
  }

  const result: ItAvailability = {
    tier: initial.tier,
    until: until === null ? null : new Date(until),
  };
  if (initial.absence) {
    result.absenceKind = initial.absence.kind;
    if (initial.absence.note !== undefined) result.absenceNote = initial.absence.note;
  }
  return result;
}

/**
 * SLA clocks: how much of a response or resolution target has been used, with pauses (e.g.
 * while waiting for the caller), and when it falls due. Business targets count open time of a
 * calendar; critical tickets count wall-clock time. Pure: every instant is passed in.
 */
import { addBusinessMinutes, businessMillisecondsBetween } from './business-calendar.js';
import type { BusinessCalendar } from './types.js';

export interface SlaTargets {
  /** Minutes until the first response is due. */
  responseMinutes: number;
  /** Minutes until the resolution is due. */
  resolutionMinutes: number;
  /** Count wall-clock time (critical tickets) instead of the calendar's open time. */
  wallClock: boolean;
}

export interface SlaClock {
  /** Start of the current running stretch; null while paused or stopped. */
  runningSince: Date | null;
  /** Counted milliseconds before `runningSince` (open time, or wall-clock time). */
  usedMs: number;
  /** Counted milliseconds until the first response, once responded. */
  responseUsedMs: number | null;
  /** Set when the clock stopped (resolved or closed). */
  stoppedAt: Date | null;
}

export type SlaState = 'RUNNING' | 'WARNING' | 'BREACHED' | 'PAUSED' | 'MET' | 'STOPPED';

/** Share of a target after which a warning is given. */
export const SLA_WARNING_SHARE = 0.8;

const MINUTE = 60_000;

function used(calendar: BusinessCalendar, wallClock: boolean, from: Date, to: Date): number {
  if (to.getTime() <= from.getTime()) return 0;
  return wallClock
    ? to.getTime() - from.getTime()
    : businessMillisecondsBetween(calendar, from, to);
}

function addUsed(calendar: BusinessCalendar, wallClock: boolean, start: Date, ms: number): Date {
  const clamped = Math.max(0, ms);
  return wallClock
    ? new Date(start.getTime() + clamped)
    : addBusinessMinutes(calendar, start, clamped / MINUTE);
}

export function startSlaClock(at: Date): SlaClock {
  return { runningSince: at, usedMs: 0, responseUsedMs: null, stoppedAt: null };
}

/** Time counted so far, up to `at`. */
export function slaUsedMs(
  clock: SlaClock,
  calendar: BusinessCalendar,
  wallClock: boolean,
  at: Date,
): number {
  return (
    clock.usedMs +
    (clock.runningSince === null ? 0 : used(calendar, wallClock, clock.runningSince, at))
  );
}

export function pauseSlaClock(
  clock: SlaClock,
  calendar: BusinessCalendar,
  wallClock: boolean,
  at: Date,
): SlaClock {
  if (clock.runningSince === null) return clock;
  return { ...clock, runningSince: null, usedMs: slaUsedMs(clock, calendar, wallClock, at) };
}

export function resumeSlaClock(clock: SlaClock, at: Date): SlaClock {
  if (clock.runningSince !== null) return clock;
  return { ...clock, runningSince: at, stoppedAt: null };
}

/** The first response: the response target is met or missed now. */
export function respondSlaClock(
  clock: SlaClock,
  calendar: BusinessCalendar,
  wallClock: boolean,
  at: Date,
): SlaClock {
  if (clock.responseUsedMs !== null) return clock;
  return { ...clock, responseUsedMs: slaUsedMs(clock, calendar, wallClock, at) };
}

/** Resolved or closed: both clocks stop (an unanswered ticket counts as answered now). */
export function stopSlaClock(
  clock: SlaClock,
  calendar: BusinessCalendar,
  wallClock: boolean,
  at: Date,
): SlaClock {
  const responded = respondSlaClock(clock, calendar, wallClock, at);
  const paused = pauseSlaClock(responded, calendar, wallClock, at);
  return { ...paused, stoppedAt: at };
}

export interface SlaDueTimes {
  responseDueAt: Date | null;
  responseWarnAt: Date | null;
  resolutionDueAt: Date | null;
  resolutionWarnAt: Date | null;
}

/**
 * When the targets fall due while the clock runs. Null for a target already settled
 * (responded, stopped) and for both while paused — a paused clock has no due time.
 */
export function slaDueTimes(
  clock: SlaClock,
  targets: SlaTargets,
  calendar: BusinessCalendar,
): SlaDueTimes {
  const none: SlaDueTimes = {
    responseDueAt: null,
    responseWarnAt: null,
    resolutionDueAt: null,
    resolutionWarnAt: null,
  };
  const since = clock.runningSince;
  if (since === null) return none;
  const at = (targetMinutes: number, share: number) =>
    addUsed(calendar, targets.wallClock, since, targetMinutes * share * MINUTE - clock.usedMs);
  const responseOpen = clock.responseUsedMs === null;
  return {
    responseDueAt: responseOpen ? at(targets.responseMinutes, 1) : null,
    responseWarnAt: responseOpen ? at(targets.responseMinutes, SLA_WARNING_SHARE) : null,
    resolutionDueAt: at(targets.resolutionMinutes, 1),
    resolutionWarnAt: at(targets.resolutionMinutes, SLA_WARNING_SHARE),
  };
}

/** Where one target stands at `at`. */
export function slaTargetState(
  clock: SlaClock,
  targetMinutes: number,
  calendar: BusinessCalendar,
  wallClock: boolean,
  at: Date,
  which: 'response' | 'resolution',
): SlaState {
  const settled =
    which === 'response' ? clock.responseUsedMs : clock.stoppedAt !== null ? clock.usedMs : null;
  const targetMs = targetMinutes * MINUTE;
  if (settled !== null) return settled <= targetMs ? 'MET' : 'BREACHED';
  const usedMs = slaUsedMs(clock, calendar, wallClock, at);
  if (usedMs >= targetMs) return 'BREACHED';
  if (clock.runningSince === null) return 'PAUSED';
  return usedMs >= targetMs * SLA_WARNING_SHARE ? 'WARNING' : 'RUNNING';
}

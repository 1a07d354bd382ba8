export type {
  BusinessCalendar,
  IsoWeekday,
  OpenInterval,
  OpeningInterval,
  SpecialDate,
} from './types.js';
export { ISO_WEEKDAYS } from './types.js';
export {
  CALENDAR_SEARCH_HORIZON_DAYS,
  NoOpenTimeError,
  addBusinessMinutes,
  businessMillisecondsBetween,
  businessMinutesBetween,
  isOpenAt,
  nextCalendarChange,
  nextOpening,
  openIntervalsOn,
} from './business-calendar.js';
export { localDateOf } from './time-zone.js';
export {
  assertValidCalendar,
  validateCalendar,
  type CalendarValidationError,
  type CalendarValidationResult,
} from './validate.js';
export { holidayClosures, type HolidayClosure, type HolidayClosureSource } from './holidays.js';
export {
  itAvailabilityAt,
  type ItAbsence,
  type ItAbsenceKind,
  type ItAvailability,
  type ItAvailabilityInput,
  type ItAvailabilityTier,
  type ItOnCallPeriod,
} from './availability.js';
export { IT_CORE_HOURS, IT_EXTENDED_HOURS, standardItCalendars } from './standard-calendars.js';
export {
  SLA_WARNING_SHARE,
  pauseSlaClock,
  respondSlaClock,
  resumeSlaClock,
  slaDueTimes,
  slaTargetState,
  slaUsedMs,
  startSlaClock,
  stopSlaClock,
  type SlaClock,
  type SlaDueTimes,
  type SlaState,
  type SlaTargets,
} from './sla-clock.js';

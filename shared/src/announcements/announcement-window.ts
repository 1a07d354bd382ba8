/**
 * Announcements (outages, planned maintenance, IT absence, extraordinary on-call periods) are
 * shown while they are active: from their start until their end, or until an agent ends them
 * early. Times are instants; the window is half-open, [startsAt, endsAt).
 */

export const ANNOUNCEMENT_KINDS = ['OUTAGE', 'MAINTENANCE', 'ABSENCE', 'ON_CALL'] as const;
export type AnnouncementKind = (typeof ANNOUNCEMENT_KINDS)[number];

export const ANNOUNCEMENT_SEVERITIES = ['INFO', 'WARNING', 'CRITICAL'] as const;
export type AnnouncementSeverity = (typeof ANNOUNCEMENT_SEVERITIES)[number];

export const ANNOUNCEMENT_TITLE_MAX_LENGTH = 150;
export const ANNOUNCEMENT_BODY_MAX_LENGTH = 20_000;
/** Longer than any planned maintenance or on-call period; an outage is ended by hand. */
export const ANNOUNCEMENT_MAX_DURATION_MS = 90 * 24 * 3600_000;

export type AnnouncementState = 'UPCOMING' | 'ACTIVE' | 'ENDED';

export interface AnnouncementWindow {
  startsAt: Date;
  endsAt: Date;
  /** Set when an agent ended the announcement before its end. */
  endedAt?: Date | null;
}

/** When the announcement stops being shown: its end, or the earlier moment it was ended. */
export function announcementEnd(w: AnnouncementWindow): Date {
  return w.endedAt && w.endedAt < w.endsAt ? w.endedAt : w.endsAt;
}

export function announcementState(w: AnnouncementWindow, now: Date): AnnouncementState {
  if (now.getTime() >= announcementEnd(w).getTime()) return 'ENDED';
  if (now.getTime() < w.startsAt.getTime()) return 'UPCOMING';
  return 'ACTIVE';
}

export function isAnnouncementActive(w: AnnouncementWindow, now: Date): boolean {
  return announcementState(w, now) === 'ACTIVE';
}

export type AnnouncementWindowProblem =
  'INVALID_DATE' | 'END_BEFORE_START' | 'IN_THE_PAST' | 'TOO_LONG';

/**
 * Why a window cannot be published or saved, or null. An end in the past is refused (it
 * would never be shown); a start in the past is fine (an outage already going on).
 */
export function announcementWindowProblem(
  startsAt: Date,
  endsAt: Date,
  now: Date,
): AnnouncementWindowProblem | null {
  if (Number.isNaN(startsAt.getTime()) || Number.isNaN(endsAt.getTime())) return 'INVALID_DATE';
  if (endsAt.getTime() <= startsAt.getTime()) return 'END_BEFORE_START';
  if (endsAt.getTime() <= now.getTime()) return 'IN_THE_PAST';
  if (endsAt.getTime() - startsAt.getTime() > ANNOUNCEMENT_MAX_DURATION_MS) return 'TOO_LONG';
  return null;
}

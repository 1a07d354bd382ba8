/**
 * Who wants which notice on which channel, and the hygiene rules of delivery: working hours,
 * urgency and digests. Pure: no I/O, no clock (instants are passed in).
 */
import { nextOpening } from '../calendar/business-calendar.js';
import type { BusinessCalendar } from '../calendar/types.js';
import {
  MANDATORY_EVENTS,
  NOTIFICATION_EVENTS,
  isNotificationEvent,
  type NotificationEvent,
  type TemplateLanguage,
} from '../mail/templates.js';

export const NOTIFICATION_CHANNELS = ['IN_APP', 'EMAIL', 'SMS'] as const;
export type NotificationChannel = (typeof NOTIFICATION_CHANNELS)[number];

export function isNotificationChannel(value: string): value is NotificationChannel {
  return (NOTIFICATION_CHANNELS as readonly string[]).includes(value);
}

/** Events that reach the phone by SMS unless the person turns it off (paging always does). */
const SMS_BY_DEFAULT: readonly NotificationEvent[] = [
  'CRITICAL_PAGE',
  'CRITICAL_ESCALATION',
  'PASSWORD_EXPIRY',
  'RESET_CODE',
];

/** What a person gets when they have not chosen: in-app and e-mail for everything, SMS for paging and codes. */
export function defaultPreference(event: NotificationEvent, channel: NotificationChannel): boolean {
  if (channel === 'SMS') return SMS_BY_DEFAULT.includes(event);
  return true;
}

/** Paging for critical escalations cannot be turned off, on any channel. */
export function isPreferenceLocked(
  event: NotificationEvent,
  _channel: NotificationChannel,
): boolean {
  return MANDATORY_EVENTS.includes(event);
}

export function preferenceKey(event: NotificationEvent, channel: NotificationChannel): string {
  return `${event}:${channel}`;
}

/** The person's choice, their default when they made none, always on when locked. */
export function effectivePreference(
  event: NotificationEvent,
  channel: NotificationChannel,
  stored: ReadonlyMap<string, boolean>,
): boolean {
  if (isPreferenceLocked(event, channel)) return true;
  return stored.get(preferenceKey(event, channel)) ?? defaultPreference(event, channel);
}

export interface PreferenceCell {
  event: NotificationEvent;
  channel: NotificationChannel;
  enabled: boolean;
  locked: boolean;
  isDefault: boolean;
}

/** Every (event, channel) cell of a person's preferences, in event then channel order. */
export function preferenceMatrix(stored: ReadonlyMap<string, boolean>): PreferenceCell[] {
  return NOTIFICATION_EVENTS.flatMap((event) =>
    NOTIFICATION_CHANNELS.map((channel) => {
      const locked = isPreferenceLocked(event, channel);
      const own = stored.get(preferenceKey(event, channel));
      return {
        event,
        channel,
        enabled: effectivePreference(event, channel, stored),
        locked,
        isDefault: locked || own === undefined || own === defaultPreference(event, channel),
      };
    }),
  );
}

/** The event (for preferences and templates) of an in-app notice kind. */
export function preferenceEventOf(kind: string, aboutTicket: boolean): NotificationEvent {
  if (isNotificationEvent(kind)) return kind;
  switch (kind) {
    case 'SLA_BREACHED':
      return 'SLA_BREACH';
    case 'CRITICAL_OVERTIME_LIMIT':
      return 'CRITICAL_ESCALATION';
    case 'CRITICAL_AUTHORISED':
    case 'CRITICAL_DECLINED':
      return 'OVERTIME_AUTHORISED';
    case 'CRITICAL_TAKEN':
      return 'ESCALATION_STEP';
    case 'ONCALL_ANNOUNCED':
    case 'ONCALL_ENDED':
    case 'IT_ABSENCE_ANNOUNCED':
      return 'ANNOUNCEMENT';
    default:
      return aboutTicket ? 'TICKET_UPDATED' : 'ANNOUNCEMENT';
  }
}

/** Paging and codes someone is waiting for: never held, never bundled. */
export function isUrgentEvent(event: NotificationEvent): boolean {
  return MANDATORY_EVENTS.includes(event) || event === 'RESET_CODE';
}

/**
 * The earliest instant a message may go out: `at` itself for urgent ones, else the next
 * instant the recipient's working-hours calendar is open (`at` when open now). A calendar
 * with no open time at all holds nothing.
 */
export function holdToWorkingHours(calendar: BusinessCalendar, at: Date, urgent: boolean): Date {
  if (urgent) return at;
  return nextOpening(calendar, at) ?? at;
}

/** Mails to one person within this window of the previous one are bundled into one digest. */
export const DIGEST_WINDOW_MS = 15 * 60_000;

export type MailPlan = { mode: 'SINGLE' } | { mode: 'DIGEST'; at: Date };

/**
 * Bursts: the first non-urgent mail goes out on its own; any that follow within the window
 * of that one wait and go out together as one digest when the window closes.
 */
export function planMail(input: {
  now: Date;
  urgent: boolean;
  /** When the recipient's latest single (non-digest) mail was queued, if any. */
  lastMailAt: Date | null;
  windowMs?: number;
}): MailPlan {
  const windowMs = input.windowMs ?? DIGEST_WINDOW_MS;
  if (input.urgent || input.lastMailAt === null) return { mode: 'SINGLE' };
  const closes = input.lastMailAt.getTime() + windowMs;
  if (input.now.getTime() >= closes || input.now.getTime() < input.lastMailAt.getTime()) {
    return { mode: 'SINGLE' };
  }
  return { mode: 'DIGEST', at: new Date(closes) };
}

export interface DigestItem {
  subject: string;
  link: string;
}

const DIGEST_TEXT: Readonly<
  Record<TemplateLanguage, { subject: string; hello: string; intro: string; footer: string }>
> = {
  en: {
    subject: '{count} notifications from Linje',
    hello: 'Hello {name},',
    intro: 'You have {count} new notifications:',
    footer: 'Change which notifications you receive:',
  },
  sv: {
    subject: '{count} aviseringar från Linje',
    hello: 'Hej {name},',
    intro: 'Du har {count} nya aviseringar:',
    footer: 'Ändra vilka aviseringar du får:',
  },
  nb: {
    subject: '{count} varsler fra Linje',
    hello: 'Hei {name},',
    intro: 'Du har {count} nye varsler:',
    footer: 'Endre hvilke varsler du får:',
  },
};

/** One mail for several notices: a line with subject and link per notice. */
export function renderDigest(
  language: TemplateLanguage,
  recipientName: string,
  items: readonly DigestItem[],
  preferencesUrl: string,
): { subject: string; body: string } {
  const t = DIGEST_TEXT[language];
  const count = String(items.length);
  const lines = items.map((i) => `- ${i.subject}\n  ${i.link}`);
  return {
    subject: t.subject.replace('{count}', count),
    body: [
      t.hello.replace('{name}', recipientName),
      '',
      t.intro.replace('{count}', count),
      '',
      ...lines,
      '',
      t.footer,
      preferencesUrl,
      '',
    ].join('\n'),
  };
}

/** Ticket status values; the transitions between them live in the ticket state machine. */
export const TICKET_STATUSES = [
  'NEW',
  'IN_PROGRESS',
  'WAITING_FOR_CALLER',
  'WAITING_FOR_SUPPLIER',
  'RESOLVED',
  'CLOSED',
] as const;
export type TicketStatus = (typeof TICKET_STATUSES)[number];

/** The statuses of a ticket still being worked on (the queue's default, the open counts). */
export const OPEN_TICKET_STATUSES: readonly TicketStatus[] = [
  'NEW',
  'IN_PROGRESS',
  'WAITING_FOR_CALLER',
  'WAITING_FOR_SUPPLIER',
];

/**
 * Critical means danger to life or health, or a full production stop for a whole
 * department. Everything else is non-critical and gets a priority from the matrix.
 */
export const TICKET_PRIORITIES = ['CRITICAL', 'HIGH', 'MEDIUM', 'LOW'] as const;
export type TicketPriority = (typeof TICKET_PRIORITIES)[number];

export const TICKET_CHANNELS = ['PORTAL', 'EMAIL', 'PHONE', 'WALK_IN'] as const;
export type TicketChannel = (typeof TICKET_CHANNELS)[number];

export const TICKET_TITLE_MAX_LENGTH = 200;
export const TICKET_DESCRIPTION_MAX_LENGTH = 20_000;
/** The rich text description's HTML, markup included (its text has the limit above). */
export const TICKET_DESCRIPTION_HTML_MAX_LENGTH = 100_000;

/** The portal lists a person's latest tickets (and those they filed for others), this many at most. */
export const PORTAL_TICKET_LIMIT = 100;

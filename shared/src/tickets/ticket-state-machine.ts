import { TICKET_STATUSES, type TicketStatus } from './ticket-types.js';

/**
 * Who asks for a status change.
 * - CALLER: the person who reported the ticket (portal, e-mail reply, …).
 * - AGENT: helpdesk staff working the ticket.
 * - SYSTEM: scheduled jobs (auto-close).
 */
export const TICKET_ACTORS = ['CALLER', 'AGENT', 'SYSTEM'] as const;
export type TicketActor = (typeof TICKET_ACTORS)[number];

const DAY_MS = 24 * 60 * 60 * 1000;

/** Default number of days after RESOLVED during which the caller may reopen. */
export const DEFAULT_REOPEN_WINDOW_DAYS = 14;
/** Default number of business days after RESOLVED before SYSTEM closes the ticket. */
export const DEFAULT_AUTO_CLOSE_AFTER_BUSINESS_DAYS = 5;

/**
 * The structural lifecycle, independent of who asks:
 *
 *   NEW ─┬─> IN_PROGRESS ─┬─> WAITING_FOR_CALLER ──┬─> RESOLVED ──> CLOSED (final)
 *        │                └─> WAITING_FOR_SUPPLIER ┤      │
 *        ├─> WAITING_FOR_CALLER / _SUPPLIER        │      └─> IN_PROGRESS (reopen)
 *        └─> RESOLVED (quick fix)  <───────────────┘
 *
 * Waiting statuses go back to IN_PROGRESS or straight to RESOLVED; switching directly
 * between the two waiting statuses is not allowed (go through IN_PROGRESS). A status
 * never "transitions" to itself.
 */
export const TICKET_TRANSITIONS: Readonly<Record<TicketStatus, readonly TicketStatus[]>> = {
  NEW: ['IN_PROGRESS', 'WAITING_FOR_CALLER', 'WAITING_FOR_SUPPLIER', 'RESOLVED'],
  IN_PROGRESS: ['WAITING_FOR_CALLER', 'WAITING_FOR_SUPPLIER', 'RESOLVED'],
  WAITING_FOR_CALLER: ['IN_PROGRESS', 'RESOLVED'],
  WAITING_FOR_SUPPLIER: ['IN_PROGRESS', 'RESOLVED'],
  RESOLVED: ['IN_PROGRESS', 'CLOSED'],
  CLOSED: [],
};

/**
 * Which actor may perform which structural transition, as `from>to` keys.
 * - AGENT: everything structural except RESOLVED → CLOSED.
 * - CALLER: only reopening (RESOLVED → IN_PROGRESS, inside the reopen window) and the
 *   effect of a reply while WAITING_FOR_CALLER (→ IN_PROGRESS, see statusAfterCallerReply).
 * - SYSTEM: only the auto-close RESOLVED → CLOSED.
 */
const ACTOR_TRANSITIONS: Readonly<Record<TicketActor, ReadonlySet<string>>> = {
  AGENT: new Set(
    TICKET_STATUSES.flatMap((from) =>
      TICKET_TRANSITIONS[from]
        .filter((to) => !(from === 'RESOLVED' && to === 'CLOSED'))
        .map((to) => `${from}>${to}`),
    ),
  ),
  CALLER: new Set(['RESOLVED>IN_PROGRESS', 'WAITING_FOR_CALLER>IN_PROGRESS']),
  SYSTEM: new Set(['RESOLVED>CLOSED']),
};

/** The auto-close rule as data; the business-day arithmetic lives elsewhere. */
export interface AutoCloseRule {
  readonly from: 'RESOLVED';
  readonly to: 'CLOSED';
  readonly actor: 'SYSTEM';
  readonly afterBusinessDays: number;
}

export function autoCloseRule(
  afterBusinessDays: number = DEFAULT_AUTO_CLOSE_AFTER_BUSINESS_DAYS,
): AutoCloseRule {
  if (!Number.isInteger(afterBusinessDays) || afterBusinessDays < 0) {
    throw new RangeError(`afterBusinessDays must be a non-negative integer: ${afterBusinessDays}`);
  }
  return { from: 'RESOLVED', to: 'CLOSED', actor: 'SYSTEM', afterBusinessDays };
}

export const DEFAULT_AUTO_CLOSE_RULE: AutoCloseRule = autoCloseRule();

/**
 * Facts needed to judge time-dependent transitions. Only a CALLER reopening a RESOLVED
 * ticket needs them; other checks ignore the context.
 */
export interface TransitionContext {
  /** The instant of the request. */
  readonly now?: Date;
  /** When the ticket entered RESOLVED (most recently). */
  readonly resolvedAt?: Date | null;
  /** Reopen window for callers, in days of 24 hours. Default 14. */
  readonly reopenWindowDays?: number;
}

export type TransitionResult =
  | { readonly ok: true }
  | {
      readonly ok: false;
      readonly code: 'ILLEGAL_TRANSITION';
      readonly params: { readonly from: TicketStatus; readonly to: TicketStatus };
    }
  | {
      readonly ok: false;
      readonly code: 'NOT_ALLOWED_FOR_ACTOR';
      readonly params: {
        readonly from: TicketStatus;
        readonly to: TicketStatus;
        readonly actor: TicketActor;
      };
    }
  | {
      readonly ok: false;
      readonly code: 'REOPEN_WINDOW_PASSED';
      readonly params: {
        readonly windowDays: number;
        /** ISO instant until which reopening was possible; null when resolvedAt is unknown. */
        readonly deadline: string | null;
      };
    };

export type TransitionFailureCode = Extract<TransitionResult, { ok: false }>['code'];

/** Instant until which (inclusive) a caller may reopen a ticket resolved at `resolvedAt`. */
export function reopenDeadline(
  resolvedAt: Date,
  windowDays: number = DEFAULT_REOPEN_WINDOW_DAYS,
): Date {
  return new Date(resolvedAt.getTime() + windowDays * DAY_MS);
}

function reopenWindowResult(ctx: TransitionContext): TransitionResult {
  const windowDays = ctx.reopenWindowDays ?? DEFAULT_REOPEN_WINDOW_DAYS;
  if (!Number.isFinite(windowDays) || windowDays < 0) {
    throw new RangeError(`reopenWindowDays must be a non-negative number: ${windowDays}`);
  }
  // Fail closed: without both instants we cannot prove the window is still open.
  if (!ctx.resolvedAt || !ctx.now) {
    return { ok: false, code: 'REOPEN_WINDOW_PASSED', params: { windowDays, deadline: null } };
  }
  const deadline = reopenDeadline(ctx.resolvedAt, windowDays);
  if (ctx.now.getTime() > deadline.getTime()) {
    return {
      ok: false,
      code: 'REOPEN_WINDOW_PASSED',
      params: { windowDays, deadline: deadline.toISOString() },
    };
  }
  return { ok: true };
}

/**
 * May `actor` move a ticket from `from` to `to`? Checks, in order: the structural
 * lifecycle (ILLEGAL_TRANSITION), the actor's rights (NOT_ALLOWED_FOR_ACTOR), and for a
 * caller reopening a resolved ticket the reopen window (REOPEN_WINDOW_PASSED; the end of
 * the window is inclusive, and a missing `now`/`resolvedAt` counts as passed).
 */
export function canTransition(
  from: TicketStatus,
  to: TicketStatus,
  actor: TicketActor,
  ctx: TransitionContext = {},
): TransitionResult {
  if (!TICKET_TRANSITIONS[from].includes(to)) {
    return { ok: false, code: 'ILLEGAL_TRANSITION', params: { from, to } };
  }
  if (!ACTOR_TRANSITIONS[actor].has(`${from}>${to}`)) {
    return { ok: false, code: 'NOT_ALLOWED_FOR_ACTOR', params: { from, to, actor } };
  }
  if (actor === 'CALLER' && from === 'RESOLVED' && to === 'IN_PROGRESS') {
    return reopenWindowResult(ctx);
  }
  return { ok: true };
}

/**
 * Statuses `actor` may move a ticket to from `from`. Without `ctx` the caller's reopen
 * is listed whenever it is structurally allowed (the window is not checked); pass `ctx`
 * to filter by the reopen window as well.
 */
export function allowedTransitions(
  from: TicketStatus,
  actor: TicketActor,
  ctx?: TransitionContext,
): TicketStatus[] {
  return TICKET_TRANSITIONS[from].filter((to) => {
    if (!ACTOR_TRANSITIONS[actor].has(`${from}>${to}`)) return false;
    return ctx === undefined || canTransition(from, to, actor, ctx).ok;
  });
}

/**
 * The status after a caller's reply: a reply while WAITING_FOR_CALLER hands the ticket
 * back to the agent (IN_PROGRESS). Any other status is unchanged — in particular a reply
 * to a RESOLVED ticket does not reopen it (reopening is an explicit action).
 */
export function statusAfterCallerReply(status: TicketStatus): TicketStatus {
  return status === 'WAITING_FOR_CALLER' ? 'IN_PROGRESS' : status;
}

export interface SlaPausePolicy {
  /** Whether WAITING_FOR_SUPPLIER pauses the SLA clock. Default false. */
  readonly pauseWhileWaitingForSupplier?: boolean;
}

/**
 * State of the SLA clock in a status:
 * - RUNNING: NEW, IN_PROGRESS, and WAITING_FOR_SUPPLIER unless the tenant pauses it;
 * - PAUSED: WAITING_FOR_CALLER (and WAITING_FOR_SUPPLIER if configured);
 * - STOPPED: RESOLVED and CLOSED (the resolution target is met or missed at RESOLVED).
 */
export type SlaClockState = 'RUNNING' | 'PAUSED' | 'STOPPED';

export function slaClockState(status: TicketStatus, policy: SlaPausePolicy = {}): SlaClockState {
  switch (status) {
    case 'NEW':
    case 'IN_PROGRESS':
      return 'RUNNING';
    case 'WAITING_FOR_CALLER':
      return 'PAUSED';
    case 'WAITING_FOR_SUPPLIER':
      return policy.pauseWhileWaitingForSupplier === true ? 'PAUSED' : 'RUNNING';
    case 'RESOLVED':
    case 'CLOSED':
      return 'STOPPED';
  }
}

/** True when the SLA clock is paused (not stopped) in `status`. */
export function isSlaPaused(status: TicketStatus, policy: SlaPausePolicy = {}): boolean {
  return slaClockState(status, policy) === 'PAUSED';
}

/** CLOSED is final: no actor can move the ticket anywhere. */
export function isFinalStatus(status: TicketStatus): boolean {
  return TICKET_TRANSITIONS[status].length === 0;
}

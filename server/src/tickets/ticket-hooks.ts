import { FlushMode, type EntityManager } from '@mikro-orm/core';
import { Injectable } from '@nestjs/common';
import type { Ticket } from './ticket.entity.js';

/** What changed on a ticket, as passed to hooks (one kind per TicketsService method). */
export type TicketChange =
  | { kind: 'CREATED' }
  | { kind: 'STATUS'; from: Ticket['status']; to: Ticket['status'] }
  | { kind: 'PRIORITY'; from: Ticket['priority']; to: Ticket['priority'] }
  | { kind: 'ASSIGNMENT' }
  | { kind: 'REPLY'; byCaller: boolean; internal?: boolean; entryId?: string }
  | { kind: 'MAJOR_INCIDENT'; majorIncident: boolean }
  | { kind: 'LINKED'; parentId: string | null }
  | { kind: 'MERGED'; intoId: string }
  | { kind: 'ASSET'; assetId: string | null }
  | { kind: 'CALLER'; callerId: string };

/**
 * Runs inside the transaction that changes a ticket, before it commits — the place where
 * other domains keep derived fields in step (e.g. the SLA service writes responseDueAt,
 * resolutionDueAt and slaDueAt). Contract for slaDueAt: null once no clock is running
 * towards a deadline (resolved, closed), so the open-queue index stays small.
 */
export type TicketChangeHook = (
  em: EntityManager,
  ticket: Ticket,
  change: TicketChange,
) => Promise<void>;

@Injectable()
export class TicketHooks {
  private readonly hooks: TicketChangeHook[] = [];

  /** Call from a provider's onModuleInit. */
  register(hook: TicketChangeHook): void {
    this.hooks.push(hook);
  }

  /**
   * Auto-flush is off while the hooks run, so their queries do not write the ticket
   * half-changed (which would bump its version twice in one change).
   */
  async run(em: EntityManager, ticket: Ticket, change: TicketChange): Promise<void> {
    const previous = (em as unknown as { flushMode?: FlushMode }).flushMode;
    em.setFlushMode(FlushMode.COMMIT);
    try {
      for (const hook of this.hooks) await hook(em, ticket, change);
    } finally {
      em.setFlushMode(previous);
    }
  }
}

import { randomUUID } from 'node:crypto';
import { EntityManager } from '@mikro-orm/core';
import { Inject, Injectable, type OnModuleInit } from '@nestjs/common';
import {
  renderMessage,
  templateLanguageOf,
  DEFAULT_AUTO_CLOSE_AFTER_BUSINESS_DAYS,
  DEFAULT_PRIORITY_MATRIX,
  autoCloseDueAt,
  canTransition,
} from '@linje/shared';
import { AuditService } from '../audit/audit.service.js';
import { assertAllowed, inTenant, isAgent, mayAdministerTenant } from '../auth/access-policy.js';
import type { Viewer } from '../auth/viewer.js';
import { AppError } from '../common/app-error.js';
import { CalendarsService } from '../calendars/calendars.service.js';
import { IT_CORE_CALENDAR } from '../calendars/tenant-calendar.entity.js';
import { Clock } from '../common/clock.js';
import { EventBus } from '../events/event-bus.js';
import type { Job } from '../jobs/job.entity.js';
import { JobsService } from '../jobs/jobs.service.js';
import { OutgoingQueue } from '../messaging/outgoing-queue.js';
import { APP_CONFIG } from '../config/config.module.js';
import type { AppConfig } from '../config/config.js';
import type { Person } from '../people/person.entity.js';
import { TenantTicketSettings } from './tenant-ticket-settings.entity.js';
import { TicketEntry } from './ticket-entry.entity.js';
import { TicketHooks, type TicketChange } from './ticket-hooks.js';
import { Ticket } from './ticket.entity.js';

export const AUTO_CLOSE_JOB = 'ticket.auto-close';
export const REPLY_MAIL_JOB = 'ticket.reply-mail';
export const AUTO_CLOSE_MAX_BUSINESS_DAYS = 60;

/** Who a reply is from when no agent is named, in the municipality's language. */
const SUPPORT_NAME: Record<string, string> & { '': string } = {
  '': 'IT support',
  SE: 'IT-supporten',
  NO: 'IT-support',
};

/**
 * What happens to tickets without anyone acting, as durable jobs in the `job` table:
 * - a RESOLVED ticket closes by itself after the tenant's number of business days (IT core
 *   calendar). The job is keyed by ticket and resolution time; the handler re-checks that the
 *   ticket is still resolved from that moment, so reopening (and resolving again) neutralises it;
 * - an agent's reply (not an internal note) is e-mailed to the caller and, if different, the
 *   subject. The job is queued in the reply's transaction, so a rolled-back reply sends nothing.
 */
@Injectable()
export class TicketAutomationService implements OnModuleInit {
  constructor(
    private readonly em: EntityManager,
    private readonly hooks: TicketHooks,
    private readonly jobs: JobsService,
    private readonly clock: Clock,
    private readonly audit: AuditService,
    private readonly events: EventBus,
    private readonly outgoing: OutgoingQueue,
    private readonly calendars: CalendarsService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  onModuleInit(): void {
    this.hooks.register((em, ticket, change) => this.onTicketChange(em, ticket, change));
    this.jobs.register(AUTO_CLOSE_JOB, (em, job, afterCommit) =>
      this.autoClose(em, job, afterCommit),
    );
    this.jobs.register(REPLY_MAIL_JOB, (em, job) => this.mailReply(em, job));
  }

  private async onTicketChange(em: EntityManager, ticket: Ticket, change: TicketChange) {
    if (change.kind === 'STATUS' && change.to === 'RESOLVED' && ticket.resolvedAt) {
      await this.scheduleAutoClose(em, ticket, ticket.resolvedAt);
    }
    if (change.kind === 'REPLY' && !change.byCaller && !change.internal && change.entryId) {
      await this.jobs.schedule(em, {
        type: REPLY_MAIL_JOB,
        key: `${REPLY_MAIL_JOB}:${change.entryId}`,
        dueAt: this.clock.now(),
        tenantId: ticket.tenant.id,
        payload: { entryId: change.entryId },
      });
    }
  }

  /** The setting as agents and administrators of the tenant see it. */
  async autoCloseSetting(viewer: Viewer, tenantId: string): Promise<number> {
    assertAllowed(
      inTenant(viewer, tenantId) && (isAgent(viewer) || mayAdministerTenant(viewer, tenantId)),
      'Only IT staff and administrators of the municipality see its ticket settings.',
    );
    return this.autoCloseDays(this.em, tenantId);
  }

  /**
   * The tenant's administrators set after how many business days resolved tickets close.
   * Applies to tickets resolved from now on; already scheduled closings keep their time.
   */
  async setAutoClose(viewer: Viewer, tenantId: string, businessDays: number): Promise<number> {
    assertAllowed(
      mayAdministerTenant(viewer, tenantId),
      'Only administrators of the municipality change its ticket settings.',
    );
    if (
      !Number.isInteger(businessDays) ||
      businessDays < 0 ||
      businessDays > AUTO_CLOSE_MAX_BUSINESS_DAYS
    ) {
      const message = `Give whole business days from 0 to ${AUTO_CLOSE_MAX_BUSINESS_DAYS}.`;
      throw AppError.badInput(message, [
        {
          field: 'businessDays',
          code: 'OUT_OF_RANGE',
          message,
          params: { min: 0, max: AUTO_CLOSE_MAX_BUSINESS_DAYS },
        },
      ]);
    }
    await this.em.transactional(async (em) => {
      let settings = await em.findOne(TenantTicketSettings, { tenant: tenantId });
      const from = settings?.autoCloseAfterBusinessDays ?? DEFAULT_AUTO_CLOSE_AFTER_BUSINESS_DAYS;
      if (!settings) {
        settings = em.create(TenantTicketSettings, {
          tenant: tenantId,
          priorityMatrix: DEFAULT_PRIORITY_MATRIX,
        });
      }
      settings.autoCloseAfterBusinessDays = businessDays;
      this.audit.record(em, {
        tenantId,
        actorId: viewer.personId,
        action: 'ticket_settings.auto_close_changed',
        entityType: 'TenantTicketSettings',
        entityId: tenantId,
        data: { from, to: businessDays },
      });
    });
    return businessDays;
  }

  /** The tenant's setting, or the default when it has no settings row. */
  async autoCloseDays(em: EntityManager, tenantId: string): Promise<number> {
    const settings = await em.findOne(
      TenantTicketSettings,
      { tenant: tenantId },
      { filters: false, disableIdentityMap: true },
    );
    return settings?.autoCloseAfterBusinessDays ?? DEFAULT_AUTO_CLOSE_AFTER_BUSINESS_DAYS;
  }

  private async scheduleAutoClose(em: EntityManager, ticket: Ticket, resolvedAt: Date) {
    const tenant = ticket.tenant;
    const calendar = await this.calendars.byName(em, tenant, IT_CORE_CALENDAR);
    const days = await this.autoCloseDays(em, tenant.id);
    const dueAt = autoCloseDueAt(calendar, resolvedAt, days);
    if (!dueAt) return; // a calendar that is never open: the ticket waits for an agent
    await this.jobs.schedule(em, {
      type: AUTO_CLOSE_JOB,
      key: `${AUTO_CLOSE_JOB}:${ticket.id}:${resolvedAt.getTime()}`,
      dueAt,
      tenantId: tenant.id,
      payload: { ticketId: ticket.id, resolvedMs: resolvedAt.getTime() },
    });
  }

  private async autoClose(
    em: EntityManager,
    job: Job,
    afterCommit: (fn: () => Promise<void>) => void,
  ): Promise<void> {
    const ticket = await em.findOne(
      Ticket,
      { id: String(job.payload.ticketId) },
      { filters: false, populate: ['tenant'] },
    );
    // Reopened (or resolved again later, which scheduled its own job): nothing to do.
    if (!ticket || ticket.status !== 'RESOLVED') return;
    if (ticket.resolvedAt?.getTime() !== Number(job.payload.resolvedMs)) return;
    const check = canTransition('RESOLVED', 'CLOSED', 'SYSTEM');
    if (!check.ok) return;
    const now = this.clock.now();
    ticket.status = 'CLOSED';
    ticket.closedAt = now;
    ticket.updatedAt = now;
    em.create(TicketEntry, {
      id: randomUUID(),
      tenant: ticket.tenant,
      ticket,
      kind: 'CHANGE',
      author: null,
      data: { field: 'status', from: 'RESOLVED', to: 'CLOSED', reason: 'auto-close' },
      createdAt: now,
    });
    await this.hooks.run(em, ticket, { kind: 'STATUS', from: 'RESOLVED', to: 'CLOSED' });
    this.audit.record(em, {
      tenantId: ticket.tenant.id,
      actorId: null,
      action: 'ticket.auto_closed',
      entityType: 'Ticket',
      entityId: ticket.id,
      data: { number: ticket.number, resolvedAt: ticket.resolvedAt.toISOString() },
    });
    const event = { kind: 'UPDATED' as const, tenantId: ticket.tenant.id, ticketId: ticket.id };
    afterCommit(() => this.events.publish('ticketChanged', event));
  }

  private async mailReply(em: EntityManager, job: Job): Promise<void> {
    const entry = await em.findOne(
      TicketEntry,
      { id: String(job.payload.entryId) },
      {
        filters: false,
        populate: ['ticket', 'ticket.tenant', 'ticket.caller', 'ticket.subject', 'author'],
        disableIdentityMap: true,
      },
    );
    if (!entry || entry.kind !== 'REPLY') return;
    const ticket = entry.ticket;
    const recipients = new Map<string, Person>();
    for (const p of [ticket.caller, ticket.subject]) {
      if (p.email && p.id !== entry.author?.id) recipients.set(p.email.toLowerCase(), p);
    }
    const from = entry.author
      ? `${entry.author.givenName} ${entry.author.surname}`
      : (SUPPORT_NAME[ticket.tenant.country] ?? SUPPORT_NAME['']);
    const language = templateLanguageOf(ticket.tenant.country);
    await this.outgoing.enqueue(
      em,
      [...recipients].map(([to, person]) => {
        const mail = renderMessage('TICKET_REPLIED', language, {
          recipientName: person.givenName,
          ticketNumber: ticket.number,
          ticketTitle: ticket.title,
          author: from,
          text: entry.body,
          link: `${this.config.publicUrl}/portal/tickets/${ticket.id}`,
        });
        return {
          tenantId: ticket.tenant.id,
          channel: 'EMAIL' as const,
          to,
          recipientPersonId: person.id,
          kind: 'TICKET_REPLIED',
          subject: mail.subject,
          body: mail.body,
          ticketId: ticket.id,
          key: `reply:${entry.id}:${person.id}`,
        };
      }),
    );
  }
}

import { randomUUID } from 'node:crypto';
import { EntityManager } from '@mikro-orm/core';
import { Injectable, type OnModuleInit } from '@nestjs/common';
import type { Viewer } from '../auth/viewer.js';
import { AppError } from '../common/app-error.js';
import { Clock } from '../common/clock.js';
import { EventBus } from '../events/event-bus.js';
import type { Job } from '../jobs/job.entity.js';
import { JobsService } from '../jobs/jobs.service.js';
import {
  MANDATORY_EVENTS,
  isNotificationEvent,
  renderMessage,
  templateLanguageOf,
  type NotificationEvent,
} from '@linje/shared';
import { Inject } from '@nestjs/common';
import { APP_CONFIG } from '../config/config.module.js';
import type { AppConfig } from '../config/config.js';
import { OutgoingQueue } from '../messaging/outgoing-queue.js';
import { Ticket } from '../tickets/ticket.entity.js';
import { Person } from '../people/person.entity.js';
import { Tenant } from '../tenants/tenant.entity.js';
import { Notification } from './notification.entity.js';

export interface NotifyInput {
  tenantId: string;
  recipientId: string;
  kind: string;
  params: Record<string, string | number | null>;
  text: string;
  ticketId?: string | null;
  /** Who made the change: nobody is notified of their own change. */
  actorId?: string | null;
}

export const DELIVER_NOTIFICATION_JOB = 'notification.deliver';

/** Seven parameters a job: well under SQLite's and PostgreSQL's limits per statement. */
const JOBS_PER_STATEMENT = 500;

/** Kinds that reach the person's phone by SMS at once (paging ignores working hours). */
export const SMS_KINDS: readonly string[] = ['CRITICAL_PAGE', 'CRITICAL_ESCALATION'];

/**
 * In-app notices, written in the transaction of the change they report. Each is also
 * delivered outside the app — SMS for paging, e-mail otherwise — by a durable job scheduled
 * in the same transaction, so a notice is never sent for a change that rolled back.
 */
@Injectable()
export class NotificationsService implements OnModuleInit {
  constructor(
    private readonly em: EntityManager,
    private readonly clock: Clock,
    private readonly jobs: JobsService,
    private readonly outgoing: OutgoingQueue,
    private readonly events: EventBus,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  onModuleInit(): void {
    this.jobs.register(DELIVER_NOTIFICATION_JOB, (em, job, afterCommit) =>
      this.deliver(em, job, afterCommit),
    );
  }

  /** One notice, or null when it would tell the actor of their own change. */
  async notify(em: EntityManager, input: NotifyInput): Promise<Notification | null> {
    const [n] = await this.notifyAll(em, [input]);
    return n ?? null;
  }

  /**
   * Many notices at once (an announcement to a whole municipality): their delivery jobs are
   * added a chunk per statement rather than one statement per recipient.
   */
  async notifyAll(em: EntityManager, inputs: readonly NotifyInput[]): Promise<Notification[]> {
    const created = distinctNotices(inputs).map((input) => this.create(em, input));
    for (let i = 0; i < created.length; i += JOBS_PER_STATEMENT) {
      await this.jobs.scheduleAll(
        em,
        created.slice(i, i + JOBS_PER_STATEMENT).map((n) => ({
          type: DELIVER_NOTIFICATION_JOB,
          key: `${DELIVER_NOTIFICATION_JOB}:${n.id}`,
          dueAt: n.createdAt,
          tenantId: n.tenant.id,
          payload: { notificationId: n.id },
        })),
      );
    }
    return created;
  }

  /**
   * Queues one notice by SMS or e-mail, rendered from its event's template in the tenant's
   * language, in the job's transaction (so a notice is queued exactly once).
   */
  private async deliver(
    em: EntityManager,
    job: Job,
    afterCommit: (fn: () => Promise<void>) => void,
  ): Promise<void> {
    const n = await em.findOne(
      Notification,
      { id: String(job.payload.notificationId) },
      { populate: ['recipient', 'tenant'], filters: false },
    );
    if (!n) return;
    const event = { tenantId: n.tenant.id, recipientId: n.recipient.id, notificationId: n.id };
    afterCommit(() => this.events.publish('notificationCreated', event));
    const to = n.recipient;
    const ticket = n.ticketId
      ? await em.findOne(
          Ticket,
          { id: n.ticketId },
          { filters: false, fields: ['number', 'title'] },
        )
      : null;
    const kind = eventOf(n.kind, ticket !== null);
    const link = ticket ? `${this.config.publicUrl}/tickets/${ticket.id}` : this.config.publicUrl;
    const rendered = renderMessage(kind, templateLanguageOf(n.tenant.country), {
      ...n.params,
      recipientName: to.givenName,
      ticketNumber: ticket?.number ?? null,
      ticketTitle: ticket?.title ?? null,
      text: n.text,
      title: n.text.slice(0, 120),
      link,
    });
    const base = { tenantId: n.tenant.id, recipientPersonId: to.id, kind, ticketId: n.ticketId };
    if (SMS_KINDS.includes(n.kind) && to.mobile) {
      await this.outgoing.enqueue(em, [
        { ...base, channel: 'SMS', to: to.mobile, body: rendered.body, key: `notice:${n.id}:sms` },
      ]);
    } else if (to.email) {
      await this.outgoing.enqueue(em, [
        {
          ...base,
          channel: 'EMAIL',
          to: to.email,
          subject: rendered.subject,
          body: rendered.body,
          key: `notice:${n.id}:email`,
          unsubscribeUrl: MANDATORY_EVENTS.includes(kind)
            ? null
            : `${this.config.publicUrl}/profile/notifications`,
        },
      ]);
    }
  }

  private create(em: EntityManager, input: NotifyInput): Notification {
    return em.create(Notification, {
      id: randomUUID(),
      tenant: em.getReference(Tenant, input.tenantId),
      recipient: em.getReference(Person, input.recipientId),
      kind: input.kind,
      params: input.params,
      text: input.text,
      ticketId: input.ticketId ?? null,
      createdAt: this.clock.now(),
      readAt: null,
    });
  }

  async mine(viewer: Viewer, unreadOnly: boolean): Promise<Notification[]> {
    return this.em.find(
      Notification,
      { recipient: viewer.personId, ...(unreadOnly ? { readAt: null } : {}) },
      { orderBy: { createdAt: 'desc', id: 'desc' }, limit: 100 },
    );
  }

  /** One of the viewer's own notices (for the live subscription). */
  async ownForEvent(viewer: Viewer, id: string): Promise<Notification | null> {
    return this.em
      .fork()
      .findOne(Notification, { id, recipient: viewer.personId }, { filters: false });
  }

  async unreadCount(viewer: Viewer): Promise<number> {
    return this.em.count(Notification, { recipient: viewer.personId, readAt: null });
  }

  /** Marks every unread notice of the viewer read; answers how many. */
  async markAllRead(viewer: Viewer): Promise<number> {
    return this.em.nativeUpdate(
      Notification,
      { recipient: viewer.personId, readAt: null },
      { readAt: this.clock.now() },
    );
  }

  async markRead(viewer: Viewer, id: string): Promise<Notification> {
    return this.em.transactional(async (em) => {
      const n = await em.findOne(Notification, { id, recipient: viewer.personId });
      if (!n) throw AppError.notFound('The notification');
      n.readAt ??= this.clock.now();
      return n;
    });
  }
}

/** The template event of a notice kind; kinds of their own fall back to a generic one. */
function eventOf(kind: string, aboutTicket: boolean): NotificationEvent {
  if (isNotificationEvent(kind)) return kind;
  if (kind === 'CRITICAL_OVERTIME_LIMIT') return 'CRITICAL_ESCALATION';
  return aboutTicket ? 'TICKET_UPDATED' : 'ANNOUNCEMENT';
}

/**
 * Hygiene before anything is written: never a notice to the person who made the change, and
 * one per recipient, kind and ticket however many rules matched them (the first wins).
 */
export function distinctNotices(inputs: readonly NotifyInput[]): NotifyInput[] {
  const seen = new Set<string>();
  const out: NotifyInput[] = [];
  for (const input of inputs) {
    if (input.actorId != null && input.actorId === input.recipientId) continue;
    const key = `${input.recipientId}\u0000${input.kind}\u0000${input.ticketId ?? ''}`;
    if (seen.has(key)) continue;
    seen.add(key);
    out.push(input);
  }
  return out;
}

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
  effectivePreference,
  holdToWorkingHours,
  isUrgentEvent,
  planMail,
  renderDigest,
  standardItCalendars,
  isNotificationEvent,
  preferenceEventOf,
  noticeText,
  renderMessage,
  templateLanguageOf,
  type NotificationEvent,
} from '@linje/shared';
import { Inject } from '@nestjs/common';
import { APP_CONFIG } from '../config/config.module.js';
import type { AppConfig } from '../config/config.js';
import { OutgoingQueue } from '../messaging/outgoing-queue.js';
import { Ticket } from '../tickets/ticket.entity.js';
import { OutgoingMessage } from '../messaging/outgoing-message.entity.js';
import { IT_EXTENDED_CALENDAR, TenantCalendar } from '../calendars/tenant-calendar.entity.js';
import { Person } from '../people/person.entity.js';
import { Tenant } from '../tenants/tenant.entity.js';
import { Notification } from './notification.entity.js';
import { NotificationPreferencesService } from './notification-preferences.service.js';
import { templateOverride } from './notification-templates.js';

export interface NotifyInput {
  tenantId: string;
  recipientId: string;
  kind: string;
  params: Record<string, string | number | null>;
  text: string;
  ticketId?: string | null;
  /** Who made the change: nobody is notified of their own change. */
  actorId?: string | null;
  /** A notice that may reach each recipient only once (an SLA level of a ticket). */
  onceKey?: string | null;
}

export const DELIVER_NOTIFICATION_JOB = 'notification.deliver';
export const DIGEST_JOB = 'notification.digest';

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
    private readonly preferences: NotificationPreferencesService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  onModuleInit(): void {
    this.jobs.register(DELIVER_NOTIFICATION_JOB, (em, job, afterCommit) =>
      this.deliver(em, job, afterCommit),
    );
    this.jobs.register(DIGEST_JOB, (em, job) => this.sendDigest(em, job));
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
    const unsent = await this.withoutEarlier(em, distinctNotices(inputs));
    const stored = await this.preferences.storedFor(
      em,
      unsent.map((i) => i.recipientId),
    );
    const now = this.clock.now();
    const created: Notification[] = [];
    for (const input of unsent) {
      const event = preferenceEventOf(input.kind, input.ticketId != null);
      const own = stored.get(input.recipientId) ?? NO_CHOICES;
      const inApp = effectivePreference(event, 'IN_APP', own);
      const outside =
        effectivePreference(event, 'EMAIL', own) || effectivePreference(event, 'SMS', own);
      if (!inApp && !outside) continue;
      const n = this.create(em, input);
      // Wanted by mail only: kept for the record, but not waiting in the app.
      if (!inApp) n.readAt = now;
      created.push(n);
    }
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
   * Queues one notice by SMS and/or e-mail as the recipient's preferences say, rendered from
   * its event's template in the tenant's language, in the job's transaction (so a notice is
   * queued exactly once). Non-urgent mail is held to working hours, and one that follows
   * another within the digest window waits for that window's digest.
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
    if (n.readAt === null) {
      const event = { tenantId: n.tenant.id, recipientId: n.recipient.id, notificationId: n.id };
      afterCommit(() => this.events.publish('notificationCreated', event));
    }
    const to = n.recipient;
    const out = await this.render(em, n);
    const own = (await this.preferences.storedFor(em, [to.id])).get(to.id) ?? NO_CHOICES;
    const paging = SMS_KINDS.includes(n.kind);
    const base = {
      tenantId: n.tenant.id,
      recipientPersonId: to.id,
      kind: out.event,
      ticketId: n.ticketId,
    };
    let bySms = false;
    if (to.mobile && effectivePreference(out.prefEvent, 'SMS', own)) {
      bySms = true;
      await this.outgoing.enqueue(em, [
        { ...base, channel: 'SMS', to: to.mobile, body: out.body, key: `notice:${n.id}:sms` },
      ]);
    }
    // Paging reaches the phone; e-mail stands in only for someone without a mobile number.
    if (paging && bySms) return;
    if (!to.email || !effectivePreference(out.prefEvent, 'EMAIL', own)) return;
    const urgent = paging || isUrgentEvent(out.prefEvent);
    const now = this.clock.now();
    if (!urgent) {
      const latest = await em.findOne(
        OutgoingMessage,
        { recipientPersonId: to.id, channel: 'EMAIL' },
        { filters: false, fields: ['createdAt'], orderBy: { createdAt: 'desc' } },
      );
      const plan = planMail({
        now,
        urgent,
        lastMailAt: latest ? new Date(latest.createdAt) : null,
      });
      if (plan.mode === 'DIGEST') {
        n.mailPending = true;
        await this.jobs.schedule(em, {
          type: DIGEST_JOB,
          key: `${DIGEST_JOB}:${to.id}:${plan.at.getTime()}`,
          dueAt: plan.at,
          tenantId: n.tenant.id,
          payload: { recipientId: to.id },
        });
        return;
      }
    }
    await this.outgoing.enqueue(em, [
      {
        ...base,
        channel: 'EMAIL',
        to: to.email,
        subject: out.subject,
        body: out.body,
        key: `notice:${n.id}:email`,
        notBefore: urgent ? now : await this.workingFrom(em, n.tenant, now),
        unsubscribeUrl: MANDATORY_EVENTS.includes(out.prefEvent) ? null : this.preferencesUrl(),
      },
    ]);
  }

  /** Sends the notices waiting for a recipient's digest: alone if only one is left. */
  private async sendDigest(em: EntityManager, job: Job): Promise<void> {
    const waiting = await em.find(
      Notification,
      { recipient: String(job.payload.recipientId), mailPending: true },
      {
        populate: ['recipient', 'tenant'],
        filters: false,
        orderBy: { createdAt: 'asc', id: 'asc' },
      },
    );
    const first = waiting[0];
    const email = first?.recipient.email;
    if (!first || !email) return;
    const to = first.recipient;
    const rendered = [];
    for (const n of waiting) {
      n.mailPending = false;
      rendered.push({ n, ...(await this.render(em, n)) });
    }
    const notBefore = await this.workingFrom(em, first.tenant, this.clock.now());
    const base = {
      tenantId: first.tenant.id,
      recipientPersonId: to.id,
      channel: 'EMAIL' as const,
      to: email,
    };
    const only = rendered.length === 1 ? rendered[0] : undefined;
    if (only) {
      await this.outgoing.enqueue(em, [
        {
          ...base,
          kind: only.event,
          ticketId: only.n.ticketId,
          subject: only.subject,
          body: only.body,
          key: `notice:${only.n.id}:email`,
          notBefore,
          unsubscribeUrl: this.preferencesUrl(),
        },
      ]);
      return;
    }
    const digest = renderDigest(
      templateLanguageOf(first.tenant.country),
      to.givenName,
      rendered.map((r) => ({ subject: r.subject, link: r.link })),
      this.preferencesUrl(),
    );
    await this.outgoing.enqueue(em, [
      {
        ...base,
        kind: 'DIGEST',
        subject: digest.subject,
        body: digest.body,
        key: `digest:${job.key}`,
        notBefore,
        unsubscribeUrl: this.preferencesUrl(),
      },
    ]);
  }

  private preferencesUrl(): string {
    return `${this.config.publicUrl}/profile/notifications`;
  }

  /** The next instant within the tenant's extended IT hours (the working day mail keeps to). */
  private async workingFrom(em: EntityManager, tenant: Tenant, at: Date): Promise<Date> {
    const row = await em.findOne(
      TenantCalendar,
      { tenant: tenant.id, name: IT_EXTENDED_CALENDAR },
      { filters: false },
    );
    const calendar = row?.calendar ?? standardItCalendars(tenant.timeZone, tenant.country).extended;
    return holdToWorkingHours(calendar, at, false);
  }

  private async render(
    em: EntityManager,
    n: Notification,
  ): Promise<{
    event: NotificationEvent;
    prefEvent: NotificationEvent;
    subject: string;
    body: string;
    link: string;
  }> {
    const ticket = n.ticketId
      ? await em.findOne(
          Ticket,
          { id: n.ticketId },
          { filters: false, fields: ['number', 'title'] },
        )
      : null;
    const event = eventOf(n.kind, ticket !== null);
    const link = ticket ? `${this.config.publicUrl}/tickets/${ticket.id}` : this.config.publicUrl;
    const language = templateLanguageOf(n.tenant.country);
    const override = await templateOverride(em, n.tenant.id, event, language);
    // Kinds with a text per language are written in the municipality's; others as stored.
    const text = noticeText(n.kind, n.params ?? {}, language, n.tenant.timeZone) ?? n.text;
    const rendered = renderMessage(
      event,
      language,
      {
        ...n.params,
        recipientName: n.recipient.givenName,
        ticketNumber: ticket?.number ?? null,
        ticketTitle: ticket?.title ?? null,
        text,
        title: text.slice(0, 120),
        link,
      },
      override,
    );
    return { event, prefEvent: preferenceEventOf(n.kind, ticket !== null), ...rendered, link };
  }

  /**
   * Leaves out notices already written: in this transaction by an earlier call (another rule
   * matching the same person), or ever, for a notice with a once-key.
   */
  private async withoutEarlier(
    em: EntityManager,
    inputs: readonly NotifyInput[],
  ): Promise<NotifyInput[]> {
    const pending = new Set<string>();
    for (const entity of em.getUnitOfWork().getPersistStack()) {
      if (entity instanceof Notification) {
        pending.add(noticeKey(entity.recipient.id, entity.kind, entity.ticketId));
        if (entity.onceKey) pending.add(onceKeyOf(entity.recipient.id, entity.onceKey));
      }
    }
    const onceKeys = inputs.flatMap((i) => (i.onceKey ? [i.onceKey] : []));
    if (onceKeys.length) {
      const earlier = await em.find(
        Notification,
        {
          recipient: { $in: inputs.map((i) => i.recipientId) },
          onceKey: { $in: onceKeys },
        },
        { filters: false, fields: ['recipient', 'onceKey'] },
      );
      for (const e of earlier) if (e.onceKey) pending.add(onceKeyOf(e.recipient.id, e.onceKey));
    }
    return inputs.filter(
      (i) =>
        !pending.has(noticeKey(i.recipientId, i.kind, i.ticketId ?? null)) &&
        !(i.onceKey && pending.has(onceKeyOf(i.recipientId, i.onceKey))),
    );
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
      mailPending: false,
      onceKey: input.onceKey ?? null,
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
    const key = noticeKey(input.recipientId, input.kind, input.ticketId ?? null);
    if (seen.has(key)) continue;
    seen.add(key);
    out.push(input);
  }
  return out;
}

const NO_CHOICES: ReadonlyMap<string, boolean> = new Map();

function noticeKey(recipientId: string, kind: string, ticketId: string | null): string {
  return `${recipientId}\u0000${kind}\u0000${ticketId ?? ''}`;
}

function onceKeyOf(recipientId: string, onceKey: string): string {
  return `${recipientId}\u0000once\u0000${onceKey}`;
}

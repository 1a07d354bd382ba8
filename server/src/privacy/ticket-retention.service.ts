import { randomUUID } from 'node:crypto';
import { MikroORM, type EntityManager } from '@mikro-orm/core';
import { Inject, Injectable, type OnApplicationBootstrap, type OnModuleInit } from '@nestjs/common';
import { templateLanguageOf } from '@linje/shared';
import { Attachment } from '../attachments/attachment.entity.js';
import { AttachmentsService } from '../attachments/attachments.service.js';
import { AuditService } from '../audit/audit.service.js';
import { Clock } from '../common/clock.js';
import { APP_CONFIG } from '../config/config.module.js';
import type { AppConfig } from '../config/config.js';
import type { Job } from '../jobs/job.entity.js';
import { JobsService } from '../jobs/jobs.service.js';
import { InboundMail } from '../mail-in/inbound-mail.entity.js';
import { OutgoingMessage } from '../messaging/outgoing-message.entity.js';
import { Person } from '../people/person.entity.js';
import { Tenant } from '../tenants/tenant.entity.js';
import { TicketEntry } from '../tickets/ticket-entry.entity.js';
import { Ticket } from '../tickets/ticket.entity.js';
import { pseudonymOf } from './person-erasure.js';
import { TenantPrivacySettings } from './tenant-privacy-settings.entity.js';

export const TICKET_RETENTION_JOB = 'privacy.ticketRetention';
/** Tickets per run; a run that fills it schedules the next batch at once. */
export const RETENTION_BATCH = 200;
/** The daily run is due at this UTC hour, at night in every Nordic municipality. */
const RUN_HOUR_UTC = 2;

/** The title an anonymised ticket keeps, in the municipality's language. */
export const ANONYMISED_TITLE = {
  sv: 'Anonymiserat ärende',
  nb: 'Anonymisert sak',
  en: 'Anonymised ticket',
} as const;

/** `at` minus whole calendar years (29 February falls back to 1 March). */
export function yearsBefore(at: Date, years: number): Date {
  const d = new Date(at.getTime());
  d.setUTCFullYear(d.getUTCFullYear() - years);
  return d;
}

/** The next daily run after `now`, and the key that makes it one job however many servers schedule it. */
export function nextRun(tenantId: string, now: Date): { dueAt: Date; key: string } {
  const due = new Date(now.getTime());
  due.setUTCHours(RUN_HOUR_UTC, 0, 0, 0);
  if (due.getTime() <= now.getTime()) due.setUTCDate(due.getUTCDate() + 1);
  return {
    dueAt: due,
    key: `${TICKET_RETENTION_JOB}:${tenantId}:${due.toISOString().slice(0, 10)}`,
  };
}

export interface RetentionRun {
  anonymised: number;
  cutoff: Date;
  lastTicketId: string | null;
}

/**
 * Retention of closed tickets: once a day per municipality with a rule, tickets closed longer
 * ago than the rule's years lose what identifies the people they were about — caller and
 * subject point at a pseudonymous person of the tenant, title, description, replies and notes
 * are blanked, attachments and mail copies removed — while the row, number, category,
 * priority, status, timestamps, rating and time spent stay for the statistics.
 */
@Injectable()
export class TicketRetention implements OnModuleInit, OnApplicationBootstrap {
  constructor(
    private readonly orm: MikroORM,
    private readonly jobs: JobsService,
    private readonly clock: Clock,
    private readonly audit: AuditService,
    private readonly attachments: AttachmentsService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  onModuleInit(): void {
    this.jobs.register(TICKET_RETENTION_JOB, (em, job, afterCommit) =>
      this.runJob(em, job, afterCommit),
    );
  }

  /** Every server schedules the next run of each tenant with a rule; the key keeps it to one job. */
  async onApplicationBootstrap(): Promise<void> {
    const em = this.orm.em.fork();
    const rules = await em.find(
      TenantPrivacySettings,
      { ticketRetentionYears: { $ne: null } },
      { filters: false },
    );
    for (const rule of rules) await this.scheduleNext(em, rule.tenant.id);
  }

  /** In the caller's transaction (or at once outside one). */
  async scheduleNext(em: EntityManager, tenantId: string): Promise<void> {
    const { dueAt, key } = nextRun(tenantId, this.clock.now());
    await this.jobs.schedule(em, { type: TICKET_RETENTION_JOB, key, dueAt, tenantId });
  }

  private async runJob(
    em: EntityManager,
    job: Job,
    afterCommit: (fn: () => Promise<void>) => void,
  ): Promise<void> {
    const tenantId = job.tenantId;
    if (!tenantId) return;
    const settings = await em.findOne(
      TenantPrivacySettings,
      { tenant: tenantId },
      { filters: false },
    );
    const years = settings?.ticketRetentionYears;
    // A rule switched off ends the chain; switching it on again schedules a new one.
    if (!settings || !years) return;
    const run = await this.apply(em, settings, years, afterCommit);
    this.audit.record(em, {
      tenantId,
      actorId: null,
      action: 'privacy.ticket_retention_ran',
      entityType: 'TenantPrivacySettings',
      entityId: tenantId,
      data: { years, closedBefore: run.cutoff.toISOString(), anonymised: run.anonymised },
    });
    if (run.anonymised >= RETENTION_BATCH) {
      await this.jobs.schedule(em, {
        type: TICKET_RETENTION_JOB,
        // The last ticket of the batch: each continuation's key is new and of bounded length.
        key: `${TICKET_RETENTION_JOB}:${tenantId}:after:${run.lastTicketId}`,
        dueAt: this.clock.now(),
        tenantId,
      });
    } else {
      await this.scheduleNext(em, tenantId);
    }
  }

  /** Anonymises one batch of the tenant's expired tickets in the caller's transaction. */
  async apply(
    em: EntityManager,
    settings: TenantPrivacySettings,
    years: number,
    afterCommit: (fn: () => Promise<void>) => void,
  ): Promise<RetentionRun> {
    const tenantId = settings.tenant.id;
    const now = this.clock.now();
    const cutoff = yearsBefore(now, years);
    const anonymousId = settings.anonymousPersonId ?? null;
    const tickets = await em.find(
      Ticket,
      {
        tenant: tenantId,
        status: 'CLOSED',
        closedAt: { $lt: cutoff },
        ...(anonymousId ? { caller: { $ne: anonymousId } } : {}),
      },
      { filters: false, orderBy: { closedAt: 'asc', id: 'asc' }, limit: RETENTION_BATCH },
    );
    if (tickets.length === 0) return { anonymised: 0, cutoff, lastTicketId: null };

    const anonymous = await this.anonymousPerson(em, settings);
    const tenant = await em.findOneOrFail(Tenant, { id: tenantId }, { filters: false });
    const title = ANONYMISED_TITLE[templateLanguageOf(tenant.country)];
    const ids = tickets.map((t) => t.id);
    const people = [...new Set(tickets.flatMap((t) => [t.caller.id, t.subject.id]))];
    for (const ticket of tickets) {
      ticket.caller = anonymous;
      ticket.subject = anonymous;
      ticket.title = title;
      ticket.description = '';
      ticket.descriptionHtml = null;
      ticket.priorityReason = null;
      ticket.ratingComment = null;
    }
    await em.flush();
    await em.nativeUpdate(
      TicketEntry,
      { ticket: { $in: ids }, kind: { $in: ['REPLY', 'NOTE'] } },
      { body: '', data: {} },
      { filters: false },
    );
    await em.nativeUpdate(
      TicketEntry,
      { ticket: { $in: ids }, author: { $in: people } },
      { author: anonymous.id },
      { filters: false },
    );
    const files = await em.find(Attachment, { ticket: { $in: ids } }, { filters: false });
    await em.nativeDelete(Attachment, { ticket: { $in: ids } }, { filters: false });
    await em.nativeUpdate(
      InboundMail,
      { ticket: { $in: ids } },
      { fromAddress: null, subject: null, quoted: null, rawBase64: null },
      { filters: false },
    );
    await em.nativeDelete(OutgoingMessage, { ticketId: { $in: ids } }, { filters: false });
    // The search index follows inserts only (see the TicketSearch migrations).
    const index = this.config.database.kind === 'postgresql' ? '"ticket_search"' : '"ticket_fts"';
    await em
      .getConnection()
      .execute(
        `delete from ${index} where ticket_id in (${ids.map(() => '?').join(', ')})`,
        ids,
        'run',
        em.getTransactionContext(),
      );
    const fileIds = files.map((f) => f.id);
    if (fileIds.length > 0) afterCommit(async () => this.attachments.removeStoredFiles(fileIds));
    return { anonymised: tickets.length, cutoff, lastTicketId: ids[ids.length - 1] ?? null };
  }

  /** The tenant's pseudonymous stand-in, made once and remembered in the settings row. */
  private async anonymousPerson(
    em: EntityManager,
    settings: TenantPrivacySettings,
  ): Promise<Person> {
    if (settings.anonymousPersonId) {
      const found = await em.findOne(
        Person,
        { id: settings.anonymousPersonId },
        { filters: false },
      );
      if (found) return found;
    }
    const id = randomUUID();
    const person = em.create(Person, {
      id,
      tenant: settings.tenant,
      username: `erased-${id.replaceAll('-', '').slice(0, 16)}`,
      givenName: '',
      surname: pseudonymOf(id),
      accountEnabled: false,
      createdAt: this.clock.now(),
    });
    settings.anonymousPersonId = id;
    await em.flush();
    return person;
  }
}

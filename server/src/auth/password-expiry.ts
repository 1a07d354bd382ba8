import { Inject, Injectable, type OnModuleInit } from '@nestjs/common';
import { APP_CONFIG } from '../config/config.module.js';
import type { AppConfig } from '../config/config.js';
import type { EntityManager } from '@mikro-orm/core';
import {
  effectivePreference,
  localDateOf,
  passwordExpiresAt,
  passwordExpiryReminderAt,
  renderMessage,
  templateLanguageOf,
} from '@linje/shared';
import { AuditService } from '../audit/audit.service.js';
import { Clock } from '../common/clock.js';
import { JobsService } from '../jobs/jobs.service.js';
import type { Job } from '../jobs/job.entity.js';
import { OutgoingQueue, type QueueMessage } from '../messaging/outgoing-queue.js';
import { Person } from '../people/person.entity.js';
import { storedPreferences } from '../notifications/notification-preferences.service.js';
import { templateOverride } from '../notifications/notification-templates.js';
import { tenantPasswordPolicy } from '../tenants/tenant.entity.js';
import { accountStatus } from './account-state.js';

export const PASSWORD_EXPIRY_REMINDER_JOB = 'password.expiryReminder';

/**
 * The SMS some municipalities send before a password expires (seed 001: five days
 * before). A durable job is scheduled when a password is chosen; it does nothing if the
 * password has been changed again since, the account is closed or there is no mobile.
 */
@Injectable()
export class PasswordExpiryReminders implements OnModuleInit {
  constructor(
    private readonly jobs: JobsService,
    private readonly outgoing: OutgoingQueue,
    private readonly audit: AuditService,
    private readonly clock: Clock,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  private get profileUrl(): string {
    return `${this.config.publicUrl}/profile`;
  }

  onModuleInit(): void {
    this.jobs.register(PASSWORD_EXPIRY_REMINDER_JOB, (em, job) => this.remind(em, job));
  }

  /** In the caller's transaction, after `person.passwordChangedAt` was set. Needs `tenant`. */
  async schedule(em: EntityManager, person: Person, changedAt: Date): Promise<void> {
    const dueAt = passwordExpiryReminderAt(tenantPasswordPolicy(person.tenant), changedAt);
    if (!dueAt) return;
    await this.jobs.schedule(em, {
      type: PASSWORD_EXPIRY_REMINDER_JOB,
      key: `password-expiry:${person.id}:${changedAt.getTime()}`,
      dueAt,
      tenantId: person.tenant.id,
      payload: { personId: person.id, changedAt: changedAt.getTime() },
    });
  }

  private async remind(em: EntityManager, job: Job): Promise<void> {
    const { personId, changedAt } = job.payload;
    if (typeof personId !== 'string' || typeof changedAt !== 'number') return;
    const person = await em.findOne(
      Person,
      { id: personId },
      { filters: false, populate: ['tenant'] },
    );
    if (!person || person.passwordChangedAt?.getTime() !== changedAt) return;
    const now = this.clock.now();
    if ((!person.mobile && !person.email) || accountStatus(person, now) !== 'ACTIVE') return;
    const expiresAt = passwordExpiresAt(tenantPasswordPolicy(person.tenant), new Date(changedAt));
    if (!expiresAt) return;
    const day = localDateOf(person.tenant.timeZone, expiresAt);
    this.audit.record(em, {
      tenantId: person.tenant.id,
      actorId: null,
      action: 'password.expiry_reminder_sent',
      entityType: 'Person',
      entityId: person.id,
      data: { expiresOn: day },
    });
    const language = templateLanguageOf(person.tenant.country);
    const text = renderMessage(
      'PASSWORD_EXPIRY',
      language,
      { recipientName: person.givenName, expiresOn: day, link: this.profileUrl },
      await templateOverride(em, person.tenant.id, 'PASSWORD_EXPIRY', language),
    );
    const base = {
      tenantId: person.tenant.id,
      recipientPersonId: person.id,
      kind: 'PASSWORD_EXPIRY',
      body: text.body,
    };
    const own = (await storedPreferences(em, [person.id])).get(person.id) ?? new Map();
    const messages: QueueMessage[] = [];
    if (person.mobile && effectivePreference('PASSWORD_EXPIRY', 'SMS', own)) {
      messages.push({ ...base, channel: 'SMS', to: person.mobile, key: `${job.key}:sms` });
    }
    if (person.email && effectivePreference('PASSWORD_EXPIRY', 'EMAIL', own)) {
      messages.push({
        ...base,
        channel: 'EMAIL',
        to: person.email,
        subject: text.subject,
        key: `${job.key}:email`,
      });
    }
    await this.outgoing.enqueue(em, messages);
  }
}

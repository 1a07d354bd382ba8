import { randomUUID } from 'node:crypto';
import { EntityManager } from '@mikro-orm/core';
import { Inject } from '@nestjs/common';
import {
  Args,
  Field,
  GraphQLISODateTime,
  ID,
  Int,
  Mutation,
  ObjectType,
  Query,
  Resolver,
} from '@nestjs/graphql';
import {
  DEFAULT_TEMPLATES,
  EVENT_PLACEHOLDERS,
  TEMPLATE_LANGUAGES,
  type NotificationEvent,
  isNotificationEvent,
  renderMessage,
  validateTemplate,
  type TemplateLanguage,
} from '@linje/shared';
import { AuditService } from '../audit/audit.service.js';
import { mayAdministerTenant } from '../auth/access-policy.js';
import { CurrentViewer } from '../auth/gql-context.js';
import type { Viewer } from '../auth/viewer.js';
import { AppError, type FieldProblem } from '../common/app-error.js';
import { APP_CONFIG } from '../config/config.module.js';
import type { AppConfig } from '../config/config.js';
import {
  OUTGOING_CHANNELS,
  OUTGOING_STATUSES,
  OutgoingMessage,
  type OutgoingChannel,
  type OutgoingStatus,
} from '../messaging/outgoing-message.entity.js';
import { OutgoingQueue } from '../messaging/outgoing-queue.js';
import { Clock } from '../common/clock.js';
import { Tenant } from '../tenants/tenant.entity.js';
import { NotificationTemplate } from './notification-template.entity.js';
import { templateOverride } from './notification-templates.js';

@ObjectType('OutgoingMessage', { description: 'An e-mail or SMS in the outgoing queue.' })
export class OutgoingMessageModel {
  @Field(() => ID) id!: string;
  @Field(() => String, { description: 'EMAIL or SMS.' }) channel!: string;
  @Field(() => String) recipient!: string;
  @Field(() => String, { description: 'The notification event, e.g. TICKET_REPLIED.' })
  kind!: string;
  @Field(() => String, { nullable: true }) subject!: string | null;
  @Field(() => String) body!: string;
  @Field(() => String, { description: 'QUEUED, SENDING, SENT or FAILED.' }) status!: string;
  @Field(() => Int) attempts!: number;
  @Field(() => GraphQLISODateTime) nextAttemptAt!: Date;
  @Field(() => String, { nullable: true, description: 'What the provider answered (no secrets).' })
  lastError!: string | null;
  @Field(() => String, { nullable: true }) messageId!: string | null;
  @Field(() => String, { nullable: true }) providerMessageId!: string | null;
  @Field(() => ID, { nullable: true }) ticketId!: string | null;
  @Field(() => GraphQLISODateTime) createdAt!: Date;
  @Field(() => GraphQLISODateTime, { nullable: true }) sentAt!: Date | null;
  @Field(() => Boolean, { description: 'Delivered to the simulator outbox, not a real provider.' })
  simulated!: boolean;
}

@ObjectType('TemplatePreview')
export class TemplatePreviewModel {
  @Field(() => String) subject!: string;
  @Field(() => String) body!: string;
  @Field(() => [String], { description: 'The placeholders this event offers.' })
  placeholders!: string[];
  @Field(() => String, { description: 'The subject template (before placeholders are filled).' })
  subjectTemplate!: string;
  @Field(() => String, { description: 'The body template (before placeholders are filled).' })
  bodyTemplate!: string;
  @Field(() => Boolean, {
    description: 'The municipality has its own text for this event and language.',
  })
  customised!: boolean;
}

/** Example values a preview fills in. */
const SAMPLE = {
  recipientName: 'Sara',
  ticketNumber: 'KAV-2026-000123',
  ticketTitle: 'The printer on floor 2 jams',
  link: 'https://linje.example/tickets/123',
  author: 'Omar Saleh',
  text: 'Please restart the printer and try again.',
  assignee: 'Omar Saleh',
  level: 'resolution',
  deadline: '2026-11-24 16:00',
  step: 'level 2',
  title: 'Planned maintenance',
  expiresOn: '2026-12-01',
  code: '123456',
  validMinutes: 15,
  username: 'JOSA9804',
};

const LIST_LIMIT = 200;

/** Administrators: the outgoing queue (failures, the SMS simulator outbox) and template previews. */
@Resolver()
export class OutgoingAdminResolver {
  constructor(
    private readonly em: EntityManager,
    private readonly queue: OutgoingQueue,
    private readonly audit: AuditService,
    private readonly clock: Clock,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  private toModel(m: OutgoingMessage): OutgoingMessageModel {
    return {
      id: m.id,
      channel: m.channel,
      recipient: m.recipient,
      kind: m.kind,
      subject: m.subject,
      body: m.body,
      status: m.status,
      attempts: m.attempts,
      nextAttemptAt: new Date(m.nextAttemptAt),
      lastError: m.lastError,
      messageId: m.messageId,
      providerMessageId: m.providerMessageId,
      ticketId: m.ticketId,
      createdAt: new Date(m.createdAt),
      sentAt: m.sentAt === null ? null : new Date(m.sentAt),
      simulated:
        m.channel === 'EMAIL'
          ? !this.config.mail.smtpUrl
          : this.config.sms.provider === 'simulator',
    };
  }

  @Query(() => [OutgoingMessageModel], {
    description:
      'Administrators: outgoing messages of their tenant, newest first (at most 200). Statuses default to QUEUED, SENDING and FAILED; ask for channel SMS and status SENT to see the SMS outbox.',
  })
  async outgoingMessages(
    @CurrentViewer() viewer: Viewer,
    @Args('tenantId', { type: () => ID }) tenantId: string,
    @Args('statuses', { type: () => [String], nullable: true })
    statuses: string[] | null | undefined,
    @Args('channel', { type: () => String, nullable: true }) channel: string | null | undefined,
  ): Promise<OutgoingMessageModel[]> {
    if (!mayAdministerTenant(viewer, tenantId)) throw AppError.forbidden();
    const wanted = statuses ?? ['QUEUED', 'SENDING', 'FAILED'];
    const problems: FieldProblem[] = [];
    if (wanted.some((s) => !(OUTGOING_STATUSES as readonly string[]).includes(s))) {
      problems.push({ field: 'statuses', code: 'INVALID', message: 'Unknown status.' });
    }
    if (channel != null && !(OUTGOING_CHANNELS as readonly string[]).includes(channel)) {
      problems.push({ field: 'channel', code: 'INVALID', message: 'Unknown channel.' });
    }
    if (problems.length) throw AppError.badInput('Invalid filter.', problems);
    const rows = await this.em.find(
      OutgoingMessage,
      {
        tenant: tenantId,
        status: { $in: wanted as OutgoingStatus[] },
        ...(channel ? { channel: channel as OutgoingChannel } : {}),
      },
      { orderBy: { createdAt: 'desc', id: 'desc' }, limit: LIST_LIMIT },
    );
    return rows.map((m) => this.toModel(m));
  }

  @Mutation(() => OutgoingMessageModel, {
    description:
      'Administrators: sends a failed or waiting message again now, with fresh attempts.',
  })
  async retryOutgoingMessage(
    @CurrentViewer() viewer: Viewer,
    @Args('id', { type: () => ID }) id: string,
  ): Promise<OutgoingMessageModel> {
    const m = await this.em.transactional(async (em) => {
      const found = await em.findOne(OutgoingMessage, { id });
      if (!found || !mayAdministerTenant(viewer, found.tenant.id))
        throw AppError.notFound('The message');
      if (found.status === 'SENT' || found.status === 'SENDING') {
        throw AppError.conflict('The message is already sent or being sent.');
      }
      const retried = await this.queue.retry(em, id);
      this.audit.record(em, {
        tenantId: found.tenant.id,
        actorId: viewer.personId,
        action: 'outgoing.retried',
        entityType: 'OutgoingMessage',
        entityId: id,
        data: { channel: found.channel, kind: found.kind },
      });
      return retried ?? found;
    });
    return this.toModel(m);
  }

  @Query(() => TemplatePreviewModel, {
    description:
      "Administrators: renders an event's template (the municipality's own text, else the default, or the subject/body given) with example values. Unknown placeholders are refused (BAD_USER_INPUT, field codes UNKNOWN_PLACEHOLDER, MALFORMED_PLACEHOLDER, EMPTY).",
  })
  async notificationTemplatePreview(
    @CurrentViewer() viewer: Viewer,
    @Args('tenantId', { type: () => ID }) tenantId: string,
    @Args('event', { type: () => String }) event: string,
    @Args('language', { type: () => String }) language: string,
    @Args('subject', { type: () => String, nullable: true }) subject: string | null | undefined,
    @Args('body', { type: () => String, nullable: true }) body: string | null | undefined,
  ): Promise<TemplatePreviewModel> {
    if (!mayAdministerTenant(viewer, tenantId)) throw AppError.forbidden();
    const [e, l] = checkTemplate(event, language, subject, body);
    const stored = await templateOverride(this.em, tenantId, e, l);
    return preview(e, l, {
      subject: subject ?? stored?.subject ?? DEFAULT_TEMPLATES[l][e].subject,
      body: body ?? stored?.body ?? DEFAULT_TEMPLATES[l][e].body,
      customised: stored !== null,
    });
  }

  @Mutation(() => TemplatePreviewModel, {
    description:
      "Administrators: stores the municipality's own subject and body for an event and language (validated as the preview is); answers its preview.",
  })
  async saveNotificationTemplate(
    @CurrentViewer() viewer: Viewer,
    @Args('tenantId', { type: () => ID }) tenantId: string,
    @Args('event', { type: () => String }) event: string,
    @Args('language', { type: () => String }) language: string,
    @Args('subject', { type: () => String }) subject: string,
    @Args('body', { type: () => String }) body: string,
  ): Promise<TemplatePreviewModel> {
    if (!mayAdministerTenant(viewer, tenantId)) throw AppError.forbidden();
    const [e, l] = checkTemplate(event, language, subject, body);
    if (subject.length > 400) {
      throw AppError.badInput('Invalid template.', [
        {
          field: 'subject',
          code: 'TOO_LONG',
          message: 'At most 400 characters.',
          params: { max: 400 },
        },
      ]);
    }
    if (body.length > 20_000) {
      throw AppError.badInput('Invalid template.', [
        {
          field: 'body',
          code: 'TOO_LONG',
          message: 'At most 20,000 characters.',
          params: { max: 20_000 },
        },
      ]);
    }
    await this.em.transactional(async (em) => {
      const row = await em.findOne(NotificationTemplate, {
        tenant: tenantId,
        event: e,
        language: l,
      });
      const now = this.clock.now();
      if (row) {
        row.subject = subject;
        row.body = body;
        row.updatedAt = now;
      } else {
        em.create(NotificationTemplate, {
          id: randomUUID(),
          tenant: em.getReference(Tenant, tenantId),
          event: e,
          language: l,
          subject,
          body,
          updatedAt: now,
        });
      }
      this.audit.record(em, {
        tenantId,
        actorId: viewer.personId,
        action: 'notification.template.saved',
        entityType: 'NotificationTemplate',
        entityId: `${e}:${l}`,
        data: { event: e, language: l },
      });
    });
    return preview(e, l, { subject, body, customised: true });
  }

  @Mutation(() => TemplatePreviewModel, {
    description:
      "Administrators: removes the municipality's own text for an event and language, back to the default; answers the default's preview.",
  })
  async resetNotificationTemplate(
    @CurrentViewer() viewer: Viewer,
    @Args('tenantId', { type: () => ID }) tenantId: string,
    @Args('event', { type: () => String }) event: string,
    @Args('language', { type: () => String }) language: string,
  ): Promise<TemplatePreviewModel> {
    if (!mayAdministerTenant(viewer, tenantId)) throw AppError.forbidden();
    const [e, l] = checkTemplate(event, language, null, null);
    await this.em.transactional(async (em) => {
      await em.nativeDelete(NotificationTemplate, { tenant: tenantId, event: e, language: l });
      this.audit.record(em, {
        tenantId,
        actorId: viewer.personId,
        action: 'notification.template.reset',
        entityType: 'NotificationTemplate',
        entityId: `${e}:${l}`,
        data: { event: e, language: l },
      });
    });
    return preview(e, l, { ...DEFAULT_TEMPLATES[l][e], customised: false });
  }
}

function preview(
  event: NotificationEvent,
  language: TemplateLanguage,
  t: { subject: string; body: string; customised: boolean },
): TemplatePreviewModel {
  const rendered = renderMessage(event, language, SAMPLE, t);
  return {
    ...rendered,
    placeholders: [...EVENT_PLACEHOLDERS[event]],
    subjectTemplate: t.subject,
    bodyTemplate: t.body,
    customised: t.customised,
  };
}

/** The event and language, or BAD_USER_INPUT with field codes for them and for the texts. */
function checkTemplate(
  event: string,
  language: string,
  subject: string | null | undefined,
  body: string | null | undefined,
): [NotificationEvent, TemplateLanguage] {
  const problems: FieldProblem[] = [];
  if (!isNotificationEvent(event)) {
    problems.push({ field: 'event', code: 'INVALID', message: 'Unknown event.' });
  }
  if (!(TEMPLATE_LANGUAGES as readonly string[]).includes(language)) {
    problems.push({ field: 'language', code: 'INVALID', message: 'Unknown language.' });
  }
  if (problems.length || !isNotificationEvent(event))
    throw AppError.badInput('Invalid template.', problems);
  const allowed = EVENT_PLACEHOLDERS[event];
  for (const [field, text] of [
    ['subject', subject],
    ['body', body],
  ] as const) {
    if (text == null) continue;
    for (const p of validateTemplate(text, allowed)) {
      problems.push({
        field,
        code: p.code,
        message:
          p.code === 'UNKNOWN_PLACEHOLDER'
            ? `Unknown placeholder {{${p.detail}}}.`
            : p.code === 'EMPTY'
              ? 'The text is empty.'
              : 'Placeholders are written {{name}}.',
        params: { placeholder: p.detail, allowed: [...allowed] },
      });
    }
  }
  if (problems.length) throw AppError.badInput('Invalid template.', problems);
  return [event, language as TemplateLanguage];
}

import type { EntityManager } from '@mikro-orm/core';
import type { MessageTemplate, NotificationEvent, TemplateLanguage } from '@linje/shared';
import { NotificationTemplate } from './notification-template.entity.js';

/** A municipality's stored text for an event and language, or null for the default (system use). */
export async function templateOverride(
  em: EntityManager,
  tenantId: string,
  event: NotificationEvent,
  language: TemplateLanguage,
): Promise<MessageTemplate | null> {
  const row = await em.findOne(
    NotificationTemplate,
    { tenant: tenantId, event, language },
    { filters: false, fields: ['subject', 'body'] },
  );
  return row ? { subject: row.subject, body: row.body } : null;
}

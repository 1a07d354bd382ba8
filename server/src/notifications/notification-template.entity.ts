import { Entity, PrimaryKey, Property, Unique } from '@mikro-orm/core';
import type { NotificationEvent, TemplateLanguage } from '@linje/shared';
import { TenantOwned } from '../database/tenant-owned.entity.js';

/** A municipality's own text for one event and language, used instead of the default. */
@Entity({ tableName: 'notification_template' })
@Unique({
  name: 'notification_template_tenant_event_language_unique',
  properties: ['tenant', 'event', 'language'],
})
export class NotificationTemplate extends TenantOwned {
  @PrimaryKey({ type: 'string', length: 36 })
  id!: string;

  @Property({ type: 'string', length: 32 })
  event!: NotificationEvent;

  @Property({ type: 'string', length: 2 })
  language!: TemplateLanguage;

  @Property({ type: 'string', length: 400 })
  subject!: string;

  @Property({ type: 'text' })
  body!: string;

  @Property({ type: 'Date' })
  updatedAt!: Date;
}

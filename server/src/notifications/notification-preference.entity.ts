import { Entity, ManyToOne, PrimaryKey, Property, Unique } from '@mikro-orm/core';
import type { NotificationChannel, NotificationEvent } from '@linje/shared';
import { TenantOwned } from '../database/tenant-owned.entity.js';
import { Person } from '../people/person.entity.js';

/**
 * A person's own choice for one (event, channel); cells without a row keep their default
 * (see `defaultPreference` in shared). Locked cells (paging) are never stored.
 */
@Entity({ tableName: 'notification_preference' })
@Unique({
  name: 'notification_preference_person_event_channel_unique',
  properties: ['person', 'event', 'channel'],
})
export class NotificationPreference extends TenantOwned {
  @PrimaryKey({ type: 'string', length: 36 })
  id!: string;

  @ManyToOne(() => Person)
  person!: Person;

  @Property({ type: 'string', length: 32 })
  event!: NotificationEvent;

  @Property({ type: 'string', length: 8 })
  channel!: NotificationChannel;

  @Property({ type: 'boolean' })
  enabled!: boolean;

  @Property({ type: 'Date' })
  updatedAt!: Date;
}

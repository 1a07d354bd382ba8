import { Entity, PrimaryKey, Property, Unique } from '@mikro-orm/core';
import type { BusinessCalendar } from '@linje/shared';
import { TenantOwned } from '../database/tenant-owned.entity.js';

/** Names of the calendars Linje itself relies on; admins may add others (e.g. CONTACT_CENTRE). */
export const IT_CORE_CALENDAR = 'IT_CORE';
export const IT_EXTENDED_CALENDAR = 'IT_EXTENDED';

/** A validated business calendar of one municipality, stored as its plain JSON form. */
@Entity({ tableName: 'tenant_calendar' })
@Unique({ properties: ['tenant', 'name'] })
export class TenantCalendar extends TenantOwned {
  @PrimaryKey({ type: 'string', length: 36 })
  id!: string;

  @Property({ type: 'string', length: 40 })
  name!: string;

  @Property({ type: 'json' })
  calendar!: BusinessCalendar;

  @Property({ type: 'Date' })
  updatedAt!: Date;
}

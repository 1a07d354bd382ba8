import { Entity, PrimaryKey, Property, Unique } from '@mikro-orm/core';
import { TenantOwned } from '../database/tenant-owned.entity.js';

/** A municipality's timers for critical tickets; missing rows use CRITICAL_TIMING. */
@Entity({ tableName: 'critical_settings' })
@Unique({ properties: ['tenant'] })
export class CriticalSettings extends TenantOwned {
  @PrimaryKey({ type: 'string', length: 36 })
  id!: string;

  /** A chain member who has not acknowledged within this many minutes is passed over. */
  @Property({ type: 'integer' })
  autoEscalateMinutes!: number;

  /** Paged IT staff who have not taken the ticket are paged again after this many minutes. */
  @Property({ type: 'integer' })
  repageMinutes!: number;

  /** Re-pages per person after the first page. */
  @Property({ type: 'integer' })
  maxRepages!: number;
}

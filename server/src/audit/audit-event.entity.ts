import { Entity, Index, PrimaryKey, Property } from '@mikro-orm/core';
import { TenantOwned } from '../database/tenant-owned.entity.js';

/** One row per change that matters, written in the same transaction as the change. */
@Entity({ tableName: 'audit_event' })
@Index({ properties: ['entityType', 'entityId', 'at'] })
export class AuditEvent extends TenantOwned {
  @PrimaryKey({ type: 'string', length: 36 })
  id!: string;

  @Property({ type: 'Date' })
  at!: Date;

  /** Person who did it; null for the system (timers, imports). */
  @Property({ type: 'string', length: 36, nullable: true })
  actorId?: string | null;

  @Property({ type: 'string', length: 64 })
  action!: string;

  @Property({ type: 'string', length: 64 })
  entityType!: string;

  @Property({ type: 'string', length: 36 })
  entityId!: string;

  @Property({ type: 'json' })
  data: Record<string, unknown> = {};
}

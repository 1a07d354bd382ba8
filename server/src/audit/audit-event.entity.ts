import { Entity, Index, PrimaryKey, Property, Unique } from '@mikro-orm/core';
import { TenantOwned } from '../database/tenant-owned.entity.js';

/** One row per change that matters, written in the same transaction as the change. */
@Entity({ tableName: 'audit_event' })
@Index({ properties: ['entityType', 'entityId', 'at'] })
@Index({ properties: ['at'] })
@Unique({ properties: ['tenant', 'chainSeq'] })
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

  /**
   * Position in the tenant's hash chain (1, 2, …), set as the row is written; null only
   * for a row not linked yet (written outside a root transaction, linked by the tenant's
   * next chained write). See audit-chain.ts.
   */
  @Property({ type: 'integer', nullable: true })
  chainSeq?: number | null;

  /** The previous entry's hash (64 zeros for the first). */
  @Property({ type: 'string', length: 64, nullable: true })
  prevHash?: string | null;

  /** SHA-256 over prevHash and this entry's canonical serialisation. */
  @Property({ type: 'string', length: 64, nullable: true })
  hash?: string | null;
}

import { Entity, OneToOne, Property } from '@mikro-orm/core';
import { Tenant } from '../tenants/tenant.entity.js';

/** Bounds of the ticket retention rule, in whole years. */
export const RETENTION_MIN_YEARS = 1;
export const RETENTION_MAX_YEARS = 30;

/** Per-tenant privacy rules; a tenant without a row keeps tickets for ever and shows the default notice. */
@Entity({ tableName: 'tenant_privacy_settings' })
export class TenantPrivacySettings {
  @OneToOne(() => Tenant, { primary: true, owner: true })
  tenant!: Tenant;

  /** Closed tickets are anonymised this many years after closing; null: never. */
  @Property({ type: 'integer', nullable: true })
  ticketRetentionYears?: number | null;

  /** The administrators' own privacy notice (sanitised HTML); null: the default text. */
  @Property({ type: 'text', nullable: true })
  noticeHtml?: string | null;

  /**
   * The pseudonymous person anonymised tickets point at as caller and subject, made on the
   * first run that anonymises something (tickets need a caller; the real one may still work here).
   */
  @Property({ type: 'string', length: 36, nullable: true })
  anonymousPersonId?: string | null;

  @Property({ type: 'Date', nullable: true })
  updatedAt?: Date | null;
}

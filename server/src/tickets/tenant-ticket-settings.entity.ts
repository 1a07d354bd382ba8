import { Entity, OneToOne, OptionalProps, Property } from '@mikro-orm/core';
import { DEFAULT_AUTO_CLOSE_AFTER_BUSINESS_DAYS, type PriorityMatrix } from '@linje/shared';
import { Tenant } from '../tenants/tenant.entity.js';

/** Per-tenant ticket rules; a tenant without a row uses the defaults. */
@Entity({ tableName: 'tenant_ticket_settings' })
export class TenantTicketSettings {
  [OptionalProps]?: 'autoCloseAfterBusinessDays';

  @OneToOne(() => Tenant, { primary: true, owner: true })
  tenant!: Tenant;

  /** Impact × urgency → priority (validated with validatePriorityMatrix). */
  @Property({ type: 'json' })
  priorityMatrix!: PriorityMatrix;

  /** Resolved tickets close by themselves after this many business days (IT core calendar). */
  @Property({ type: 'integer', default: DEFAULT_AUTO_CLOSE_AFTER_BUSINESS_DAYS })
  autoCloseAfterBusinessDays: number = DEFAULT_AUTO_CLOSE_AFTER_BUSINESS_DAYS;
}

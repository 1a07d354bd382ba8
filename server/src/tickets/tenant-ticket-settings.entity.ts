import { Entity, OneToOne, Property } from '@mikro-orm/core';
import type { PriorityMatrix } from '@linje/shared';
import { Tenant } from '../tenants/tenant.entity.js';

/** Per-tenant ticket rules; a tenant without a row uses the defaults. */
@Entity({ tableName: 'tenant_ticket_settings' })
export class TenantTicketSettings {
  @OneToOne(() => Tenant, { primary: true, owner: true })
  tenant!: Tenant;

  /** Impact × urgency → priority (validated with validatePriorityMatrix). */
  @Property({ type: 'json' })
  priorityMatrix!: PriorityMatrix;
}

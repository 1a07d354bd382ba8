import { ManyToOne } from '@mikro-orm/core';
import { Tenant } from '../tenants/tenant.entity.js';

/**
 * Base of every row that belongs to one municipality. The `tenant` filter (see
 * tenant-filter.ts) scopes every query on these entities to the viewer's tenants.
 */
export abstract class TenantOwned {
  @ManyToOne(() => Tenant, { index: true })
  tenant!: Tenant;
}

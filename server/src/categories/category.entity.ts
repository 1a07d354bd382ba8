import { Entity, Index, ManyToOne, OptionalProps, PrimaryKey, Property } from '@mikro-orm/core';
import { TenantOwned } from '../database/tenant-owned.entity.js';

/** Ticket category per tenant; a subcategory has a parent (two levels, admin-managed). */
@Entity({ tableName: 'category' })
@Index({ properties: ['tenant', 'parent', 'name'] })
export class Category extends TenantOwned {
  [OptionalProps]?: 'active' | 'parent';

  @PrimaryKey({ type: 'string', length: 36 })
  id!: string;

  @Property({ type: 'string', length: 100 })
  name!: string;

  @ManyToOne(() => Category, { nullable: true })
  parent?: Category | null;

  @Property({ type: 'boolean' })
  active: boolean = true;
}

import { Entity, Index, OptionalProps, PrimaryKey, Property, Unique } from '@mikro-orm/core';
import type { AssetKind } from '@linje/shared';
import { TenantOwned } from '../database/tenant-owned.entity.js';

/**
 * Something a ticket can be about (a laptop, printer, phone), known by the tag on its
 * sticker. The tag is stored upper-cased, so the unique index makes it unique per tenant
 * regardless of how it was typed, on both dialects.
 */
@Entity({ tableName: 'asset' })
@Unique({ name: 'asset_tenant_tag_unique', properties: ['tenant', 'tag'] })
// The admin list and the ticket page's picker search by name within a tenant.
@Index({ name: 'asset_tenant_name_idx', properties: ['tenant', 'name'] })
export class Asset extends TenantOwned {
  [OptionalProps]?: 'active' | 'location';

  @PrimaryKey({ type: 'string', length: 36 })
  id!: string;

  /** Upper-cased, e.g. KAV-PC-01234. */
  @Property({ type: 'string', length: 40 })
  tag!: string;

  @Property({ type: 'string', length: 200 })
  name!: string;

  @Property({ type: 'string', length: 16 })
  kind!: AssetKind;

  @Property({ type: 'string', length: 200, nullable: true })
  location?: string | null;

  @Property({ type: 'boolean' })
  active: boolean = true;

  @Property({ type: 'Date' })
  createdAt!: Date;

  @Property({ type: 'Date' })
  updatedAt!: Date;
}

import {
  Entity,
  Index,
  ManyToOne,
  OptionalProps,
  PrimaryKey,
  Property,
  Unique,
} from '@mikro-orm/core';
import type { AssetKind, AssetStatus } from '@linje/shared';
// Type only: the catalog's entities import Ticket, which imports Asset.
import type { CatalogOrder } from '../catalog/catalog.entities.js';
import { TenantOwned } from '../database/tenant-owned.entity.js';
import { OrgUnit } from '../org/org-unit.entity.js';
import { Person } from '../people/person.entity.js';

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
  [OptionalProps]?:
    | 'active'
    | 'location'
    | 'status'
    | 'model'
    | 'serial'
    | 'purchaseDate'
    | 'priceMinor'
    | 'assignedPerson'
    | 'assignedUnit'
    | 'order'
    | 'shared';

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

  /**
   * Kept in step with the status: false exactly when RETIRED. Rows from before the status
   * existed default to IN_USE, so an inactive one of those reads as RETIRED (see the model).
   */
  @Property({ type: 'boolean' })
  active: boolean = true;

  @Property({ type: 'string', length: 16, default: 'IN_USE' })
  status: AssetStatus = 'IN_USE';

  @Property({ type: 'string', length: 200, nullable: true })
  model?: string | null;

  @Property({ type: 'string', length: 100, nullable: true })
  serial?: string | null;

  /** A calendar date, YYYY-MM-DD (no time of day, so no time zone). */
  @Property({ type: 'string', length: 10, nullable: true })
  purchaseDate?: string | null;

  /** Purchase price in öre/øre; the currency follows the municipality's country. */
  @Property({ type: 'integer', nullable: true })
  priceMinor?: number | null;

  @ManyToOne(() => Person, { nullable: true })
  assignedPerson?: Person | null;

  @ManyToOne(() => OrgUnit, { nullable: true })
  assignedUnit?: OrgUnit | null;

  /**
   * Serves a shared service (the IT team's own equipment, say): its charge is split equally
   * between this municipality and the ones its IT staff serve (tenant access).
   */
  @Property({ type: 'boolean', default: false })
  shared: boolean = false;

  /** The catalog order the asset was delivered for, when it came through the catalog. */
  @ManyToOne({ entity: 'CatalogOrder', nullable: true })
  order?: CatalogOrder | null;

  @Property({ type: 'Date' })
  createdAt!: Date;

  @Property({ type: 'Date' })
  updatedAt!: Date;
}

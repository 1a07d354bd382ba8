import { Entity, Index, ManyToOne, PrimaryKey, Property, Unique } from '@mikro-orm/core';
import { TenantOwned } from '../database/tenant-owned.entity.js';
import { OrgUnit } from '../org/org-unit.entity.js';
import { Asset } from './asset.entity.js';

/**
 * The price list: what a unit pays per month for an asset of a model (matched on the
 * asset's model, upper-cased), in öre/øre.
 */
@Entity({ tableName: 'asset_price' })
@Unique({ name: 'asset_price_tenant_key_unique', properties: ['tenant', 'key'] })
export class AssetPrice extends TenantOwned {
  @PrimaryKey({ type: 'string', length: 36 })
  id!: string;

  /** The asset model, trimmed and upper-cased. */
  @Property({ type: 'string', length: 200 })
  key!: string;

  @Property({ type: 'integer' })
  monthlyMinor!: number;

  @Property({ type: 'Date' })
  updatedAt!: Date;
}

/**
 * A stretch of time during which a unit pays for an asset. A transfer ends one on the
 * transfer date and starts the next, so past months keep their charges.
 */
@Entity({ tableName: 'asset_charge' })
@Index({ name: 'asset_charge_tenant_period_idx', properties: ['tenant', 'startsOn'] })
export class AssetCharge extends TenantOwned {
  @PrimaryKey({ type: 'string', length: 36 })
  id!: string;

  @ManyToOne(() => Asset)
  asset!: Asset;

  @ManyToOne(() => OrgUnit)
  unit!: OrgUnit;

  /** The price list's monthly charge when the stretch started, in öre/øre. */
  @Property({ type: 'integer' })
  monthlyMinor!: number;

  /** YYYY-MM-DD, inclusive. */
  @Property({ type: 'string', length: 10 })
  startsOn!: string;

  /** YYYY-MM-DD, exclusive; null while the unit still pays. */
  @Property({ type: 'string', length: 10, nullable: true })
  endsOn?: string | null;

  @Property({ type: 'Date' })
  createdAt!: Date;
}

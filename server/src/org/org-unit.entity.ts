import { Entity, ManyToOne, PrimaryKey, Property, Unique } from '@mikro-orm/core';
import { TenantOwned } from '../database/tenant-owned.entity.js';
import { Person } from '../people/person.entity.js';

/** A unit of the municipality's organisation (förvaltning, enhet…); a tree with a head each. */
@Entity({ tableName: 'org_unit' })
@Unique({ properties: ['tenant', 'code'] })
export class OrgUnit extends TenantOwned {
  @PrimaryKey({ type: 'string', length: 36 })
  id!: string;

  /** The HR register's code for the unit, stable across imports. */
  @Property({ type: 'string', length: 40 })
  code!: string;

  @Property({ type: 'string', length: 200 })
  name!: string;

  @ManyToOne(() => OrgUnit, { nullable: true })
  parent?: OrgUnit | null;

  @ManyToOne(() => Person, { nullable: true })
  head?: Person | null;

  @Property({ type: 'Date' })
  createdAt!: Date;
}

import { Entity, ManyToOne, PrimaryKey, Property, Unique } from '@mikro-orm/core';
import { TenantOwned } from '../database/tenant-owned.entity.js';
import { Person } from './person.entity.js';

/** Grants a person (typically an IT agent of a shared team) access to another municipality. */
@Entity({ tableName: 'tenant_access' })
@Unique({ properties: ['person', 'tenant'] })
export class TenantAccess extends TenantOwned {
  @PrimaryKey({ type: 'string', length: 36 })
  id!: string;

  @ManyToOne(() => Person)
  person!: Person;

  @Property({ type: 'Date' })
  createdAt!: Date;
}

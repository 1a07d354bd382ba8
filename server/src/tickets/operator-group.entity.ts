import { Entity, OptionalProps, PrimaryKey, Property, Unique } from '@mikro-orm/core';
import { TenantOwned } from '../database/tenant-owned.entity.js';

/** A team of IT agents tickets are assigned to; line 1 is the service desk, line 2 specialists. */
@Entity({ tableName: 'operator_group' })
@Unique({ properties: ['tenant', 'name'] })
export class OperatorGroup extends TenantOwned {
  [OptionalProps]?: 'line';

  @PrimaryKey({ type: 'string', length: 36 })
  id!: string;

  @Property({ type: 'string', length: 100 })
  name!: string;

  @Property({ type: 'integer' })
  line: number = 1;
}

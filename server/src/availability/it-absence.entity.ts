import { Entity, Index, ManyToOne, PrimaryKey, Property } from '@mikro-orm/core';
import type { ItAbsenceKind } from '@linje/shared';
import { TenantOwned } from '../database/tenant-owned.entity.js';
import { Person } from '../people/person.entity.js';

/** Announced IT absence or reduced availability, [startsAt, endsAt). */
@Entity({ tableName: 'it_absence' })
@Index({ properties: ['tenant', 'endsAt'] })
export class ItAbsenceEntry extends TenantOwned {
  @PrimaryKey({ type: 'string', length: 36 })
  id!: string;

  @Property({ type: 'Date' })
  startsAt!: Date;

  @Property({ type: 'Date' })
  endsAt!: Date;

  @Property({ type: 'string', length: 8 })
  kind!: ItAbsenceKind;

  @Property({ type: 'string', length: 500 })
  note: string = '';

  @ManyToOne(() => Person)
  createdBy!: Person;

  @Property({ type: 'Date' })
  createdAt!: Date;
}

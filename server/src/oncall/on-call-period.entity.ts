import { Entity, Index, ManyToOne, type Opt, PrimaryKey, Property } from '@mikro-orm/core';
import { TenantOwned } from '../database/tenant-owned.entity.js';
import { Person } from '../people/person.entity.js';

/** An announced extraordinary on-call period (beredskap) for one municipality, [startsAt, endsAt). */
@Entity({ tableName: 'on_call_period' })
@Index({ properties: ['tenant', 'endsAt'] })
export class OnCallPeriod extends TenantOwned {
  @PrimaryKey({ type: 'string', length: 36 })
  id!: string;

  @Property({ type: 'Date' })
  startsAt!: Date;

  @Property({ type: 'Date' })
  endsAt!: Date;

  /** The on-call people, first to call first. */
  @Property({ type: 'json' })
  personIds!: string[];

  /**
   * The org units covered (with every unit below them); empty covers the whole municipality.
   * Only callers covered see the period and are routed to the on-call people.
   */
  // A default so periods stored before units existed read as covering the whole municipality.
  @Property({ type: 'json', default: '[]' })
  unitIds: string[] & Opt = [];

  /** The number to call during the period. */
  @Property({ type: 'string', length: 40 })
  phone!: string;

  @Property({ type: 'string', length: 500 })
  note: string = '';

  @ManyToOne(() => Person)
  createdBy!: Person;

  @Property({ type: 'Date' })
  createdAt!: Date;
}

import { Entity, Index, ManyToOne, OptionalProps, PrimaryKey, Property } from '@mikro-orm/core';
import type { TicketPriority, TicketStatus } from '@linje/shared';
import { TenantOwned } from '../database/tenant-owned.entity.js';
import type { QueueSort } from '../tickets/models/ticket-enums.js';
import { Person } from '../people/person.entity.js';

/** The filters a saved queue view applies (the same as the queue's arguments). */
export interface SavedViewFilters {
  tenantIds?: string[];
  statuses?: TicketStatus[];
  priorities?: TicketPriority[];
  groupIds?: string[];
  operatorIds?: string[];
  categoryIds?: string[];
  assignedToMe?: boolean;
  unassigned?: boolean;
  overdue?: boolean;
  text?: string;
  sort?: QueueSort;
}

/** A named queue view: personal, or shared with every agent of the owner's municipality. */
@Entity({ tableName: 'saved_view' })
@Index({ properties: ['owner', 'name'] })
@Index({ properties: ['tenant', 'shared'] })
export class SavedView extends TenantOwned {
  [OptionalProps]?: 'shared';

  @PrimaryKey({ type: 'string', length: 36 })
  id!: string;

  @ManyToOne(() => Person, { index: false })
  owner!: Person;

  @Property({ type: 'string', length: 80 })
  name!: string;

  @Property({ type: 'boolean' })
  shared: boolean = false;

  @Property({ type: 'json' })
  filters!: SavedViewFilters;

  @Property({ type: 'Date' })
  createdAt!: Date;
}

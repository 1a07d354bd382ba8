import { Entity, Index, ManyToOne, OptionalProps, PrimaryKey, Property } from '@mikro-orm/core';
import { TenantOwned } from '../database/tenant-owned.entity.js';
import { Person } from '../people/person.entity.js';
import { Ticket } from './ticket.entity.js';

/**
 * One line of a ticket's activity timeline:
 * - REPLY: visible to the caller and subject;
 * - NOTE: internal, agents only;
 * - CHANGE: a field change (status, priority, assignment, …) with `data` describing it.
 */
export const TICKET_ENTRY_KINDS = ['REPLY', 'NOTE', 'CHANGE'] as const;
export type TicketEntryKind = (typeof TICKET_ENTRY_KINDS)[number];

@Entity({ tableName: 'ticket_entry' })
@Index({ properties: ['ticket', 'createdAt', 'id'] })
export class TicketEntry extends TenantOwned {
  [OptionalProps]?: 'body' | 'data' | 'timeSpentMinutes';

  @PrimaryKey({ type: 'string', length: 36 })
  id!: string;

  @ManyToOne(() => Ticket, { index: false })
  ticket!: Ticket;

  @Property({ type: 'string', length: 16 })
  kind!: TicketEntryKind;

  @ManyToOne(() => Person, { nullable: true, index: false })
  author?: Person | null;

  @Property({ type: 'text' })
  body: string = '';

  @Property({ type: 'json' })
  data: Record<string, unknown> = {};

  @Property({ type: 'integer' })
  timeSpentMinutes: number = 0;

  @Property({ type: 'Date' })
  createdAt!: Date;
}

import {
  Entity,
  Index,
  ManyToOne,
  OptionalProps,
  PrimaryKey,
  Property,
  Unique,
} from '@mikro-orm/core';
import type { TicketChannel, TicketPriority, TicketStatus } from '@linje/shared';
import { TenantOwned } from '../database/tenant-owned.entity.js';
import { Person } from '../people/person.entity.js';

@Entity({ tableName: 'ticket' })
@Unique({ properties: ['tenant', 'number'] })
@Index({ name: 'ticket_queue_created_idx', properties: ['tenant', 'status', 'createdAt', 'id'] })
@Index({ properties: ['caller', 'createdAt'] })
export class Ticket extends TenantOwned {
  [OptionalProps]?: 'version' | 'description' | 'status' | 'priority' | 'channel';

  @PrimaryKey({ type: 'string', length: 36 })
  id!: string;

  /** Readable number, e.g. KAV-2611-0042. */
  @Property({ type: 'string', length: 32 })
  number!: string;

  @Property({ type: 'string', length: 200 })
  title!: string;

  @Property({ type: 'text' })
  description: string = '';

  @Property({ type: 'string', length: 24 })
  status: TicketStatus = 'NEW';

  @Property({ type: 'string', length: 16 })
  priority: TicketPriority = 'MEDIUM';

  @Property({ type: 'string', length: 16 })
  channel: TicketChannel = 'PORTAL';

  /** Who reported it. */
  @ManyToOne(() => Person)
  caller!: Person;

  /** For whom (a manager may file on behalf of an employee). */
  @ManyToOne(() => Person)
  subject!: Person;

  @Property({ type: 'datetime' })
  createdAt!: Date;

  @Property({ type: 'datetime' })
  updatedAt!: Date;

  @Property({ type: 'integer', version: true })
  version!: number;
}

import {
  Entity,
  Index,
  ManyToOne,
  OptionalProps,
  PrimaryKey,
  Property,
  Unique,
} from '@mikro-orm/core';
import type { Impact, TicketChannel, TicketPriority, TicketStatus, Urgency } from '@linje/shared';
import { Asset } from '../assets/asset.entity.js';
import { Category } from '../categories/category.entity.js';
import { TenantOwned } from '../database/tenant-owned.entity.js';
import { Person } from '../people/person.entity.js';
import { OperatorGroup } from './operator-group.entity.js';

@Entity({ tableName: 'ticket' })
@Unique({ properties: ['tenant', 'number'] })
@Index({ name: 'ticket_queue_created_idx', properties: ['tenant', 'status', 'createdAt', 'id'] })
@Index({ properties: ['caller', 'createdAt'] })
@Index({ properties: ['subject', 'createdAt'] })
// Priority and group at the end make it cover the dashboard's counts of open tickets by
// priority, status and group: read from the index alone, instead of looking up every open
// ticket's row (0.7–0.9 s per count on 1M tickets; now about 20 ms).
@Index({
  name: 'ticket_queue_sla_idx',
  properties: ['tenant', 'status', 'slaDueAt', 'id', 'priority', 'group'],
})
// slaDueAt is null unless a clock runs towards a deadline, so the default queue (next
// deadline first) reads this index in order and stops after one page. Partial, so that it
// holds only the few per cent of tickets with a deadline: SQLite's statistics then see it
// for what it is, where a full index averaged 55 rows per value over all the nulls and the
// planner sorted every open ticket for a deep page (60 ms on 1M tickets; now 1–2 ms).
@Index({
  name: 'ticket_sla_due_idx',
  expression:
    'create index ticket_sla_due_idx on ticket (sla_due_at, id) where sla_due_at is not null',
})
// The queue sorted by priority walks each priority by deadline. Partial, so that the walk
// through tickets without a deadline (nearly all of them closed) cannot pick it.
@Index({
  name: 'ticket_queue_priority_idx',
  expression:
    'create index ticket_queue_priority_idx on ticket (priority, sla_due_at, id) where sla_due_at is not null',
})
// Newest first (the sort, and tickets without a deadline) walks this index; see
// QueueService.inIndexOrder.
@Index({ name: 'ticket_created_idx', properties: ['createdAt', 'id'] })
@Index({ name: 'ticket_operator_idx', properties: ['operator', 'status'] })
@Index({ name: 'ticket_group_idx', properties: ['group', 'status'] })
// An operator's or a group's tickets newest first (closed ones above all: nearly all of a
// group's tickets are) walk these, instead of sorting every ticket the group ever had
// (1.8 s for a group of 127,000 on 1M tickets; now 1–2 ms).
@Index({ name: 'ticket_operator_created_idx', properties: ['operator', 'createdAt', 'id'] })
@Index({ name: 'ticket_group_created_idx', properties: ['group', 'createdAt', 'id'] })
@Index({ properties: ['parent'] })
export class Ticket extends TenantOwned {
  [OptionalProps]?:
    | 'version'
    | 'description'
    | 'status'
    | 'priority'
    | 'channel'
    | 'line'
    | 'majorIncident'
    | 'timeSpentMinutes';

  @PrimaryKey({ type: 'string', length: 36 })
  id!: string;

  /** Readable number, e.g. KAV-2611-0042. */
  @Property({ type: 'string', length: 32 })
  number!: string;

  @Property({ type: 'string', length: 200 })
  title!: string;

  /** Plain text: what search, e-mails and notifications use (derived from the HTML when given). */
  @Property({ type: 'text' })
  description: string = '';

  /** The description as sanitised HTML; null for tickets filed as plain text. */
  @Property({ type: 'text', nullable: true })
  descriptionHtml?: string | null;

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

  @ManyToOne(() => Category, { nullable: true, index: false })
  category?: Category | null;

  /** The laptop, printer or phone the ticket is about, when the filer or an agent named it. */
  @ManyToOne(() => Asset, { nullable: true, index: false })
  asset?: Asset | null;

  /** Impact × urgency the priority was read from (null for critical or legacy tickets). */
  @Property({ type: 'string', length: 16, nullable: true })
  impact?: Impact | null;

  @Property({ type: 'string', length: 16, nullable: true })
  urgency?: Urgency | null;

  /** Set when an agent overrode the matrix (or confirmed a critical ticket); why. */
  @Property({ type: 'string', length: 500, nullable: true })
  priorityReason?: string | null;

  @ManyToOne(() => OperatorGroup, { nullable: true, index: false })
  group?: OperatorGroup | null;

  @ManyToOne(() => Person, { nullable: true, index: false })
  operator?: Person | null;

  /** Support line working the ticket: 1 (service desk) or 2 (specialists). */
  @Property({ type: 'integer' })
  line: number = 1;

  /** Next response deadline; written by the SLA service. */
  @Property({ type: 'Date', nullable: true })
  responseDueAt?: Date | null;

  /** Resolution deadline; written by the SLA service. */
  @Property({ type: 'Date', nullable: true })
  resolutionDueAt?: Date | null;

  /** The next deadline that matters, for sorting the queue (null sorts last). */
  @Property({ type: 'Date', nullable: true })
  slaDueAt?: Date | null;

  @Property({ type: 'Date', nullable: true })
  resolvedAt?: Date | null;

  @Property({ type: 'Date', nullable: true })
  closedAt?: Date | null;

  /** The caller's rating of the resolution, 1–5. */
  @Property({ type: 'integer', nullable: true })
  rating?: number | null;

  @Property({ type: 'string', length: 1000, nullable: true })
  ratingComment?: string | null;

  @Property({ type: 'boolean' })
  majorIncident: boolean = false;

  /** The major incident this ticket is linked to as a child. */
  @ManyToOne(() => Ticket, { nullable: true, index: false })
  parent?: Ticket | null;

  /** Set when this ticket was merged into another as a duplicate. */
  @ManyToOne(() => Ticket, { nullable: true, index: false })
  mergedInto?: Ticket | null;

  /** Sum of time spent over all entries, in minutes. */
  @Property({ type: 'integer' })
  timeSpentMinutes: number = 0;

  @Property({ type: 'Date' })
  createdAt!: Date;

  @Property({ type: 'Date' })
  updatedAt!: Date;

  @Property({ type: 'integer', version: true })
  version!: number;
}

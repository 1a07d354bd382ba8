import { Entity, Index, ManyToOne, type Opt, PrimaryKey, Property, Unique } from '@mikro-orm/core';
import type { AnnouncementKind, AnnouncementSeverity } from '@linje/shared';
import { TenantOwned } from '../database/tenant-owned.entity.js';
import { Person } from '../people/person.entity.js';
import { Ticket } from '../tickets/ticket.entity.js';

/**
 * An outage, planned maintenance, IT absence or extraordinary on-call period, shown on the
 * portal and the agent console from `startsAt` until `endsAt` (or until ended early).
 */
@Entity({ tableName: 'announcement' })
@Index({ properties: ['tenant', 'endsAt'] })
export class Announcement extends TenantOwned {
  @PrimaryKey({ type: 'string', length: 36 })
  id!: string;

  @Property({ type: 'string', length: 16 })
  kind!: AnnouncementKind;

  @Property({ type: 'string', length: 16 })
  severity!: AnnouncementSeverity;

  @Property({ type: 'string', length: 150 })
  title!: string;

  /** Sanitised rich text (`sanitizeRichText`); never stored as sent. */
  @Property({ type: 'text' })
  bodyHtml!: string;

  /** Org units concerned, with every unit below them; empty concerns the whole municipality. */
  @Property({ type: 'json', default: '[]' })
  unitIds: string[] & Opt = [];

  @Property({ type: 'Date' })
  startsAt!: Date;

  @Property({ type: 'Date' })
  endsAt!: Date;

  @Property({ type: 'Date', nullable: true })
  endedAt?: Date | null;

  /** The major incident an outage belongs to; callers join it as affected. */
  @ManyToOne(() => Ticket, { nullable: true })
  incident?: Ticket | null;

  @ManyToOne(() => Person)
  createdBy!: Person;

  @Property({ type: 'Date' })
  createdAt!: Date;

  @Property({ type: 'Date' })
  updatedAt!: Date;
}

/** A person who said an outage affects them, instead of filing a ticket of their own. */
@Entity({ tableName: 'announcement_affected' })
@Unique({ properties: ['announcement', 'person'] })
export class AnnouncementAffected extends TenantOwned {
  @PrimaryKey({ type: 'string', length: 36 })
  id!: string;

  @ManyToOne(() => Announcement)
  announcement!: Announcement;

  @ManyToOne(() => Person)
  person!: Person;

  @Property({ type: 'Date' })
  createdAt!: Date;
}

import {
  BigIntType,
  Entity,
  Index,
  ManyToOne,
  OptionalProps,
  PrimaryKey,
  Property,
  Unique,
} from '@mikro-orm/core';
import type { TicketPriority } from '@linje/shared';
import { TenantOwned } from '../database/tenant-owned.entity.js';
import { Ticket } from '../tickets/ticket.entity.js';

/** Response and resolution targets of one priority in one municipality. */
@Entity({ tableName: 'sla_policy' })
@Unique({ properties: ['tenant', 'priority'] })
export class SlaPolicy extends TenantOwned {
  @PrimaryKey({ type: 'string', length: 36 })
  id!: string;

  @Property({ type: 'string', length: 16 })
  priority!: TicketPriority;

  @Property({ type: 'integer' })
  responseMinutes!: number;

  @Property({ type: 'integer' })
  resolutionMinutes!: number;

  /** Business calendar the minutes count on (ignored for CRITICAL, which is wall-clock). */
  @Property({ type: 'string', length: 40 })
  calendarName!: string;
}

/** The SLA clock of one ticket (see shared `SlaClock`), and how its targets ended. */
@Entity({ tableName: 'ticket_sla' })
@Unique({ properties: ['ticket'] })
@Index({ properties: ['tenant', 'stoppedAt'] })
export class TicketSla extends TenantOwned {
  [OptionalProps]?: 'responseBreached' | 'resolutionBreached';

  @PrimaryKey({ type: 'string', length: 36 })
  id!: string;

  @ManyToOne(() => Ticket)
  ticket!: Ticket;

  @Property({ type: 'integer' })
  responseMinutes!: number;

  @Property({ type: 'integer' })
  resolutionMinutes!: number;

  @Property({ type: 'boolean' })
  wallClock!: boolean;

  @Property({ type: 'string', length: 40 })
  calendarName!: string;

  @Property({ type: 'Date', nullable: true })
  runningSince!: Date | null;

  @Property({ type: new BigIntType('number') })
  usedMs!: number;

  @Property({ type: new BigIntType('number'), nullable: true })
  responseUsedMs!: number | null;

  @Property({ type: 'Date', nullable: true })
  stoppedAt!: Date | null;

  @Property({ type: 'boolean' })
  responseBreached: boolean = false;

  @Property({ type: 'boolean' })
  resolutionBreached: boolean = false;
}

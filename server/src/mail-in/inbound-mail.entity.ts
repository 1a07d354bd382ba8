import {
  Entity,
  Index,
  ManyToOne,
  OptionalProps,
  PrimaryKey,
  Property,
  Unique,
} from '@mikro-orm/core';
import { TenantOwned } from '../database/tenant-owned.entity.js';
import { Ticket } from '../tickets/ticket.entity.js';

/**
 * What became of a message received at a municipality's mailbox:
 * - TICKET: it filed a new ticket (the sender is a known person);
 * - UNKNOWN_SENDER: it filed a ticket for no known person, until an agent names the caller;
 * - REPLY: it was added to an existing ticket;
 * - IGNORED: an auto-reply, bounce, list mail or Linje's own mail coming back (`reason`);
 * - REFUSED: kept out (an attachment over the limit: `reason`), the sender got a bounce;
 * - UNPARSEABLE: not a readable MIME message; the raw bytes are kept for agents.
 */
export const INBOUND_MAIL_STATUSES = [
  'TICKET',
  'UNKNOWN_SENDER',
  'REPLY',
  'IGNORED',
  'REFUSED',
  'UNPARSEABLE',
] as const;
export type InboundMailStatus = (typeof INBOUND_MAIL_STATUSES)[number];

/** Statuses agents are shown until they have dealt with them. */
export const INBOUND_MAIL_ATTENTION: readonly InboundMailStatus[] = [
  'UNKNOWN_SENDER',
  'IGNORED',
  'REFUSED',
  'UNPARSEABLE',
];

/**
 * One message received at one mailbox. The unique (mailbox, dedupe key) makes delivery
 * idempotent: the key is the normalised Message-ID, or `sha256:<hex of the raw message>`
 * for a message without one, and the row is written in the transaction of the ticket or
 * reply it made.
 */
@Entity({ tableName: 'inbound_mail' })
@Unique({ properties: ['mailbox', 'dedupeKey'] })
@Index({ properties: ['tenant', 'settled', 'receivedAt'] })
@Index({ properties: ['ticket'] })
export class InboundMail extends TenantOwned {
  [OptionalProps]?: 'duplicates' | 'settled';

  @PrimaryKey({ type: 'string', length: 36 })
  id!: string;

  /** The address it was received at (the municipality's mailbox, lower case). */
  @Property({ type: 'string', length: 200 })
  mailbox!: string;

  @Property({ type: 'string', length: 500 })
  dedupeKey!: string;

  @Property({ type: 'string', length: 500, nullable: true })
  messageId?: string | null;

  /** The From address, lower case; null when the message had none readable. */
  @Property({ type: 'string', length: 320, nullable: true })
  fromAddress?: string | null;

  @Property({ type: 'string', length: 500, nullable: true })
  subject?: string | null;

  @Property({ type: 'string', length: 24 })
  status!: InboundMailStatus;

  /** Why it was ignored, refused or not parsed (a stable code). */
  @Property({ type: 'string', length: 64, nullable: true })
  reason?: string | null;

  /** The ticket it made or was added to. */
  @ManyToOne(() => Ticket, { nullable: true })
  ticket?: Ticket | null;

  /** The quoted history below what the sender wrote, folded away in the ticket view. */
  @Property({ type: 'text', nullable: true })
  quoted?: string | null;

  /** The size of the raw message in bytes. */
  @Property({ type: 'integer' })
  size!: number;

  /**
   * The raw message in base64 (it may hold any bytes), kept only when it could not be
   * parsed, for agents to read.
   */
  @Property({ type: 'text', nullable: true, lazy: true })
  rawBase64?: string | null;

  /** Deliveries of the same message after the first: each created nothing. */
  @Property({ type: 'integer' })
  duplicates: number = 0;

  /** Whether an agent has dealt with it (named the caller, or looked at it). */
  @Property({ type: 'boolean' })
  settled: boolean = false;

  @Property({ type: 'Date' })
  receivedAt!: Date;
}

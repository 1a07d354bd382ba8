import { BigIntType, Entity, Index, OptionalProps, PrimaryKey, Property } from '@mikro-orm/core';
import { TenantOwned } from '../database/tenant-owned.entity.js';

export const OUTGOING_CHANNELS = ['EMAIL', 'SMS'] as const;
export type OutgoingChannel = (typeof OUTGOING_CHANNELS)[number];

/**
 * QUEUED waits for `nextAttemptAt`; SENDING is held by a worker until `claimedUntil` (a worker
 * that died leaves it to be taken over); SENT and FAILED are final.
 */
export const OUTGOING_STATUSES = ['QUEUED', 'SENDING', 'SENT', 'FAILED'] as const;
export type OutgoingStatus = (typeof OUTGOING_STATUSES)[number];

/**
 * One e-mail or SMS Linje sends, written in the transaction that causes it and sent by the
 * outgoing worker. Instants the claim compares are epoch milliseconds, as in `job`.
 */
@Entity({ tableName: 'outgoing_message' })
@Index({ name: 'outgoing_message_due_idx', properties: ['status', 'nextAttemptAt'] })
@Index({ name: 'outgoing_message_ticket_idx', properties: ['ticketId', 'createdAt'] })
// A person's latest mail (digest window, see NotificationsService.deliver).
@Index({
  name: 'outgoing_message_person_idx',
  properties: ['recipientPersonId', 'channel', 'createdAt'],
})
export class OutgoingMessage extends TenantOwned {
  [OptionalProps]?:
    | 'status'
    | 'attempts'
    | 'claimedUntil'
    | 'claimedBy'
    | 'lastError'
    | 'providerMessageId'
    | 'sentAt';

  @PrimaryKey({ type: 'string', length: 36 })
  id!: string;

  @Property({ type: 'string', length: 8 })
  channel!: OutgoingChannel;

  /** An e-mail address or a phone number. */
  @Property({ type: 'string', length: 320 })
  recipient!: string;

  @Property({ type: 'string', length: 36, nullable: true })
  recipientPersonId!: string | null;

  /** The notification event (e.g. TICKET_REPLIED) or another stable kind. */
  @Property({ type: 'string', length: 48 })
  kind!: string;

  @Property({ type: 'string', length: 400, nullable: true })
  subject!: string | null;

  @Property({ type: 'text' })
  body!: string;

  @Property({ type: 'string', length: 36, nullable: true })
  ticketId!: string | null;

  /** E-mail: the Message-ID, made from this row's id so a resend is recognisable. */
  @Property({ type: 'string', length: 400, nullable: true })
  messageId!: string | null;

  /** E-mail: earlier Linje Message-IDs of the same ticket, oldest first, space-separated. */
  @Property({ type: 'text', nullable: true })
  references!: string | null;

  /** E-mail: a link to the recipient's notification preferences (non-essential mail only). */
  @Property({ type: 'string', length: 1000, nullable: true })
  unsubscribeUrl!: string | null;

  /** Unique per message: queueing the same key twice keeps the first. */
  @Property({ type: 'string', length: 200, unique: true })
  key!: string;

  @Property({ type: 'string', length: 8 })
  status: OutgoingStatus = 'QUEUED';

  @Property({ type: 'integer' })
  attempts: number = 0;

  @Property({ type: new BigIntType('number') })
  nextAttemptAt!: number;

  @Property({ type: new BigIntType('number'), nullable: true })
  claimedUntil: number | null = null;

  @Property({ type: 'string', length: 64, nullable: true })
  claimedBy: string | null = null;

  /** What the provider answered, without credentials (see safeError). */
  @Property({ type: 'string', length: 500, nullable: true })
  lastError: string | null = null;

  @Property({ type: 'string', length: 400, nullable: true })
  providerMessageId: string | null = null;

  @Property({ type: new BigIntType('number') })
  createdAt!: number;

  @Property({ type: new BigIntType('number'), nullable: true })
  sentAt: number | null = null;
}

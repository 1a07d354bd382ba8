import { Entity, Index, ManyToOne, PrimaryKey, Property } from '@mikro-orm/core';
import { TenantOwned } from '../database/tenant-owned.entity.js';
import { Person } from '../people/person.entity.js';

/**
 * An in-app notice for one person. `kind` and `params` are stable data the web translates;
 * `text` is an English rendering for other channels and logs.
 */
@Entity({ tableName: 'notification' })
@Index({ properties: ['recipient', 'createdAt'] })
@Index({ name: 'notification_recipient_once_idx', properties: ['recipient', 'onceKey'] })
@Index({ name: 'notification_recipient_pending_idx', properties: ['recipient', 'mailPending'] })
export class Notification extends TenantOwned {
  @PrimaryKey({ type: 'string', length: 36 })
  id!: string;

  @ManyToOne(() => Person)
  recipient!: Person;

  @Property({ type: 'string', length: 48 })
  kind!: string;

  @Property({ type: 'json' })
  params!: Record<string, string | number | null>;

  @Property({ type: 'text' })
  text!: string;

  @Property({ type: 'string', length: 36, nullable: true })
  ticketId: string | null = null;

  @Property({ type: 'Date' })
  createdAt!: Date;

  @Property({ type: 'Date', nullable: true })
  readAt: Date | null = null;

  /** Waiting to go out by e-mail in the recipient's next digest. */
  @Property({ type: 'boolean', default: false })
  mailPending: boolean = false;

  /**
   * Set for notices that may reach a person only once (an SLA level of a ticket): a second
   * notice with the same key for the same recipient is not written.
   */
  @Property({ type: 'string', length: 200, nullable: true })
  onceKey: string | null = null;
}

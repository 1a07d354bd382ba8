import { Entity, Index, ManyToOne, PrimaryKey, Property } from '@mikro-orm/core';
import { TenantOwned } from '../database/tenant-owned.entity.js';
import { Person } from '../people/person.entity.js';
import { Ticket } from '../tickets/ticket.entity.js';

/** A file on a ticket; the bytes live on disk under the attachments directory. */
@Entity({ tableName: 'attachment' })
@Index({ properties: ['ticket', 'createdAt'] })
export class Attachment extends TenantOwned {
  @PrimaryKey({ type: 'string', length: 36 })
  id!: string;

  @ManyToOne(() => Ticket, { index: false })
  ticket!: Ticket;

  /** As given by the uploader, cleaned of path parts and control characters; shown as text. */
  @Property({ type: 'string', length: 200 })
  fileName!: string;

  /** Sniffed from the bytes, never taken from the client. */
  @Property({ type: 'string', length: 100 })
  contentType!: string;

  @Property({ type: 'integer' })
  size!: number;

  @Property({ type: 'string', length: 64 })
  sha256!: string;

  @ManyToOne(() => Person, { index: false })
  uploadedBy!: Person;

  @Property({ type: 'Date' })
  createdAt!: Date;
}

import { Entity, PrimaryKey, Property } from '@mikro-orm/core';

/** Next ticket sequence number per tenant and month (YYMM); bumped inside the creating transaction. */
@Entity({ tableName: 'ticket_counter' })
export class TicketCounter {
  @PrimaryKey({ type: 'string', length: 36 })
  tenantId!: string;

  @PrimaryKey({ type: 'string', length: 4 })
  period!: string;

  @Property({ type: 'integer' })
  lastSeq: number = 0;
}

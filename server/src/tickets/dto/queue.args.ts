import { ArgsType, Field, ID, Int } from '@nestjs/graphql';
import type { TicketPriority, TicketStatus } from '@linje/shared';
import { TicketPriorityEnum, TicketStatusEnum } from '../../common/graphql/enums.js';
import { QueueSortEnum, type QueueSort } from '../models/ticket-enums.js';

@ArgsType()
export class QueueArgs {
  @Field(() => Int, { defaultValue: 50 })
  first!: number;

  @Field(() => String, { nullable: true })
  after?: string | null;

  @Field(() => [ID], {
    nullable: true,
    description: 'Limit to these tenants (default: all you may see).',
  })
  tenantIds?: string[] | null;

  @Field(() => [TicketStatusEnum], { nullable: true, description: 'Default: every status.' })
  statuses?: TicketStatus[] | null;

  @Field(() => [TicketPriorityEnum], { nullable: true })
  priorities?: TicketPriority[] | null;

  @Field(() => [ID], { nullable: true })
  groupIds?: string[] | null;

  @Field(() => [ID], { nullable: true, description: 'Operators; use assignedToMe for yourself.' })
  operatorIds?: string[] | null;

  @Field(() => Boolean, { nullable: true })
  assignedToMe?: boolean | null;

  @Field(() => Boolean, { nullable: true, description: 'Only tickets without an operator.' })
  unassigned?: boolean | null;

  @Field(() => [ID], { nullable: true })
  categoryIds?: string[] | null;

  @Field(() => Boolean, {
    nullable: true,
    description: 'Only tickets whose next deadline has passed.',
  })
  overdue?: boolean | null;

  @Field(() => String, {
    nullable: true,
    description:
      'Full-text filter over title, description, replies and notes (or a ticket number).',
  })
  text?: string | null;

  @Field(() => QueueSortEnum, { defaultValue: 'SLA_DUE' })
  sort!: QueueSort;
}

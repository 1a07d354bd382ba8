import { Field, ID, InputType, Int, ObjectType } from '@nestjs/graphql';
import type { TicketPriority, TicketStatus } from '@linje/shared';
import { TicketPriorityEnum, TicketStatusEnum } from '../common/graphql/enums.js';
import { QueueSortEnum, type QueueSort } from '../tickets/models/ticket-enums.js';

@InputType('QueueViewFiltersInput')
export class QueueViewFiltersInput {
  @Field(() => [ID], { nullable: true })
  tenantIds?: string[] | null;

  @Field(() => [TicketStatusEnum], { nullable: true })
  statuses?: TicketStatus[] | null;

  @Field(() => [TicketPriorityEnum], { nullable: true })
  priorities?: TicketPriority[] | null;

  @Field(() => [ID], { nullable: true })
  groupIds?: string[] | null;

  @Field(() => [ID], { nullable: true })
  operatorIds?: string[] | null;

  @Field(() => [ID], { nullable: true })
  categoryIds?: string[] | null;

  @Field(() => Boolean, { nullable: true })
  assignedToMe?: boolean | null;

  @Field(() => Boolean, { nullable: true })
  unassigned?: boolean | null;

  @Field(() => Boolean, { nullable: true })
  overdue?: boolean | null;

  @Field(() => String, { nullable: true })
  text?: string | null;

  @Field(() => QueueSortEnum, { nullable: true })
  sort?: QueueSort | null;
}

@InputType()
export class SaveQueueViewInput {
  @Field(() => String)
  name!: string;

  @Field(() => Boolean, {
    defaultValue: false,
    description: 'Share with every agent of your municipality.',
  })
  shared!: boolean;

  @Field(() => QueueViewFiltersInput)
  filters!: QueueViewFiltersInput;
}

@ObjectType('QueueViewFilters')
export class QueueViewFiltersModel {
  @Field(() => [ID], { nullable: true })
  tenantIds!: string[] | null;

  @Field(() => [TicketStatusEnum], { nullable: true })
  statuses!: TicketStatus[] | null;

  @Field(() => [TicketPriorityEnum], { nullable: true })
  priorities!: TicketPriority[] | null;

  @Field(() => [ID], { nullable: true })
  groupIds!: string[] | null;

  @Field(() => [ID], { nullable: true })
  operatorIds!: string[] | null;

  @Field(() => [ID], { nullable: true })
  categoryIds!: string[] | null;

  @Field(() => Boolean, { nullable: true })
  assignedToMe!: boolean | null;

  @Field(() => Boolean, { nullable: true })
  unassigned!: boolean | null;

  @Field(() => Boolean, { nullable: true })
  overdue!: boolean | null;

  @Field(() => String, { nullable: true })
  text!: string | null;

  @Field(() => QueueSortEnum, { nullable: true })
  sort!: QueueSort | null;
}

@ObjectType('QueueView')
export class QueueViewModel {
  @Field(() => ID)
  id!: string;

  @Field(() => String)
  name!: string;

  @Field(() => Boolean)
  shared!: boolean;

  @Field(() => Boolean, { description: 'You own it (and may delete it).' })
  mine!: boolean;

  @Field(() => String)
  ownerName!: string;

  @Field(() => QueueViewFiltersModel)
  filters!: QueueViewFiltersModel;

  @Field(() => Int, {
    description: `Tickets the view shows, counted up to ${1000}; 1000 means "1000 or more".`,
  })
  count!: number;
}

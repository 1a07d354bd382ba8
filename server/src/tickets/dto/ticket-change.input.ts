import { Field, ID, InputType, Int } from '@nestjs/graphql';
import type { Impact, TicketPriority, TicketStatus, Urgency } from '@linje/shared';
import { TicketPriorityEnum, TicketStatusEnum } from '../../common/graphql/enums.js';
import { ImpactEnum, UrgencyEnum } from '../models/ticket-enums.js';

@InputType({
  description: 'Every edit names the version it was based on; a stale one fails with CONFLICT.',
})
export class TicketRefInput {
  @Field(() => ID)
  id!: string;

  @Field(() => Int)
  version!: number;
}

@InputType()
export class ChangeTicketStatusInput extends TicketRefInput {
  @Field(() => TicketStatusEnum)
  status!: TicketStatus;

  @Field(() => Int, { nullable: true, description: 'Minutes spent on this action.' })
  timeSpentMinutes?: number | null;
}

@InputType({
  description:
    'Either impact and urgency (priority read from the matrix) or a priority with a reason (override).',
})
export class ChangeTicketPriorityInput extends TicketRefInput {
  @Field(() => ImpactEnum, { nullable: true })
  impact?: Impact | null;

  @Field(() => UrgencyEnum, { nullable: true })
  urgency?: Urgency | null;

  @Field(() => TicketPriorityEnum, { nullable: true })
  priority?: TicketPriority | null;

  @Field(() => String, { nullable: true })
  reason?: string | null;
}

@InputType()
export class AssignTicketInput extends TicketRefInput {
  @Field(() => ID, { nullable: true, description: 'Operator group; null clears it.' })
  groupId?: string | null;

  @Field(() => ID, {
    nullable: true,
    description: 'Operator (an agent of the tenant); null clears it.',
  })
  operatorId?: string | null;
}

@InputType()
export class AddTicketEntryInput {
  @Field(() => ID)
  ticketId!: string;

  @Field(() => String)
  body!: string;

  @Field(() => Boolean, {
    defaultValue: false,
    description: 'An internal note (agents only) instead of a reply the caller sees.',
  })
  internal!: boolean;

  @Field(() => Int, { nullable: true, description: 'Minutes spent (agents).' })
  timeSpentMinutes?: number | null;
}

@InputType()
export class RateTicketInput {
  @Field(() => ID)
  ticketId!: string;

  @Field(() => Int, { description: '1 (poor) to 5 (excellent).' })
  rating!: number;

  @Field(() => String, { nullable: true })
  comment?: string | null;
}

@InputType()
export class SetMajorIncidentInput extends TicketRefInput {
  @Field(() => Boolean)
  majorIncident!: boolean;
}

@InputType({ description: 'Link a ticket to a major incident as a child (parentId null unlinks).' })
export class LinkTicketInput extends TicketRefInput {
  @Field(() => ID, { nullable: true })
  parentId?: string | null;
}

@InputType({
  description:
    'Resolve a major incident and every open linked ticket with one reply to all callers.',
})
export class ResolveMajorIncidentInput extends TicketRefInput {
  @Field(() => String)
  reply!: string;

  @Field(() => Int, { nullable: true })
  timeSpentMinutes?: number | null;
}

@InputType({ description: 'Merge this ticket (the duplicate) into another one.' })
export class MergeTicketInput extends TicketRefInput {
  @Field(() => ID)
  intoId!: string;
}

import { Field, ID, InputType, Int } from '@nestjs/graphql';
import type { Impact, TicketChannel, TicketPriority, TicketStatus, Urgency } from '@linje/shared';
import {
  TicketChannelEnum,
  TicketPriorityEnum,
  TicketStatusEnum,
} from '../../common/graphql/enums.js';
import { ImpactEnum, UrgencyEnum } from '../models/ticket-enums.js';
import { TicketRefInput } from './ticket-change.input.js';

@InputType({
  description:
    'One change applied to several tickets (at most 100). Give any of: status; groupId and/or operatorId (what is not given stays); priority with a reason. Each ticket is changed on its own (per-ticket results).',
})
export class BulkUpdateTicketsInput {
  @Field(() => [TicketRefInput], { description: 'The tickets, each with the version seen.' })
  tickets!: TicketRefInput[];

  @Field(() => TicketStatusEnum, { nullable: true })
  status?: TicketStatus | null;

  @Field(() => ID, { nullable: true })
  groupId?: string | null;

  @Field(() => ID, { nullable: true })
  operatorId?: string | null;

  @Field(() => TicketPriorityEnum, { nullable: true })
  priority?: TicketPriority | null;

  @Field(() => String, { nullable: true, description: 'Required with priority.' })
  reason?: string | null;
}

@InputType({
  description:
    'An agent records a ticket for a caller who phoned, e-mailed or walked in (or on their behalf from the portal).',
})
export class RecordTicketForCallerInput {
  @Field(() => ID, { description: 'The caller: a person of a municipality the agent serves.' })
  callerId!: string;

  @Field(() => TicketChannelEnum)
  channel!: TicketChannel;

  @Field(() => String)
  title!: string;

  @Field(() => String, { nullable: true })
  description?: string | null;

  @Field(() => String, {
    nullable: true,
    description:
      'The description as HTML from a rich text editor. Sanitised on the server; when given, the plain description is derived from it and `description` is ignored.',
  })
  descriptionHtml?: string | null;

  @Field(() => ID, { nullable: true })
  categoryId?: string | null;

  @Field(() => ID, {
    nullable: true,
    description: "What the ticket is about: an active asset of the caller's municipality.",
  })
  assetId?: string | null;

  @Field(() => ImpactEnum, { nullable: true, description: 'Default PERSON.' })
  impact?: Impact | null;

  @Field(() => UrgencyEnum, { nullable: true, description: 'Default MEDIUM.' })
  urgency?: Urgency | null;

  @Field(() => Int, { nullable: true, description: 'Minutes spent taking the call.' })
  timeSpentMinutes?: number | null;
}

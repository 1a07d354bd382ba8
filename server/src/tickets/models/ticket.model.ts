import { Field, GraphQLISODateTime, ID, Int, ObjectType } from '@nestjs/graphql';
import type { TicketChannel, TicketPriority, TicketStatus } from '@linje/shared';
import {
  TicketChannelEnum,
  TicketPriorityEnum,
  TicketStatusEnum,
} from '../../common/graphql/enums.js';
import type { Impact, Urgency } from '@linje/shared';
import { PersonSummaryModel } from '../../people/models/person.model.js';
import { ImpactEnum, UrgencyEnum } from './ticket-enums.js';
import { CategoryRefModel, OperatorGroupModel } from './refs.model.js';
import { TenantModel } from '../../tenants/tenant.model.js';
import { AssetRefModel } from '../../assets/asset.model.js';

@ObjectType('Ticket')
export class TicketModel {
  @Field(() => ID)
  id!: string;

  @Field(() => String, { description: 'Readable number, e.g. KAV-2611-0042.' })
  number!: string;

  @Field(() => String)
  title!: string;

  @Field(() => String, {
    description: 'Plain text (for rich text tickets, derived from the HTML).',
  })
  description!: string;

  @Field(() => String, {
    description:
      'The description as sanitised HTML, safe to render: as filed in rich text, or the plain description escaped into paragraphs.',
  })
  descriptionHtml!: string;

  @Field(() => TicketStatusEnum)
  status!: TicketStatus;

  @Field(() => TicketPriorityEnum)
  priority!: TicketPriority;

  @Field(() => TicketChannelEnum)
  channel!: TicketChannel;

  @Field(() => TenantModel)
  tenant!: TenantModel;

  @Field(() => PersonSummaryModel)
  caller!: PersonSummaryModel;

  @Field(() => PersonSummaryModel)
  subject!: PersonSummaryModel;

  @Field(() => CategoryRefModel, { nullable: true })
  category!: CategoryRefModel | null;

  @Field(() => AssetRefModel, {
    nullable: true,
    description: 'The laptop, printer or phone the ticket is about.',
  })
  asset!: AssetRefModel | null;

  @Field(() => ImpactEnum, { nullable: true })
  impact!: Impact | null;

  @Field(() => UrgencyEnum, { nullable: true })
  urgency!: Urgency | null;

  @Field(() => String, {
    nullable: true,
    description: 'Why an agent set the priority by hand (or confirmed a critical ticket).',
  })
  priorityReason!: string | null;

  @Field(() => OperatorGroupModel, { nullable: true })
  group!: OperatorGroupModel | null;

  @Field(() => PersonSummaryModel, { nullable: true })
  operator!: PersonSummaryModel | null;

  @Field(() => Int, { description: 'Support line: 1 (service desk) or 2 (specialists).' })
  line!: number;

  @Field(() => GraphQLISODateTime, { nullable: true })
  responseDueAt!: Date | null;

  @Field(() => GraphQLISODateTime, { nullable: true })
  resolutionDueAt!: Date | null;

  @Field(() => GraphQLISODateTime, {
    nullable: true,
    description: 'The next deadline that matters; the queue sorts by it.',
  })
  slaDueAt!: Date | null;

  @Field(() => GraphQLISODateTime, { nullable: true })
  resolvedAt!: Date | null;

  @Field(() => Int, { nullable: true, description: "The caller's rating, 1–5." })
  rating!: number | null;

  @Field(() => String, { nullable: true })
  ratingComment!: string | null;

  @Field(() => Boolean)
  majorIncident!: boolean;

  @Field(() => ID, { nullable: true, description: 'The major incident this ticket belongs to.' })
  parentId!: string | null;

  @Field(() => ID, { nullable: true, description: 'Set when merged into another ticket.' })
  mergedIntoId!: string | null;

  @Field(() => Int, { description: 'Time spent on the ticket so far, in minutes.' })
  timeSpentMinutes!: number;

  @Field(() => GraphQLISODateTime)
  createdAt!: Date;

  @Field(() => GraphQLISODateTime)
  updatedAt!: Date;

  @Field(() => Int, { description: 'Send back when editing; a stale version fails with CONFLICT.' })
  version!: number;
}

@ObjectType('PageInfo')
export class PageInfoModel {
  @Field(() => String, { nullable: true })
  endCursor!: string | null;

  @Field(() => Boolean)
  hasNextPage!: boolean;
}

@ObjectType('TicketConnection')
export class TicketConnectionModel {
  @Field(() => [TicketModel])
  nodes!: TicketModel[];

  @Field(() => PageInfoModel)
  pageInfo!: PageInfoModel;
}

@ObjectType('TicketEvent', { description: 'A ticket was created or changed.' })
export class TicketEventModel {
  @Field(() => String)
  kind!: 'CREATED' | 'UPDATED';

  @Field(() => TicketModel)
  ticket!: TicketModel;
}

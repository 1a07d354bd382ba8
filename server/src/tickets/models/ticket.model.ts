import { Field, GraphQLISODateTime, ID, Int, ObjectType } from '@nestjs/graphql';
import type { TicketChannel, TicketPriority, TicketStatus } from '@linje/shared';
import {
  TicketChannelEnum,
  TicketPriorityEnum,
  TicketStatusEnum,
} from '../../common/graphql/enums.js';
import { PersonSummaryModel } from '../../people/models/person.model.js';
import { TenantModel } from '../../tenants/tenant.model.js';

@ObjectType('Ticket')
export class TicketModel {
  @Field(() => ID)
  id!: string;

  @Field(() => String, { description: 'Readable number, e.g. KAV-2611-0042.' })
  number!: string;

  @Field(() => String)
  title!: string;

  @Field(() => String)
  description!: string;

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

import { Field, GraphQLISODateTime, ID, Int, ObjectType } from '@nestjs/graphql';
import type { TicketEntryKind } from '../ticket-entry.entity.js';
import { PersonSummaryModel } from '../../people/models/person.model.js';
import { TicketEntryKindEnum } from './ticket-enums.js';

@ObjectType('CategoryRef')
export class CategoryRefModel {
  @Field(() => ID)
  id!: string;

  @Field(() => String)
  name!: string;

  @Field(() => ID, { nullable: true })
  parentId!: string | null;
}

@ObjectType('OperatorGroup')
export class OperatorGroupModel {
  @Field(() => ID)
  id!: string;

  @Field(() => String)
  name!: string;

  @Field(() => Int)
  line!: number;

  @Field(() => ID, { description: 'The municipality the group works for.' })
  tenantId!: string;
}

@ObjectType('TicketEntry', { description: 'One line of the activity timeline.' })
export class TicketEntryModel {
  @Field(() => ID)
  id!: string;

  @Field(() => TicketEntryKindEnum)
  kind!: TicketEntryKind;

  @Field(() => PersonSummaryModel, { nullable: true })
  author!: PersonSummaryModel | null;

  @Field(() => String)
  body!: string;

  @Field(() => String, { nullable: true, description: 'For CHANGE: which field changed.' })
  field!: string | null;

  @Field(() => String, { nullable: true })
  from!: string | null;

  @Field(() => String, { nullable: true })
  to!: string | null;

  @Field(() => String, { nullable: true, description: 'Why, when the change needs a reason.' })
  reason!: string | null;

  @Field(() => String, {
    nullable: true,
    description: 'For a reply by e-mail: the quoted history below it, shown folded away.',
  })
  quoted!: string | null;

  @Field(() => Int)
  timeSpentMinutes!: number;

  @Field(() => GraphQLISODateTime)
  createdAt!: Date;
}

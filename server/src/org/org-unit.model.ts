import { Field, ID, ObjectType } from '@nestjs/graphql';
import { PersonSummaryModel } from '../people/models/person.model.js';

@ObjectType('OrgUnit', { description: 'A unit of a municipality’s organisation.' })
export class OrgUnitModel {
  @Field(() => ID)
  id!: string;

  @Field(() => ID)
  tenantId!: string;

  @Field(() => String)
  code!: string;

  @Field(() => String)
  name!: string;

  @Field(() => ID, { nullable: true })
  parentId!: string | null;

  @Field(() => PersonSummaryModel, { nullable: true })
  head!: PersonSummaryModel | null;
}

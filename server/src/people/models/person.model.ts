import { Field, ID, ObjectType } from '@nestjs/graphql';

@ObjectType('PersonSummary', { description: 'A person as shown next to tickets and in lists.' })
export class PersonSummaryModel {
  @Field(() => ID)
  id!: string;

  @Field(() => String)
  displayName!: string;

  @Field(() => String, { nullable: true })
  jobTitle!: string | null;

  @Field(() => String, { nullable: true })
  workPhone!: string | null;
}

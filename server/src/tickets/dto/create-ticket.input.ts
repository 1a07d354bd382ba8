import { Field, InputType } from '@nestjs/graphql';

@InputType()
export class CreateTicketInput {
  @Field(() => String)
  title!: string;

  @Field(() => String, { nullable: true })
  description?: string | null;

  @Field(() => String, {
    nullable: true,
    description: 'Person the ticket is for, when filed on behalf of someone else.',
  })
  subjectId?: string | null;
}

import { Field, ID, InputType } from '@nestjs/graphql';

@InputType()
export class CreatePersonInput {
  @Field(() => ID, { description: 'Defaults to your home municipality.', nullable: true })
  tenantId?: string | null;

  @Field(() => String)
  givenName!: string;

  @Field(() => String)
  surname!: string;

  @Field(() => String, { nullable: true, description: 'YYYY-MM-DD; some username schemes use it.' })
  birthDate?: string | null;

  @Field(() => String, { nullable: true })
  personNumber?: string | null;

  @Field(() => String, { nullable: true })
  email?: string | null;

  @Field(() => String, { nullable: true })
  mobile?: string | null;

  @Field(() => String, { nullable: true })
  workPhone?: string | null;

  @Field(() => String, { nullable: true })
  jobTitle?: string | null;

  @Field(() => String, { nullable: true, description: 'Default EMPLOYEE.' })
  kind?: string | null;

  @Field(() => ID, { nullable: true })
  managerId?: string | null;

  @Field(() => ID, { nullable: true })
  orgUnitId?: string | null;

  @Field(() => String, { nullable: true })
  startDate?: string | null;

  @Field(() => String, { nullable: true })
  endDate?: string | null;
}

@InputType({ description: 'Only the fields given change; an empty string clears an optional one.' })
export class UpdatePersonInput {
  @Field(() => String, { nullable: true })
  givenName?: string | null;

  @Field(() => String, { nullable: true })
  surname?: string | null;

  @Field(() => String, { nullable: true })
  email?: string | null;

  @Field(() => String, { nullable: true })
  mobile?: string | null;

  @Field(() => String, { nullable: true })
  workPhone?: string | null;

  @Field(() => String, { nullable: true })
  jobTitle?: string | null;

  @Field(() => String, { nullable: true })
  kind?: string | null;

  @Field(() => ID, { nullable: true, description: 'An empty string removes the manager.' })
  managerId?: string | null;

  @Field(() => ID, { nullable: true, description: 'An empty string removes the unit.' })
  orgUnitId?: string | null;

  @Field(() => String, { nullable: true })
  startDate?: string | null;

  @Field(() => String, { nullable: true })
  endDate?: string | null;

  @Field(() => Boolean, { nullable: true })
  accountEnabled?: boolean | null;

  @Field(() => Boolean, { nullable: true })
  absent?: boolean | null;

  @Field(() => ID, { nullable: true, description: 'An empty string removes the deputy.' })
  deputyId?: string | null;
}

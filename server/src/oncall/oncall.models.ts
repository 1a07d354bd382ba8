import { Field, GraphQLISODateTime, ID, InputType, ObjectType } from '@nestjs/graphql';

@InputType()
export class ScheduleOnCallInput {
  @Field(() => GraphQLISODateTime)
  startsAt!: Date;

  @Field(() => GraphQLISODateTime)
  endsAt!: Date;

  @Field(() => [ID], { description: 'The on-call IT staff, first to call first.' })
  personIds!: string[];

  @Field(() => String)
  phone!: string;

  @Field(() => String, { nullable: true })
  note?: string | null;

  @Field(() => [ID], {
    nullable: true,
    description:
      'The municipalities covered, each getting its own period (default: your own). Only municipalities you serve.',
  })
  tenantIds?: string[] | null;

  @Field(() => [ID], {
    nullable: true,
    description:
      'Org units covered, with every unit below them; a municipality with none listed is covered whole.',
  })
  unitIds?: string[] | null;
}

@InputType()
export class AnnounceItAbsenceInput {
  @Field(() => GraphQLISODateTime)
  startsAt!: Date;

  @Field(() => GraphQLISODateTime)
  endsAt!: Date;

  @Field(() => String, { description: 'ABSENT or REDUCED' })
  kind!: string;

  @Field(() => String, { nullable: true })
  note?: string | null;
}

@ObjectType('OnCallPeriod', { description: 'An announced extraordinary on-call period.' })
export class OnCallPeriodModel {
  @Field(() => ID)
  id!: string;
  @Field(() => ID)
  tenantId!: string;
  @Field(() => GraphQLISODateTime)
  startsAt!: Date;
  @Field(() => GraphQLISODateTime)
  endsAt!: Date;
  @Field(() => [ID])
  personIds!: string[];
  @Field(() => [ID], { description: 'Org units covered; empty covers the whole municipality.' })
  unitIds!: string[];
  @Field(() => String)
  phone!: string;
  @Field(() => String)
  note!: string;
}

@ObjectType('ItAbsence', { description: 'Announced IT absence or reduced availability.' })
export class ItAbsenceModel {
  @Field(() => ID)
  id!: string;
  @Field(() => GraphQLISODateTime)
  startsAt!: Date;
  @Field(() => GraphQLISODateTime)
  endsAt!: Date;
  @Field(() => String)
  kind!: string;
  @Field(() => String)
  note!: string;
}

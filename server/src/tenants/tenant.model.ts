import { Field, ID, ObjectType } from '@nestjs/graphql';

@ObjectType('Tenant', { description: 'A municipality served by Linje.' })
export class TenantModel {
  @Field(() => ID)
  id!: string;

  @Field(() => String)
  code!: string;

  @Field(() => String)
  name!: string;

  @Field(() => String)
  timeZone!: string;

  @Field(() => String, { nullable: true })
  urgentPhone!: string | null;

  @Field(() => String, { nullable: true })
  supportPhone!: string | null;
}

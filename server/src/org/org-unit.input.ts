import { Field, ID, InputType } from '@nestjs/graphql';

@InputType()
export class SaveOrgUnitInput {
  @Field(() => ID, { nullable: true, description: 'Omit to create a unit.' })
  id?: string | null;

  @Field(() => ID, { nullable: true, description: 'Defaults to your home municipality.' })
  tenantId?: string | null;

  @Field(() => String)
  code!: string;

  @Field(() => String)
  name!: string;

  @Field(() => ID, { nullable: true })
  parentId?: string | null;

  @Field(() => ID, { nullable: true })
  headId?: string | null;
}

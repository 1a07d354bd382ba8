import { Field, ID, InputType } from '@nestjs/graphql';

@InputType()
export class SaveCategoryInput {
  @Field(() => ID, { description: 'The municipality the category belongs to.' })
  tenantId!: string;

  @Field(() => ID, { nullable: true, description: 'Omit to create a category.' })
  id?: string | null;

  @Field(() => String)
  name!: string;

  @Field(() => ID, {
    nullable: true,
    description:
      'A top-level category of the same municipality, or null for a top-level category. ' +
      'Omit when changing a category to keep its place.',
  })
  parentId?: string | null;
}

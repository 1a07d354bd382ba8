import { Field, ID, Int, ObjectType } from '@nestjs/graphql';

@ObjectType('AdminCategory', {
  description: 'A ticket category as its municipality’s administrators manage it.',
})
export class AdminCategoryModel {
  @Field(() => ID)
  id!: string;

  @Field(() => ID)
  tenantId!: string;

  @Field(() => String)
  name!: string;

  @Field(() => ID, { nullable: true })
  parentId!: string | null;

  @Field(() => Boolean, { description: 'Inactive categories cannot be chosen for new tickets.' })
  active!: boolean;

  @Field(() => Int, { description: 'Open tickets filed under exactly this category.' })
  openTickets!: number;
}

import { Field, ID, ObjectType } from '@nestjs/graphql';
import { PersonSummaryModel } from '../../people/models/person.model.js';
import { TenantModel } from '../../tenants/tenant.model.js';

@ObjectType('Me', { description: 'The signed-in person.' })
export class MeModel {
  @Field(() => ID)
  id!: string;

  @Field(() => PersonSummaryModel)
  person!: PersonSummaryModel;

  @Field(() => TenantModel, { description: 'The municipality the person belongs to.' })
  tenant!: TenantModel;

  @Field(() => [TenantModel], { description: 'Every municipality the person may work in.' })
  tenants!: TenantModel[];

  @Field(() => [String])
  roles!: string[];

  @Field(() => Boolean)
  isAgent!: boolean;
}

import { Field, GraphQLISODateTime, ID, ObjectType } from '@nestjs/graphql';
import { PersonSummaryModel } from '../../people/models/person.model.js';
import { TenantModel } from '../../tenants/tenant.model.js';
import { PasswordPolicyModel } from './password-policy.model.js';

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

  @Field(() => String)
  username!: string;

  @Field(() => String)
  givenName!: string;

  @Field(() => String)
  surname!: string;

  @Field(() => String, { nullable: true })
  email!: string | null;

  @Field(() => String, { nullable: true })
  mobile!: string | null;

  @Field(() => Boolean, {
    description: 'The password is temporary or expired; nothing else answers until it is changed.',
  })
  mustChangePassword!: boolean;

  @Field(() => GraphQLISODateTime, { nullable: true })
  passwordExpiresAt!: Date | null;

  @Field(() => String, {
    nullable: true,
    description:
      'The interface language the person chose (sv, nb, en); null: the browser’s, then the municipality’s default.',
  })
  language!: string | null;

  @Field(() => PasswordPolicyModel)
  passwordPolicy!: PasswordPolicyModel;
}

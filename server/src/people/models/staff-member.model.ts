import { Field, GraphQLISODateTime, ID, ObjectType } from '@nestjs/graphql';
import { TenantModel } from '../../tenants/tenant.model.js';
import { PersonSummaryModel } from './person.model.js';

@ObjectType('OrgUnitRef')
export class OrgUnitRefModel {
  @Field(() => ID)
  id!: string;

  @Field(() => String)
  code!: string;

  @Field(() => String)
  name!: string;
}

@ObjectType('StaffMember', {
  description:
    'A person as the staff search shows them to managers (their own people), support and administrators.',
})
export class StaffMemberModel {
  @Field(() => ID)
  id!: string;

  @Field(() => String)
  username!: string;

  @Field(() => String)
  displayName!: string;

  @Field(() => String)
  givenName!: string;

  @Field(() => String)
  surname!: string;

  @Field(() => String, { nullable: true })
  personNumber!: string | null;

  @Field(() => String, { nullable: true })
  email!: string | null;

  @Field(() => String, { nullable: true })
  mobile!: string | null;

  @Field(() => String, { nullable: true })
  workPhone!: string | null;

  @Field(() => String, { nullable: true })
  jobTitle!: string | null;

  @Field(() => String, { description: 'EMPLOYEE, SUBSTITUTE, CONSULTANT, INTERN or CONTRACTOR.' })
  kind!: string;

  @Field(() => TenantModel)
  tenant!: TenantModel;

  @Field(() => OrgUnitRefModel, { nullable: true })
  orgUnit!: OrgUnitRefModel | null;

  @Field(() => PersonSummaryModel, { nullable: true })
  manager!: PersonSummaryModel | null;

  @Field(() => [String])
  roles!: string[];

  @Field(() => String, { description: 'ACTIVE, NOT_YET_ACTIVE, ENDED or DISABLED.' })
  accountStatus!: string;

  @Field(() => Boolean)
  locked!: boolean;

  @Field(() => GraphQLISODateTime, {
    nullable: true,
    description: 'When a timed lockout ends; null when not locked or locked until unlocked.',
  })
  lockedUntil!: Date | null;

  @Field(() => Boolean)
  mustChangePassword!: boolean;

  @Field(() => Boolean)
  hasPassword!: boolean;

  @Field(() => GraphQLISODateTime, { nullable: true })
  activeFrom!: Date | null;

  @Field(() => String, { nullable: true })
  startDate!: string | null;

  @Field(() => String, { nullable: true })
  endDate!: string | null;

  @Field(() => Boolean)
  absent!: boolean;

  @Field(() => Boolean, { description: 'The viewer may set a temporary password or unlock.' })
  canResetPassword!: boolean;
}

import { Field, ID, InputType, Int, ObjectType } from '@nestjs/graphql';
import { PasswordPolicyModel } from '../auth/models/password-policy.model.js';

@ObjectType('TenantFeatureRules', { description: 'How things are done in one municipality.' })
export class TenantFeatureRulesModel {
  @Field(() => Boolean, {
    description: 'Remote access is ordered by the manager naming the computer (e.g. Kävlinge).',
  })
  remoteAccessOrderedByManager!: boolean;

  @Field(() => Boolean, { description: 'International calls need the manager’s approval.' })
  internationalCallsNeedApproval!: boolean;
}

@ObjectType('TenantSettings', { description: 'A municipality’s settings, for its administrators.' })
export class TenantSettingsModel {
  @Field(() => ID)
  tenantId!: string;

  @Field(() => String)
  name!: string;

  @Field(() => String)
  code!: string;

  @Field(() => String)
  timeZone!: string;

  @Field(() => String, { nullable: true })
  urgentPhone!: string | null;

  @Field(() => String, { nullable: true })
  supportPhone!: string | null;

  @Field(() => String, { nullable: true })
  supportEmail!: string | null;

  @Field(() => String, {
    nullable: true,
    description: 'The address incoming mail becomes tickets at.',
  })
  mailboxAddress!: string | null;

  @Field(() => PasswordPolicyModel)
  passwordPolicy!: PasswordPolicyModel;

  @Field(() => String, { description: 'SURNAME2_GIVEN_FIRSTLAST_YYDD or GIVEN_DOT_SURNAME.' })
  usernameScheme!: string;

  @Field(() => TenantFeatureRulesModel)
  featureRules!: TenantFeatureRulesModel;
}

@InputType()
export class PasswordPolicyInput {
  @Field(() => Int)
  minLength!: number;

  @Field(() => Int)
  requiredClasses!: number;

  @Field(() => String)
  forbiddenCharacters!: string;

  @Field(() => Boolean)
  forbidNameParts!: boolean;

  @Field(() => Int, { nullable: true })
  maxAgeDays!: number | null;

  @Field(() => Int)
  historyCount!: number;

  @Field(() => Int)
  lockoutThreshold!: number;

  @Field(() => Int)
  lockoutMinutes!: number;

  @Field(() => Int, { nullable: true })
  expiryReminderDays?: number | null;
}

@InputType({ description: 'Only the fields given change.' })
export class TenantSettingsInput {
  @Field(() => String, { nullable: true })
  urgentPhone?: string | null;

  @Field(() => String, { nullable: true })
  supportPhone?: string | null;

  @Field(() => String, { nullable: true })
  supportEmail?: string | null;

  @Field(() => String, { nullable: true, description: 'Empty to stop receiving mail.' })
  mailboxAddress?: string | null;

  @Field(() => PasswordPolicyInput, { nullable: true })
  passwordPolicy?: PasswordPolicyInput | null;

  @Field(() => String, { nullable: true })
  usernameScheme?: string | null;

  @Field(() => Boolean, { nullable: true })
  remoteAccessOrderedByManager?: boolean | null;

  @Field(() => Boolean, { nullable: true })
  internationalCallsNeedApproval?: boolean | null;
}

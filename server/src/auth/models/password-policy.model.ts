import { Field, Int, ObjectType } from '@nestjs/graphql';
import type { PasswordPolicy } from '@linje/shared';

@ObjectType('PasswordPolicy', {
  description: 'A municipality’s password rules; the web checks them live with the same code.',
})
export class PasswordPolicyModel {
  @Field(() => Int)
  minLength!: number;

  @Field(() => Int, { description: 'How many of lower, upper, digit and symbol are required.' })
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
  expiryReminderDays!: number | null;
}

export function toPasswordPolicyModel(p: PasswordPolicy): PasswordPolicyModel {
  return { ...p, expiryReminderDays: p.expiryReminderDays ?? null };
}

@ObjectType('TemporaryPassword', { description: 'Shown once to the person who set it.' })
export class TemporaryPasswordModel {
  @Field(() => String)
  password!: string;
}

import { Field, ID, InputType } from '@nestjs/graphql';
import type { Impact, Urgency } from '@linje/shared';
import { ImpactEnum, UrgencyEnum } from '../models/ticket-enums.js';

@InputType()
export class CreateTicketInput {
  @Field(() => String)
  title!: string;

  @Field(() => String, { nullable: true })
  description?: string | null;

  @Field(() => String, {
    nullable: true,
    description:
      'The description as HTML from a rich text editor. Sanitised on the server; when given, the plain description is derived from it and `description` is ignored.',
  })
  descriptionHtml?: string | null;

  @Field(() => String, {
    nullable: true,
    description:
      'Person the ticket is for, when a manager files on behalf of one of their people (someone below them in the manager chain; anyone else is FORBIDDEN).',
  })
  subjectId?: string | null;

  @Field(() => ID, { nullable: true, description: 'Category or subcategory of the tenant.' })
  categoryId?: string | null;

  @Field(() => ID, {
    nullable: true,
    description: "What the ticket is about: an active asset of the filer's municipality.",
  })
  assetId?: string | null;

  @Field(() => ImpactEnum, { nullable: true, description: 'Default PERSON.' })
  impact?: Impact | null;

  @Field(() => UrgencyEnum, { nullable: true, description: 'Default MEDIUM.' })
  urgency?: Urgency | null;
}

@InputType({
  description:
    'A critical ticket: danger to life or health, or a whole department stopped. The filer confirms which.',
})
export class CreateCriticalTicketInput {
  @Field(() => String)
  title!: string;

  @Field(() => String, { nullable: true })
  description?: string | null;

  @Field(() => String, {
    nullable: true,
    description:
      'The description as HTML from a rich text editor. Sanitised on the server; when given, the plain description is derived from it and `description` is ignored.',
  })
  descriptionHtml?: string | null;

  @Field(() => String, { nullable: true })
  subjectId?: string | null;

  @Field(() => String, {
    description: 'DANGER_TO_LIFE_OR_HEALTH or DEPARTMENT_PRODUCTION_STOP.',
  })
  criticalReason!: string;
}

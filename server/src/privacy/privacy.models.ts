import { Field, ID, Int, ObjectType } from '@nestjs/graphql';

@ObjectType('PersonDataExport', {
  description: 'Everything Linje holds about one person, for a data subject access request.',
})
export class PersonDataExportModel {
  @Field({ description: 'Suggested file name, e.g. linje-person-<id>-2026-11-23.json.' })
  fileName!: string;

  @Field({ description: 'The export as a JSON document: rows per kind of record.' })
  json!: string;
}

@ObjectType('PersonErasure', { description: 'What erasing a person did.' })
export class PersonErasureModel {
  @Field(() => ID)
  personId!: string;

  @Field({ description: 'The name the person now shows under on tickets and records.' })
  pseudonym!: string;

  @Field(() => Int, { description: 'Rows that were the person’s own and were deleted.' })
  deletedRows!: number;
}

@ObjectType('PrivacySettings', {
  description: 'A municipality’s privacy rules, for its administrators.',
})
export class PrivacySettingsModel {
  @Field(() => ID)
  tenantId!: string;

  @Field(() => Int, {
    nullable: true,
    description: 'Closed tickets are anonymised this many years after closing (1–30); null: never.',
  })
  ticketRetentionYears!: number | null;

  @Field(() => String, {
    nullable: true,
    description: 'The administrators’ own privacy notice (sanitised HTML); null: the default text.',
  })
  customNoticeHtml!: string | null;

  @Field(() => Date, { nullable: true })
  updatedAt!: Date | null;
}

@ObjectType('PrivacyNotice', {
  description: 'A municipality’s privacy notice: readable by anyone, signed in or not.',
})
export class PrivacyNoticeModel {
  @Field()
  tenantCode!: string;

  @Field()
  tenantName!: string;

  @Field(() => Int, { nullable: true, description: 'The ticket retention rule in years.' })
  retentionYears!: number | null;

  @Field({ description: 'Whether the administrators wrote their own text.' })
  custom!: boolean;

  @Field({ description: 'The notice as sanitised HTML.' })
  html!: string;

  @Field(() => Date, { nullable: true })
  updatedAt!: Date | null;
}

@ObjectType('PrivacyNoticeTenant', { description: 'A municipality that has a privacy notice.' })
export class PrivacyNoticeTenantModel {
  @Field()
  code!: string;

  @Field()
  name!: string;
}

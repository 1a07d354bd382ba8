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

import { Field, ObjectType } from '@nestjs/graphql';

@ObjectType('PersonDataExport', {
  description: 'Everything Linje holds about one person, for a data subject access request.',
})
export class PersonDataExportModel {
  @Field({ description: 'Suggested file name, e.g. linje-person-<id>-2026-11-23.json.' })
  fileName!: string;

  @Field({ description: 'The export as a JSON document: rows per kind of record.' })
  json!: string;
}

import {
  Args,
  Field,
  ID,
  Int,
  Mutation,
  ObjectType,
  Resolver,
  registerEnumType,
} from '@nestjs/graphql';
import { CurrentViewer } from '../auth/gql-context.js';
import type { Viewer } from '../auth/viewer.js';
import type { HrFormat } from './hr-file.js';
import { HrImportService } from './hr-import.service.js';

export const HrFormatEnum = { CSV: 'CSV', JSON: 'JSON' } as const;
registerEnumType(HrFormatEnum, { name: 'HrFormat' });

@ObjectType('HrRowIssue')
export class HrRowIssueModel {
  @Field(() => String)
  field!: string;

  @Field(() => String)
  code!: string;

  @Field(() => String)
  message!: string;
}

@ObjectType('HrRejectedRow')
export class HrRejectedRowModel {
  @Field(() => Int, { description: 'CSV line (header = 1) or JSON element (from 1).' })
  row!: number;

  @Field(() => String, { nullable: true })
  personNumber!: string | null;

  @Field(() => [HrRowIssueModel])
  problems!: HrRowIssueModel[];
}

@ObjectType('HrImportReport')
export class HrImportReportModel {
  @Field(() => [String], {
    description: 'Problems with the file as a whole; then nothing was imported.',
  })
  fileErrors!: string[];

  @Field(() => Int)
  rows!: number;

  @Field(() => Int)
  created!: number;

  @Field(() => Int)
  updated!: number;

  @Field(() => Int, { description: 'Of the updated: new manager or unit.' })
  moved!: number;

  @Field(() => Int, { description: 'Of the updated: an end date was set.' })
  ended!: number;

  @Field(() => Int)
  unchanged!: number;

  @Field(() => [HrRejectedRowModel])
  rejected!: HrRejectedRowModel[];
}

@Resolver()
export class HrImportResolver {
  constructor(private readonly hr: HrImportService) {}

  @Mutation(() => HrImportReportModel, {
    description:
      'Import people from an HR export (administrators). Bad rows are reported and skipped; the rest import together. With dryRun nothing is saved.',
  })
  async importHr(
    @CurrentViewer() viewer: Viewer,
    @Args('content', { type: () => String }) content: string,
    @Args('format', { type: () => HrFormatEnum }) format: HrFormat,
    @Args('tenantId', { type: () => ID, nullable: true }) tenantId?: string | null,
    @Args('dryRun', { type: () => Boolean, nullable: true }) dryRun?: boolean | null,
  ): Promise<HrImportReportModel> {
    return this.hr.import(viewer, tenantId, content, format, dryRun ?? false);
  }
}

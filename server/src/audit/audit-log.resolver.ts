import { Args, Query, Resolver } from '@nestjs/graphql';
import { CurrentViewer } from '../auth/gql-context.js';
import type { Viewer } from '../auth/viewer.js';
import { AuditLogArgs, AuditLogEntryModel } from './audit-log.model.js';
import { AuditLogService } from './audit-log.service.js';

@Resolver()
export class AuditLogResolver {
  constructor(private readonly service: AuditLogService) {}

  @Query(() => [AuditLogEntryModel], {
    description: 'Search your municipality’s audit log, newest first (auditors).',
  })
  async auditLog(
    @CurrentViewer() viewer: Viewer,
    @Args() args: AuditLogArgs,
  ): Promise<AuditLogEntryModel[]> {
    return this.service.search(viewer, args);
  }

  @Query(() => String, {
    description: 'The matching audit log entries as CSV, oldest first, at most 50 000 (auditors).',
  })
  async auditLogCsv(@CurrentViewer() viewer: Viewer, @Args() args: AuditLogArgs): Promise<string> {
    return this.service.exportCsv(viewer, args);
  }
}

import { Module } from '@nestjs/common';
import { AuditLogResolver } from './audit-log.resolver.js';
import { AuditLogService } from './audit-log.service.js';
import { AuditService } from './audit.service.js';

@Module({
  providers: [AuditService, AuditLogService, AuditLogResolver],
  exports: [AuditService],
})
export class AuditModule {}

import { Module } from '@nestjs/common';
import { AuditModule } from '../audit/audit.module.js';
import { HrImportResolver } from './hr-import.resolver.js';
import { HrImportService } from './hr-import.service.js';

@Module({ imports: [AuditModule], providers: [HrImportService, HrImportResolver] })
export class HrImportModule {}

import { Module } from '@nestjs/common';
import { AuditModule } from '../audit/audit.module.js';
import { OrgResolver } from './org.resolver.js';
import { OrgService } from './org.service.js';

@Module({ imports: [AuditModule], providers: [OrgService, OrgResolver], exports: [OrgService] })
export class OrgModule {}

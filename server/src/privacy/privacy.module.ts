import { Module } from '@nestjs/common';
import { AuditModule } from '../audit/audit.module.js';
import { PrivacyResolver } from './privacy.resolver.js';
import { PrivacyService } from './privacy.service.js';

@Module({
  imports: [AuditModule],
  providers: [PrivacyService, PrivacyResolver],
})
export class PrivacyModule {}

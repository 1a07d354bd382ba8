import { Module } from '@nestjs/common';
import { AttachmentsModule } from '../attachments/attachments.module.js';
import { AuditModule } from '../audit/audit.module.js';
import { AuthModule } from '../auth/auth.module.js';
import { JobsModule } from '../jobs/jobs.module.js';
import { PrivacyController } from './privacy.controller.js';
import { PrivacyResolver } from './privacy.resolver.js';
import { PrivacyService } from './privacy.service.js';
import { TicketRetention } from './ticket-retention.service.js';

@Module({
  imports: [AuditModule, AuthModule, JobsModule, AttachmentsModule],
  controllers: [PrivacyController],
  providers: [PrivacyService, PrivacyResolver, TicketRetention],
})
export class PrivacyModule {}

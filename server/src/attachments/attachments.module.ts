import { Module } from '@nestjs/common';
import { AuditModule } from '../audit/audit.module.js';
import { AuthModule } from '../auth/auth.module.js';
import { EventsModule } from '../events/events.module.js';
import { TicketsModule } from '../tickets/tickets.module.js';
import { AttachmentsController } from './attachments.controller.js';
import { AttachmentsResolver } from './attachments.resolver.js';
import { AttachmentsService } from './attachments.service.js';

@Module({
  imports: [AuditModule, AuthModule, EventsModule, TicketsModule],
  controllers: [AttachmentsController],
  providers: [AttachmentsService, AttachmentsResolver],
  exports: [AttachmentsService],
})
export class AttachmentsModule {}

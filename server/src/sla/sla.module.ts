import { Module } from '@nestjs/common';
import { AuditModule } from '../audit/audit.module.js';
import { CriticalModule } from '../critical/critical.module.js';
import { JobsModule } from '../jobs/jobs.module.js';
import { NotificationsModule } from '../notifications/notifications.module.js';
import { TicketsModule } from '../tickets/tickets.module.js';
import { SlaResolver } from './sla.resolver.js';
import { SlaService } from './sla.service.js';
import { TicketSlaService } from './ticket-sla.service.js';

@Module({
  imports: [AuditModule, JobsModule, NotificationsModule, TicketsModule, CriticalModule],
  providers: [SlaService, TicketSlaService, SlaResolver],
  exports: [SlaService],
})
export class SlaModule {}

import { Module } from '@nestjs/common';
import { AuditModule } from '../audit/audit.module.js';
import { EventsModule } from '../events/events.module.js';
import { JobsModule } from '../jobs/jobs.module.js';
import { OutgoingAdminResolver } from './outgoing-admin.resolver.js';
import { NotificationsResolver } from './notifications.resolver.js';
import { NotificationsService } from './notifications.service.js';

@Module({
  imports: [JobsModule, EventsModule, AuditModule],
  providers: [NotificationsService, NotificationsResolver, OutgoingAdminResolver],
  exports: [NotificationsService],
})
export class NotificationsModule {}

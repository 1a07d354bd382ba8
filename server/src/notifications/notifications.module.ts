import { Module } from '@nestjs/common';
import { AuditModule } from '../audit/audit.module.js';
import { EventsModule } from '../events/events.module.js';
import { JobsModule } from '../jobs/jobs.module.js';
import { OutgoingAdminResolver } from './outgoing-admin.resolver.js';
import { NotificationPreferencesResolver } from './notification-preferences.resolver.js';
import { NotificationPreferencesService } from './notification-preferences.service.js';
import { NotificationsResolver } from './notifications.resolver.js';
import { NotificationsService } from './notifications.service.js';

@Module({
  imports: [JobsModule, EventsModule, AuditModule],
  providers: [
    NotificationsService,
    NotificationsResolver,
    OutgoingAdminResolver,
    NotificationPreferencesService,
    NotificationPreferencesResolver,
  ],
  exports: [NotificationsService, NotificationPreferencesService],
})
export class NotificationsModule {}

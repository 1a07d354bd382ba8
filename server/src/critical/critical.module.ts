import { Module } from '@nestjs/common';
import { AuditModule } from '../audit/audit.module.js';
import { AvailabilityService } from '../availability/availability.service.js';
import { CalendarsResolver } from '../calendars/calendars.resolver.js';
import { JobsModule } from '../jobs/jobs.module.js';
import { NotificationsModule } from '../notifications/notifications.module.js';
import { TicketsModule } from '../tickets/tickets.module.js';
import { OnCallResolver } from '../oncall/oncall.resolver.js';
import { OnCallService } from '../oncall/oncall.service.js';
import { CriticalResolver } from './critical.resolver.js';
import { CriticalService } from './critical.service.js';

/** Calendars, availability, on-call and critical tickets with their escalation. */
@Module({
  imports: [AuditModule, JobsModule, NotificationsModule, TicketsModule],
  providers: [
    CalendarsResolver,
    AvailabilityService,
    OnCallService,
    OnCallResolver,
    CriticalService,
    CriticalResolver,
  ],
  exports: [AvailabilityService, CriticalService],
})
export class CriticalModule {}

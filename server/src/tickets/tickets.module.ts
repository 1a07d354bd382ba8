import { Module } from '@nestjs/common';
import { AuditModule } from '../audit/audit.module.js';
import { CalendarsService } from '../calendars/calendars.service.js';
import { EventsModule } from '../events/events.module.js';
import { JobsModule } from '../jobs/jobs.module.js';
import { GroupCommit } from '../database/group-commit.js';
import { DashboardResolver } from '../dashboard/dashboard.resolver.js';
import { DashboardService } from '../dashboard/dashboard.service.js';
import { QueueService } from '../queue/queue.service.js';
import { SavedViewsResolver } from '../queue/saved-views.resolver.js';
import { SavedViewsService } from '../queue/saved-views.service.js';
import { SearchService } from '../search/search.service.js';
import { TicketAutomationService } from './ticket-automation.service.js';
import { TicketHooks } from './ticket-hooks.js';
import { TicketsResolver } from './tickets.resolver.js';
import { TicketNumbers } from './ticket-numbers.js';
import { TicketsService } from './tickets.service.js';

@Module({
  imports: [AuditModule, EventsModule, JobsModule],
  providers: [
    TicketsService,
    GroupCommit,
    TicketNumbers,
    QueueService,
    SearchService,
    TicketHooks,
    TicketAutomationService,
    TicketsResolver,
    DashboardService,
    DashboardResolver,
    SavedViewsService,
    SavedViewsResolver,
    CalendarsService,
  ],
  exports: [TicketsService, TicketHooks, CalendarsService],
})
export class TicketsModule {}

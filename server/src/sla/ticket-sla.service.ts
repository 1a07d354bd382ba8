import { EntityManager } from '@mikro-orm/core';
import { Injectable } from '@nestjs/common';
import { slaTargetState, slaUsedMs } from '@linje/shared';
import type { Viewer } from '../auth/viewer.js';
import { CalendarsService } from '../calendars/calendars.service.js';
import { AppError } from '../common/app-error.js';
import { Clock } from '../common/clock.js';
import { Tenant } from '../tenants/tenant.entity.js';
import { TicketsService } from '../tickets/tickets.service.js';
import { TicketSla } from './sla.entities.js';
import { toClock } from './sla.service.js';

/** Reads one ticket's SLA for someone allowed to see the ticket. */
@Injectable()
export class TicketSlaService {
  constructor(
    private readonly em: EntityManager,
    private readonly clock: Clock,
    private readonly calendars: CalendarsService,
    private readonly tickets: TicketsService,
  ) {}

  async state(viewer: Viewer, ticketId: string) {
    const ticket = await this.tickets.findVisible(viewer, ticketId);
    if (!ticket) throw AppError.notFound('The ticket');
    const sla = await this.em.findOne(TicketSla, { ticket: ticketId });
    if (!sla) return null;
    const tenant = await this.em.findOneOrFail(Tenant, { id: sla.tenant.id });
    const calendar = await this.calendars.byName(this.em, tenant, sla.calendarName);
    const now = this.clock.now();
    const clock = toClock(sla);
    const state = (minutes: number, which: 'response' | 'resolution') =>
      slaTargetState(clock, minutes, calendar, sla.wallClock, now, which);
    return {
      responseDueAt: ticket.responseDueAt ?? null,
      resolutionDueAt: ticket.resolutionDueAt ?? null,
      responseState: state(sla.responseMinutes, 'response'),
      resolutionState: state(sla.resolutionMinutes, 'resolution'),
      resolutionMinutesLeft:
        sla.stoppedAt === null
          ? Math.floor(
              (sla.resolutionMinutes * 60_000 - slaUsedMs(clock, calendar, sla.wallClock, now)) /
                60_000,
            )
          : null,
      wallClock: sla.wallClock,
    };
  }
}

import { randomUUID } from 'node:crypto';
import { EntityManager, wrap, type RequiredEntityData } from '@mikro-orm/core';
import { Injectable, type OnModuleInit } from '@nestjs/common';
import {
  addBusinessMinutes,
  localDateOf,
  pauseSlaClock,
  respondSlaClock,
  resumeSlaClock,
  slaClockState,
  slaDueTimes,
  startSlaClock,
  stopSlaClock,
  type BusinessCalendar,
  type SlaClock,
  type SlaDueTimes,
  type SlaTargets,
  type TicketPriority,
} from '@linje/shared';
import { AuditService } from '../audit/audit.service.js';
import { BeforeCommit } from '../database/before-commit.js';
import type { Viewer } from '../auth/viewer.js';
import { IT_EXTENDED_CALENDAR } from '../calendars/tenant-calendar.entity.js';
import { CalendarsService } from '../calendars/calendars.service.js';
import { AppError } from '../common/app-error.js';
import { Clock } from '../common/clock.js';
import { isItStaff } from '../critical/critical-policy.js';
import type { Job } from '../jobs/job.entity.js';
import { JobsService, type ScheduleJob } from '../jobs/jobs.service.js';
import { NotificationsService } from '../notifications/notifications.service.js';
import { TenantSettingsCache } from '../database/tenant-settings-cache.js';
import { Tenant } from '../tenants/tenant.entity.js';
import type { TicketChange } from '../tickets/ticket-hooks.js';
import { TicketHooks } from '../tickets/ticket-hooks.js';
import { Ticket } from '../tickets/ticket.entity.js';
import { idsWithRole } from './role-holders.js';
import { SlaPolicy, TicketSla } from './sla.entities.js';

export const SLA_NOTIFY_JOB = 'sla.notify';

/** Targets used when a tenant has not set its own (minutes; CRITICAL counts wall-clock time). */
export const DEFAULT_SLA_TARGETS: Record<TicketPriority, { response: number; resolution: number }> =
  {
    CRITICAL: { response: 15, resolution: 4 * 60 },
    HIGH: { response: 60, resolution: 8 * 60 },
    MEDIUM: { response: 4 * 60, resolution: 3 * 450 },
    LOW: { response: 8 * 60, resolution: 10 * 450 },
  };

export interface ComplianceRow {
  group: string;
  resolved: number;
  responseMet: number;
  resolutionMet: number;
}

/** What the SLA rules read of a ticket's SLA record, stored or about to be. */
export type SlaRecord = Pick<
  TicketSla,
  | 'runningSince'
  | 'usedMs'
  | 'responseUsedMs'
  | 'stoppedAt'
  | 'responseMinutes'
  | 'resolutionMinutes'
  | 'wallClock'
  | 'calendarName'
>;

export function toClock(s: SlaRecord): SlaClock {
  return {
    runningSince: s.runningSince,
    usedMs: s.usedMs,
    responseUsedMs: s.responseUsedMs,
    stoppedAt: s.stoppedAt,
  };
}

/** The deadline the queue sorts a ticket by: the earliest target still running, if any. */
export function nextSlaDueAt(
  due: Pick<SlaDueTimes, 'responseDueAt' | 'resolutionDueAt'>,
): Date | null {
  const next = [due.responseDueAt, due.resolutionDueAt]
    .filter((d): d is Date => d !== null)
    .sort((a, b) => a.getTime() - b.getTime())[0];
  return next ?? null;
}

function targetsOf(s: SlaRecord): SlaTargets {
  return {
    responseMinutes: s.responseMinutes,
    resolutionMinutes: s.resolutionMinutes,
    wallClock: s.wallClock,
  };
}

/**
 * Keeps every ticket's SLA clock in step with its status and priority (through the ticket
 * hooks, in the ticket's own transaction), writes the due times the queue sorts by, and
 * schedules the 80 % warning and breach notices as durable jobs.
 */
@Injectable()
export class SlaService implements OnModuleInit {
  constructor(
    private readonly em: EntityManager,
    private readonly clock: Clock,
    private readonly audit: AuditService,
    private readonly calendars: CalendarsService,
    private readonly jobs: JobsService,
    private readonly notifications: NotificationsService,
    private readonly hooks: TicketHooks,
    private readonly settings: TenantSettingsCache,
    private readonly beforeCommit: BeforeCommit,
  ) {}

  onModuleInit(): void {
    this.hooks.register((em, ticket, change) => this.onTicketChange(em, ticket, change));
    this.jobs.register(SLA_NOTIFY_JOB, (em, job) => this.notifyJob(em, job));
  }

  async onTicketChange(em: EntityManager, ticket: Ticket, change: TicketChange): Promise<void> {
    const now = this.clock.now();
    // A new ticket arrives with its municipality loaded; a lookup would cost a filing more.
    const tenant = wrap(ticket.tenant).isInitialized()
      ? ticket.tenant
      : await em.findOneOrFail(Tenant, { id: ticket.tenant.id }, { filters: false });
    if (change.kind === 'CREATED') {
      await this.openForNewTicket(em, tenant, ticket, now);
      return;
    }
    // A ticket that predates its SLA record (imported or demo data) has been running since
    // it was filed.
    const sla =
      (await em.findOne(TicketSla, { ticket: ticket.id }, { filters: false })) ??
      this.takeBackNew(em, tenant, ticket) ??
      em.create(TicketSla, {
        ...(await this.newRecord(em, tenant, ticket, ticket.createdAt)),
        tenant,
        ticket,
      });
    const calendarName = sla.calendarName;
    const calendar = await this.calendars.byName(em, tenant, calendarName);
    let clock = toClock(sla);
    switch (change.kind) {
      case 'STATUS': {
        const state = slaClockState(change.to);
        if (state === 'STOPPED') clock = stopSlaClock(clock, calendar, sla.wallClock, now);
        else if (state === 'PAUSED') clock = pauseSlaClock(clock, calendar, sla.wallClock, now);
        else clock = resumeSlaClock(clock, now);
        if (change.to === 'IN_PROGRESS') {
          clock = respondSlaClock(clock, calendar, sla.wallClock, now);
        }
        break;
      }
      case 'REPLY':
        if (!change.byCaller) clock = respondSlaClock(clock, calendar, sla.wallClock, now);
        break;
      case 'PRIORITY': {
        const targets = await this.targetsFor(em, tenant, change.to);
        sla.responseMinutes = targets.response;
        sla.resolutionMinutes = targets.resolution;
        sla.wallClock = change.to === 'CRITICAL';
        sla.calendarName = targets.calendarName;
        this.audit.record(em, {
          tenantId: tenant.id,
          actorId: null,
          action: 'sla.recomputed',
          entityType: 'Ticket',
          entityId: ticket.id,
          data: {
            reason: `priority changed from ${change.from} to ${change.to}`,
            responseMinutes: targets.response,
            resolutionMinutes: targets.resolution,
          },
        });
        break;
      }
      default:
        break;
    }
    sla.runningSince = clock.runningSince;
    sla.usedMs = Math.round(clock.usedMs);
    sla.responseUsedMs = clock.responseUsedMs === null ? null : Math.round(clock.responseUsedMs);
    sla.stoppedAt = clock.stoppedAt;
    if (clock.responseUsedMs !== null) {
      sla.responseBreached = clock.responseUsedMs > sla.responseMinutes * 60_000;
    }
    if (clock.stoppedAt !== null) {
      sla.resolutionBreached = clock.usedMs > sla.resolutionMinutes * 60_000;
    }
    await this.apply(em, tenant, ticket, sla, { name: calendarName, calendar });
  }

  /** Policy rows per priority, or the defaults. */
  async policies(viewer: Viewer, tenantId: string): Promise<SlaPolicy[]> {
    if (!viewer.tenantIds.includes(tenantId)) throw AppError.notFound('The municipality');
    return this.em.find(SlaPolicy, { tenant: tenantId }, { orderBy: { priority: 'asc' } });
  }

  async savePolicy(
    viewer: Viewer,
    input: {
      tenantId: string;
      priority: TicketPriority;
      responseMinutes: number;
      resolutionMinutes: number;
      calendarName: string;
    },
  ): Promise<SlaPolicy> {
    if (!viewer.tenantIds.includes(input.tenantId)) throw AppError.notFound('The municipality');
    if (viewer.homeTenantId !== input.tenantId || !viewer.roles.includes('IT_LEAD')) {
      throw AppError.forbidden('Only IT leads of the municipality can change SLA targets.');
    }
    const bad = (field: string) =>
      AppError.badInput('Targets are whole minutes from 1 to 100 000; resolution ≥ response.', [
        { field, code: 'OUT_OF_RANGE', message: 'must be 1–100000 minutes' },
      ]);
    const ok = (n: number) => Number.isInteger(n) && n >= 1 && n <= 100_000;
    if (!ok(input.responseMinutes)) throw bad('responseMinutes');
    if (!ok(input.resolutionMinutes) || input.resolutionMinutes < input.responseMinutes) {
      throw bad('resolutionMinutes');
    }
    return this.em.transactional(async (em) => {
      const tenant = await em.findOneOrFail(Tenant, { id: input.tenantId });
      await this.calendars.byName(em, tenant, input.calendarName);
      let row = await em.findOne(SlaPolicy, { tenant: tenant.id, priority: input.priority });
      row ??= em.create(SlaPolicy, {
        id: randomUUID(),
        tenant,
        priority: input.priority,
        responseMinutes: input.responseMinutes,
        resolutionMinutes: input.resolutionMinutes,
        calendarName: input.calendarName,
      });
      row.responseMinutes = input.responseMinutes;
      row.resolutionMinutes = input.resolutionMinutes;
      row.calendarName = input.calendarName;
      this.audit.record(em, {
        tenantId: tenant.id,
        actorId: viewer.personId,
        action: 'sla.policySaved',
        entityType: 'SlaPolicy',
        entityId: row.id,
        data: { ...input },
      });
      return row;
    });
  }

  /** Tickets resolved in a local month, per operator group: how many met their targets. */
  async compliance(viewer: Viewer, tenantId: string, month: string): Promise<ComplianceRow[]> {
    if (!viewer.tenantIds.includes(tenantId)) throw AppError.notFound('The municipality');
    if (!viewer.roles.some((r) => r === 'IT_LEAD' || r === 'IT_SUPERIOR' || isItStaff([r]))) {
      throw AppError.forbidden('Only IT staff and the IT superior can see SLA reports.');
    }
    const m = /^(\d{4})-(0[1-9]|1[0-2])$/.exec(month);
    if (!m) {
      throw AppError.badInput('Give the month as YYYY-MM.', [
        { field: 'month', code: 'INVALID_MONTH', message: 'must be YYYY-MM' },
      ]);
    }
    const tenant = await this.em.findOneOrFail(Tenant, { id: tenantId });
    const year = Number(m[1]);
    const mon = Number(m[2]);
    // A day of slack either side covers any time zone; the local month is checked below.
    const from = new Date(Date.UTC(year, mon - 1, 1) - 86_400_000);
    const to = new Date(Date.UTC(year, mon, 1) + 86_400_000);
    const rows = await this.em.find(
      TicketSla,
      { tenant: tenantId, stoppedAt: { $gte: from, $lt: to } },
      { populate: ['ticket', 'ticket.group'] },
    );
    const byGroup = new Map<string, ComplianceRow>();
    for (const r of rows) {
      if (!r.stoppedAt || !localDateOf(tenant.timeZone, r.stoppedAt).startsWith(month)) continue;
      const group = r.ticket.group?.name ?? '';
      const row = byGroup.get(group) ?? { group, resolved: 0, responseMet: 0, resolutionMet: 0 };
      row.resolved += 1;
      if (!r.responseBreached) row.responseMet += 1;
      if (!r.resolutionBreached) row.resolutionMet += 1;
      byGroup.set(group, row);
    }
    return [...byGroup.values()].sort((a, b) => a.group.localeCompare(b.group));
  }

  // -------------------------------------------------------------------------------------

  private async targetsFor(
    em: EntityManager,
    tenant: Tenant,
    priority: TicketPriority,
  ): Promise<{ response: number; resolution: number; calendarName: string }> {
    // Read on every filing and priority change; see TenantSettingsCache for freshness.
    return this.settings.get(`${tenant.id}:slaPolicy:${priority}`, async () => {
      const policy = await em.findOne(
        SlaPolicy,
        { tenant: tenant.id, priority },
        { filters: false },
      );
      if (policy) {
        return {
          response: policy.responseMinutes,
          resolution: policy.resolutionMinutes,
          calendarName: policy.calendarName,
        };
      }
      const d = DEFAULT_SLA_TARGETS[priority];
      return {
        response: d.response,
        resolution: d.resolution,
        calendarName: IT_EXTENDED_CALENDAR,
      };
    });
  }

  /** A new SLA record for `ticket`, its clock running from `since`. */
  private async newRecord(em: EntityManager, tenant: Tenant, ticket: Ticket, since: Date) {
    const targets = await this.targetsFor(em, tenant, ticket.priority);
    const clock = startSlaClock(since);
    return {
      id: randomUUID(),
      responseMinutes: targets.response,
      resolutionMinutes: targets.resolution,
      wallClock: ticket.priority === 'CRITICAL',
      calendarName: targets.calendarName,
      runningSince: clock.runningSince,
      usedMs: 0,
      responseUsedMs: null,
      stoppedAt: null,
      responseBreached: false,
      resolutionBreached: false,
    };
  }

  /**
   * A new ticket's clock starts now. Its SLA record is written with the transaction's
   * other new rows just before COMMIT (see BeforeCommit.insertBeforeCommit): creating it as
   * an entity was a third of a filing's work. Outside a transaction it is an entity.
   */
  private async openForNewTicket(
    em: EntityManager,
    tenant: Tenant,
    ticket: Ticket,
    now: Date,
  ): Promise<void> {
    const record = await this.newRecord(em, tenant, ticket, now);
    const row = { ...record, tenant: tenant.id, ticket: ticket.id };
    if (!this.beforeCommit.insertBeforeCommit(em, TicketSla, row)) {
      em.create(TicketSla, { ...record, tenant, ticket });
    }
    const calendar = await this.calendars.byName(em, tenant, record.calendarName);
    await this.apply(em, tenant, ticket, record, { name: record.calendarName, calendar }, 'FIRST');
  }

  /**
   * The record of a ticket created earlier in this transaction, taken back from the rows
   * waiting for COMMIT as an entity, so a further change in the same transaction updates it.
   */
  private takeBackNew(em: EntityManager, tenant: Tenant, ticket: Ticket): TicketSla | null {
    const row = this.beforeCommit.takeBack(em, TicketSla, (r) => r.ticket === ticket.id);
    if (!row) return null;
    return em.create(TicketSla, { ...(row as RequiredEntityData<TicketSla>), tenant, ticket });
  }

  /**
   * Writes the due times onto the ticket and schedules the warning and breach notices:
   * all of them, or for a new ticket only the first. A new ticket has no notice yet, and
   * its first one, when it runs, schedules the rest from the ticket as it is then (any
   * change before that schedules all of them anyway). A filing so writes one timer
   * instead of four. Each notice's key holds its deadline, so it runs at most once.
   */
  private async apply(
    em: EntityManager,
    tenant: Tenant,
    ticket: Ticket,
    sla: SlaRecord,
    loaded: { name: string; calendar: BusinessCalendar },
    which: 'ALL' | 'FIRST' = 'ALL',
  ): Promise<void> {
    const due = slaDueTimes(toClock(sla), targetsOf(sla), loaded.calendar);
    ticket.responseDueAt = due.responseDueAt;
    ticket.resolutionDueAt = due.resolutionDueAt;
    ticket.slaDueAt = nextSlaDueAt(due);
    const notices = await this.notices(em, tenant, ticket.id, sla, due, loaded);
    await this.jobs.scheduleAll(em, which === 'FIRST' ? notices.slice(0, 1) : notices);
  }

  /** The warning and breach notices for `due`, earliest first. */
  private async notices(
    em: EntityManager,
    tenant: Tenant,
    ticketId: string,
    sla: SlaRecord,
    due: SlaDueTimes,
    loaded: { name: string; calendar: BusinessCalendar },
  ): Promise<ScheduleJob[]> {
    // Usually the SLA runs on the extended calendar already; no need to read it twice.
    const working = sla.wallClock
      ? null
      : loaded.name === IT_EXTENDED_CALENDAR
        ? loaded.calendar
        : await this.calendars.byName(em, tenant, IT_EXTENDED_CALENDAR);
    const plan: [string, 'WARNING' | 'BREACH', Date | null, Date | null][] = [
      ['response', 'WARNING', due.responseWarnAt, due.responseDueAt],
      ['response', 'BREACH', due.responseDueAt, due.responseDueAt],
      ['resolution', 'WARNING', due.resolutionWarnAt, due.resolutionDueAt],
      ['resolution', 'BREACH', due.resolutionDueAt, due.resolutionDueAt],
    ];
    const jobs: ScheduleJob[] = [];
    for (const [which, level, at, dueAt] of plan) {
      if (at === null || dueAt === null) continue;
      // Reminders for non-critical tickets wait for working hours; critical ones never wait.
      const deliverAt = working === null ? at : addBusinessMinutes(working, at, 0);
      jobs.push({
        type: SLA_NOTIFY_JOB,
        key: `${SLA_NOTIFY_JOB}:${ticketId}:${which}:${level}:${dueAt.getTime()}`,
        dueAt: deliverAt,
        tenantId: tenant.id,
        payload: { ticketId, which, level, dueMs: dueAt.getTime() },
      });
    }
    return jobs.sort((x, y) => x.dueAt.getTime() - y.dueAt.getTime());
  }

  /** Schedules every notice of the ticket's SLA as it is now (those already there stay). */
  private async scheduleCurrentNotices(
    em: EntityManager,
    ticket: Ticket,
    sla: TicketSla,
  ): Promise<void> {
    const tenant = await em.findOneOrFail(Tenant, { id: ticket.tenant.id }, { filters: false });
    const calendar = await this.calendars.byName(em, tenant, sla.calendarName);
    const due = slaDueTimes(toClock(sla), targetsOf(sla), calendar);
    const loaded = { name: sla.calendarName, calendar };
    await this.jobs.scheduleAll(em, await this.notices(em, tenant, ticket.id, sla, due, loaded));
  }

  private async notifyJob(em: EntityManager, job: Job): Promise<void> {
    const ticketId = String(job.payload.ticketId);
    const which = String(job.payload.which);
    const level = String(job.payload.level);
    const ticket = await em.findOne(
      Ticket,
      { id: ticketId },
      // Read only: a managed copy would be written back (and its version bumped) on commit.
      { filters: false, populate: ['operator'], disableIdentityMap: true },
    );
    if (!ticket) return;
    const current = which === 'response' ? ticket.responseDueAt : ticket.resolutionDueAt;
    // A later change (pause, response, new priority) moved or settled this deadline.
    if (!current || current.getTime() !== Number(job.payload.dueMs)) return;
    const sla = await em.findOne(TicketSla, { ticket: ticketId }, { filters: false });
    if (sla && level === 'BREACH') {
      if (which === 'response') sla.responseBreached = true;
      if (which === 'resolution') sla.resolutionBreached = true;
    }
    const recipients = new Set<string>(await idsWithRole(em, ticket.tenant.id, 'IT_LEAD'));
    if (ticket.operator) recipients.add(ticket.operator.id);
    for (const recipientId of recipients) {
      await this.notifications.notify(em, {
        tenantId: ticket.tenant.id,
        recipientId,
        kind: level === 'BREACH' ? 'SLA_BREACHED' : 'SLA_WARNING',
        params: { number: ticket.number, which, dueAt: current.toISOString() },
        text: `${ticket.number}: ${which} ${level === 'BREACH' ? 'target breached' : 'due soon (80 % used)'} — due ${current.toISOString()}.`,
        ticketId,
        // A moved deadline (new priority, pause) must not tell anyone of the same level again.
        onceKey: `sla:${ticketId}:${which}:${level}`,
      });
    }
    this.audit.record(em, {
      tenantId: ticket.tenant.id,
      actorId: null,
      action: level === 'BREACH' ? 'sla.breached' : 'sla.warned',
      entityType: 'Ticket',
      entityId: ticketId,
      data: { which, dueAt: current.toISOString() },
    });
    // A new ticket's first notice brings the others (see apply).
    if (sla) await this.scheduleCurrentNotices(em, ticket, sla);
  }
}

import { randomUUID } from 'node:crypto';
import { EntityManager, OptimisticLockError } from '@mikro-orm/core';
import { Injectable, type OnModuleInit } from '@nestjs/common';
import {
  CRITICAL_DEFINITION_CODES,
  managerChain,
  mayAuthoriseOvertime,
  nextEscalationTarget,
  type ChainPerson,
  type EscalationTarget,
} from '@linje/shared';
import { AuditService } from '../audit/audit.service.js';
import type { Viewer } from '../auth/viewer.js';
import {
  AvailabilityService,
  type TenantAvailability,
} from '../availability/availability.service.js';
import { AppError } from '../common/app-error.js';
import { Clock } from '../common/clock.js';
import type { Job } from '../jobs/job.entity.js';
import { JobsService, type ScheduleJob } from '../jobs/jobs.service.js';
import { NotificationsService } from '../notifications/notifications.service.js';
import { OnCallPeriod } from '../oncall/on-call-period.entity.js';
import { Person } from '../people/person.entity.js';
import { Tenant } from '../tenants/tenant.entity.js';
import { TicketHooks } from '../tickets/ticket-hooks.js';
import { Ticket } from '../tickets/ticket.entity.js';
import { TicketsService } from '../tickets/tickets.service.js';
import { CriticalSettings } from './critical-settings.entity.js';
import {
  CriticalCase,
  EscalationStep,
  type CriticalRoute,
  type EscalationChannel,
  type EscalationStepKind,
} from './critical-case.entity.js';
import {
  isItStaff,
  mayDecideOvertime,
  mayEscalateCritical,
  mayTakeCritical,
  mayViewCritical,
  type CaseFacts,
} from './critical-policy.js';

export const AUTO_ESCALATE_JOB = 'critical.autoEscalate';
export const REPAGE_JOB = 'critical.repage';
export const OVERTIME_LIMIT_JOB = 'critical.overtimeLimit';

/** Timers of the critical flow. */
export const CRITICAL_TIMING = {
  /** A chain member who has not acknowledged within this many minutes is passed over. */
  autoEscalateMinutes: 10,
  /** Paged IT staff who have not taken the ticket are paged again after this many minutes. */
  repageMinutes: 5,
  /** Re-pages per person after the first page. */
  maxRepages: 3,
} as const;

const REASON_MAX = 1000;
const ANSWER_OUTCOMES = ['ANSWERED', 'NO_ANSWER'] as const;
export type CallOutcome = (typeof ANSWER_OUTCOMES)[number];

export interface ReportCriticalInput {
  title: string;
  description?: string | null;
  descriptionHtml?: string | null;
  definitionCode: string;
}

export interface ChainMemberView {
  person: Person;
  level: number;
  absent: boolean;
  deputy: Person | null;
  mayAuthorise: boolean;
  contacted: boolean;
  current: boolean;
}

export interface CriticalCaseView {
  criticalCase: CriticalCase;
  steps: EscalationStep[];
  chain: ChainMemberView[];
  next: { kind: EscalationTarget['kind']; person: Person | null; viaDeputyOf: Person | null };
  itStaff: Person[];
  onCallPhone: string | null;
  viewerMay: {
    escalate: boolean;
    acknowledge: boolean;
    decide: boolean;
    take: boolean;
    logCalls: boolean;
  };
}

export interface WhoToCall {
  availability: TenantAvailability;
  timeZone: string;
  route: CriticalRoute;
  /** IT staff (no order), the on-call people (in order) or the manager chain (nearest first). */
  people: Person[];
  /** The on-call number while an on-call period is active. */
  phone: string | null;
}

function fullName(p: Person): string {
  return `${p.givenName} ${p.surname}`;
}

function routeFor(availability: TenantAvailability): CriticalRoute {
  if (availability.tier === 'on-call' && availability.onCall) return 'ON_CALL';
  if (availability.tier === 'core' || availability.tier === 'extended') return 'IT_STAFF';
  if (availability.tier === 'absent' && availability.absenceKind === 'REDUCED') return 'IT_STAFF';
  return 'MANAGER_CHAIN';
}

interface Chain {
  members: ChainPerson[];
  people: Map<string, Person>;
  lookup: (id: string) => ChainPerson | undefined;
}

/**
 * Critical tickets end to end: who to call, the escalation record, walking the manager chain
 * (by hand and automatically), overtime decisions, paging IT and taking the ticket.
 */
@Injectable()
export class CriticalService implements OnModuleInit {
  constructor(
    private readonly em: EntityManager,
    private readonly clock: Clock,
    private readonly audit: AuditService,
    private readonly availability: AvailabilityService,
    private readonly jobs: JobsService,
    private readonly notifications: NotificationsService,
    private readonly tickets: TicketsService,
    private readonly hooks: TicketHooks,
  ) {}

  onModuleInit(): void {
    this.hooks.register(async (em, ticket, change) => {
      if (change.kind === 'CREATED' && ticket.priority === 'CRITICAL') {
        await this.openCase(em, ticket);
      }
    });
    this.jobs.register(AUTO_ESCALATE_JOB, (em, job) => this.autoEscalate(em, job));
    this.jobs.register(REPAGE_JOB, (em, job) => this.repage(em, job));
    this.jobs.register(OVERTIME_LIMIT_JOB, (em, job) => this.overtimeLimitReached(em, job));
  }

  // -------------------------------------------------------------------------------------
  // Reading

  async whoToCall(viewer: Viewer): Promise<WhoToCall> {
    const em = this.em.fork();
    const me = await em.findOneOrFail(
      Person,
      { id: viewer.personId },
      { populate: ['tenant'], filters: false },
    );
    const availability = await this.availability.at(em, me.tenant, this.clock.now(), me.id);
    const route = routeFor(availability);
    if (route === 'ON_CALL' && availability.onCall) {
      const people = await this.peopleInOrder(em, availability.onCall.personIds);
      return {
        availability,
        timeZone: me.tenant.timeZone,
        route,
        people,
        phone: availability.onCall.phone,
      };
    }
    if (route === 'IT_STAFF') {
      return {
        availability,
        timeZone: me.tenant.timeZone,
        route,
        people: await this.itStaff(em, me.tenant.id),
        phone: null,
      };
    }
    const chain = await this.loadChain(em, me.id);
    const people = chain.members
      .map((m) => chain.people.get(m.id))
      .filter((p): p is Person => p !== undefined);
    return { availability, timeZone: me.tenant.timeZone, route, people, phone: null };
  }

  async itStaffOf(viewer: Viewer): Promise<Person[]> {
    return this.itStaff(this.em.fork(), viewer.homeTenantId);
  }

  async settings(
    viewer: Viewer,
  ): Promise<{ autoEscalateMinutes: number; repageMinutes: number; maxRepages: number }> {
    return this.timing(this.em.fork(), viewer.homeTenantId);
  }

  /** IT leads and administrators set their own municipality's critical timers. */
  async saveSettings(
    viewer: Viewer,
    input: { autoEscalateMinutes: number; repageMinutes: number; maxRepages: number },
  ): Promise<CriticalSettings> {
    if (!viewer.roles.some((r) => r === 'IT_LEAD' || r === 'ADMINISTRATOR')) {
      throw AppError.forbidden('Only IT leads and administrators can change critical timers.');
    }
    const bad = (field: string, min: number, max: number) =>
      AppError.badInput(`${field} must be a whole number from ${min} to ${max}.`, [
        { field, code: 'OUT_OF_RANGE', message: `must be ${min}–${max}`, params: { min, max } },
      ]);
    const whole = (n: number, min: number, max: number) =>
      Number.isInteger(n) && n >= min && n <= max;
    if (!whole(input.autoEscalateMinutes, 1, 120)) throw bad('autoEscalateMinutes', 1, 120);
    if (!whole(input.repageMinutes, 1, 120)) throw bad('repageMinutes', 1, 120);
    if (!whole(input.maxRepages, 0, 20)) throw bad('maxRepages', 0, 20);
    return this.em.transactional(async (em) => {
      let row = await em.findOne(CriticalSettings, { tenant: viewer.homeTenantId });
      row ??= em.create(CriticalSettings, {
        id: randomUUID(),
        tenant: em.getReference(Tenant, viewer.homeTenantId),
        ...input,
      });
      Object.assign(row, input);
      this.audit.record(em, {
        tenantId: viewer.homeTenantId,
        actorId: viewer.personId,
        action: 'critical.settingsSaved',
        entityType: 'CriticalSettings',
        entityId: row.id,
        data: { ...input },
      });
      return row;
    });
  }

  /** A case with everything its model shows, read after the change committed. */
  async reload(id: string): Promise<CriticalCase> {
    return this.em.fork().findOneOrFail(
      CriticalCase,
      { id },
      {
        populate: ['ticket', 'tenant', 'reporter', 'currentContact', 'takenBy', 'decidedBy'],
        filters: false,
      },
    );
  }

  async view(viewer: Viewer, ticketId: string): Promise<CriticalCaseView> {
    const em = this.em.fork();
    const c = await this.loadCase(em, ticketId);
    const steps = await this.steps(em, c);
    const facts = this.facts(c, steps);
    if (!mayViewCritical(viewer, facts)) throw AppError.notFound('The critical ticket');
    const chain = await this.loadChain(em, c.reporter.id);
    const contacted = this.contactedIds(steps);
    const next = nextEscalationTarget(chain.members, contacted, chain.lookup);
    const itStaff = await this.itStaff(em, c.tenant.id);
    const onCall =
      c.onCallPeriodId === null
        ? null
        : await em.findOne(OnCallPeriod, { id: c.onCallPeriodId }, { filters: false });
    const open = c.status === 'ESCALATING' || c.status === 'PAGING';
    return {
      criticalCase: c,
      steps,
      chain: chain.members.map((m, i) => {
        const person = chain.people.get(m.id);
        if (!person) throw new Error('chain member not loaded');
        return {
          person,
          level: i + 1,
          absent: m.absent,
          deputy: m.deputyId === null ? null : (chain.people.get(m.deputyId) ?? null),
          mayAuthorise: mayAuthoriseOvertime(m.roles),
          contacted: contacted.has(m.id),
          current: c.currentContact?.id === m.id,
        };
      }),
      next: {
        kind: next.kind,
        person: next.kind === 'EXHAUSTED' ? null : (chain.people.get(next.person.id) ?? null),
        viaDeputyOf:
          next.kind === 'PERSON' && next.viaDeputyOf
            ? (chain.people.get(next.viaDeputyOf.id) ?? null)
            : null,
      },
      itStaff,
      onCallPhone: onCall?.phone ?? null,
      viewerMay: {
        escalate: c.status === 'ESCALATING' && mayEscalateCritical(viewer, facts),
        acknowledge:
          c.status === 'ESCALATING' &&
          c.currentContact?.id === viewer.personId &&
          !c.currentAcknowledged,
        decide: c.status === 'ESCALATING' && mayDecideOvertime(viewer, c.tenant.id),
        take: open && mayTakeCritical(viewer, c.tenant.id),
        logCalls: open && c.reporter.id === viewer.personId,
      },
    };
  }

  /** Open critical tickets the viewer is involved in (or, for IT and authorisers, all in their tenants). */
  async open(viewer: Viewer): Promise<CriticalCase[]> {
    const em = this.em.fork();
    const cases = await em.find(
      CriticalCase,
      { status: { $in: ['ESCALATING', 'PAGING'] }, tenant: { $in: viewer.tenantIds } },
      { populate: ['ticket', 'reporter', 'currentContact'], orderBy: { createdAt: 'desc' } },
    );
    const result: CriticalCase[] = [];
    for (const c of cases) {
      const steps = await this.steps(em, c);
      if (mayViewCritical(viewer, this.facts(c, steps))) result.push(c);
    }
    return result;
  }

  // -------------------------------------------------------------------------------------
  // Writing

  /**
   * Files a critical ticket through the tickets service; the escalation record is opened by
   * the ticket hook in the same transaction, so every critical ticket gets one.
   */
  async report(viewer: Viewer, input: ReportCriticalInput): Promise<CriticalCase> {
    const ticket = await this.tickets.createCritical(viewer, {
      title: input.title,
      description: input.description ?? null,
      descriptionHtml: input.descriptionHtml ?? null,
      criticalReason: input.definitionCode,
    });
    return this.reload(
      (await this.em.fork().findOneOrFail(CriticalCase, { ticket: ticket.id }, { filters: false }))
        .id,
    );
  }

  /** Ticket hook: a new CRITICAL ticket opens its escalation record and starts the route. */
  private async openCase(em: EntityManager, ticket: Ticket): Promise<void> {
    const definitionCode = CRITICAL_DEFINITION_CODES.find((c) => c === ticket.priorityReason);
    if (!definitionCode) return;
    const caller = ticket.caller;
    const tenant = await em.findOneOrFail(Tenant, { id: ticket.tenant.id }, { filters: false });
    const now = this.clock.now();
    const availability = await this.availability.at(em, tenant, now, caller.id);
    const route = routeFor(availability);
    const c = em.create(CriticalCase, {
      id: randomUUID(),
      tenant,
      ticket,
      reporter: caller,
      definitionCode,
      route,
      status: route === 'ON_CALL' ? 'PAGING' : 'ESCALATING',
      onCallPeriodId: availability.onCall?.id ?? null,
      createdAt: now,
    });
    const seq = 1;
    this.step(em, c, seq, { kind: 'REPORTED', actor: caller, note: availability.tier });
    this.audit.record(em, {
      tenantId: tenant.id,
      actorId: caller.id,
      action: 'critical.reported',
      entityType: 'Ticket',
      entityId: ticket.id,
      data: { number: ticket.number, definitionCode, route, tier: availability.tier },
    });
    if (route === 'ON_CALL' && availability.onCall) {
      const onCallPeople = await this.peopleInOrder(em, availability.onCall.personIds);
      await this.page(em, c, onCallPeople, null, seq);
    } else if (route === 'MANAGER_CHAIN') {
      const chain = await this.loadChain(em, caller.id);
      const target = nextEscalationTarget(chain.members, [], chain.lookup);
      await this.contactNext(em, c, chain, target, caller, seq, 'CONTACTED');
    }
  }

  /** The reporter logs a phone call to IT staff (or an on-call person). */
  async logCallAttempt(
    viewer: Viewer,
    ticketId: string,
    personId: string,
    outcome: string,
  ): Promise<EscalationStep> {
    if (!(ANSWER_OUTCOMES as readonly string[]).includes(outcome)) {
      throw AppError.badInput('Say whether the call was answered.', [
        { field: 'outcome', code: 'INVALID_OUTCOME', message: 'must be ANSWERED or NO_ANSWER' },
      ]);
    }
    return this.em.transactional(async (em) => {
      const c = await this.loadCase(em, ticketId);
      const steps = await this.steps(em, c);
      if (!mayViewCritical(viewer, this.facts(c, steps))) {
        throw AppError.notFound('The critical ticket');
      }
      if (c.reporter.id !== viewer.personId) {
        throw AppError.forbidden('Only the person who reported the critical ticket logs calls.');
      }
      this.assertOpen(c);
      const person = await em.findOne(Person, { id: personId, tenant: c.tenant.id });
      if (!person || !isItStaff(person.roles)) {
        throw AppError.badInput('Log calls to the IT staff listed for this ticket.', [
          {
            field: 'personId',
            code: 'NOT_IT_STAFF',
            message: 'is not IT staff of this municipality',
          },
        ]);
      }
      const step = this.step(em, c, this.nextSeq(steps), {
        kind: 'CALL_ATTEMPT',
        contact: person,
        actor: c.reporter,
        channel: 'PHONE',
        outcome,
      });
      this.audit.record(em, {
        tenantId: c.tenant.id,
        actorId: viewer.personId,
        action: 'critical.callLogged',
        entityType: 'Ticket',
        entityId: c.ticket.id,
        data: { personId, outcome },
      });
      return step;
    });
  }

  /** The chain member asked to act confirms they have it in hand (stops auto-escalation). */
  async acknowledge(viewer: Viewer, ticketId: string): Promise<CriticalCase> {
    return this.em.transactional(async (em) => {
      const c = await this.loadCase(em, ticketId);
      const steps = await this.steps(em, c);
      if (!mayViewCritical(viewer, this.facts(c, steps))) {
        throw AppError.notFound('The critical ticket');
      }
      if (c.status !== 'ESCALATING' || c.currentContact?.id !== viewer.personId) {
        throw AppError.conflict('You are not the person currently asked to act on this ticket.');
      }
      if (c.currentAcknowledged) return c;
      c.currentAcknowledged = true;
      this.step(em, c, this.nextSeq(steps), {
        kind: 'ACKNOWLEDGED',
        level: c.currentLevel,
        contact: c.currentContact,
        actor: c.currentContact,
        channel: 'IN_APP',
      });
      this.audit.record(em, {
        tenantId: c.tenant.id,
        actorId: viewer.personId,
        action: 'critical.acknowledged',
        entityType: 'Ticket',
        entityId: c.ticket.id,
        data: { level: c.currentLevel },
      });
      return c;
    });
  }

  /** "Escalate to next level": the next person up the reporter's manager chain. */
  async escalate(viewer: Viewer, ticketId: string): Promise<CriticalCase> {
    return this.em.transactional(async (em) => {
      const c = await this.loadCase(em, ticketId);
      const steps = await this.steps(em, c);
      const facts = this.facts(c, steps);
      if (!mayViewCritical(viewer, facts)) throw AppError.notFound('The critical ticket');
      if (!mayEscalateCritical(viewer, facts)) {
        throw AppError.forbidden(
          'Only the reporter and the managers already asked can escalate this ticket.',
        );
      }
      if (c.status !== 'ESCALATING') {
        throw AppError.conflict(`The ticket can no longer be escalated (it is ${c.status}).`);
      }
      const actor = await em.findOneOrFail(Person, { id: viewer.personId }, { filters: false });
      const chain = await this.loadChain(em, c.reporter.id);
      const target = nextEscalationTarget(chain.members, this.contactedIds(steps), chain.lookup);
      if (target.kind === 'END_REACHED') {
        throw AppError.conflict(
          `${fullName(this.person(chain, target.person.id))} may authorise overtime; they decide now.`,
        );
      }
      await this.contactNext(em, c, chain, target, actor, this.nextSeq(steps) - 1, 'CONTACTED');
      return c;
    });
  }

  async decideOvertime(
    viewer: Viewer,
    ticketId: string,
    decision: { authorise: boolean; reason: string; timeLimitMinutes?: number | null },
  ): Promise<CriticalCase> {
    const reason = decision.reason.trim();
    if (reason.length === 0 || reason.length > REASON_MAX) {
      throw AppError.badInput(`Give a reason (1–${REASON_MAX} characters).`, [
        {
          field: 'reason',
          code: reason.length === 0 ? 'REQUIRED' : 'TOO_LONG',
          message: 'is required',
        },
      ]);
    }
    const limit = decision.timeLimitMinutes ?? null;
    if (limit !== null && (!Number.isInteger(limit) || limit < 15 || limit > 24 * 60)) {
      throw AppError.badInput('An overtime limit must be 15 minutes to 24 hours.', [
        {
          field: 'timeLimitMinutes',
          code: 'OUT_OF_RANGE',
          message: 'must be 15–1440',
          params: { min: 15, max: 1440 },
        },
      ]);
    }
    const result = await this.em.transactional(async (em) => {
      const c = await this.loadCase(em, ticketId);
      const steps = await this.steps(em, c);
      if (!viewer.tenantIds.includes(c.tenant.id)) throw AppError.notFound('The critical ticket');
      if (!mayDecideOvertime(viewer, c.tenant.id)) {
        throw AppError.forbidden(
          'Only the IT superior (head of finance & governance) or the municipal director can decide on IT overtime.',
        );
      }
      if (c.status !== 'ESCALATING') {
        throw AppError.conflict(`Overtime has already been decided for this ticket (${c.status}).`);
      }
      const actor = await em.findOneOrFail(Person, { id: viewer.personId }, { filters: false });
      const now = this.clock.now();
      c.decidedBy = actor;
      c.decidedAt = now;
      c.decisionReason = reason;
      c.overtimeLimitMinutes = decision.authorise ? limit : null;
      c.status = decision.authorise ? 'PAGING' : 'DECLINED';
      const seq = this.nextSeq(steps);
      this.step(em, c, seq, {
        kind: decision.authorise ? 'AUTHORISED' : 'DECLINED',
        contact: actor,
        actor,
        channel: 'IN_APP',
        note: limit === null ? reason : `${reason} (limit ${limit} min)`,
      });
      this.audit.record(em, {
        tenantId: c.tenant.id,
        actorId: actor.id,
        action: decision.authorise ? 'critical.overtimeAuthorised' : 'critical.overtimeDeclined',
        entityType: 'Ticket',
        entityId: c.ticket.id,
        data: { reason, timeLimitMinutes: limit },
      });
      const informed = new Set([c.reporter.id, ...this.contactedIds(steps)]);
      informed.delete(actor.id);
      for (const id of informed) {
        await this.notifications.notify(em, {
          tenantId: c.tenant.id,
          recipientId: id,
          kind: decision.authorise ? 'CRITICAL_AUTHORISED' : 'CRITICAL_DECLINED',
          params: { number: c.ticket.number, by: fullName(actor), reason },
          text: `${c.ticket.number}: ${fullName(actor)} ${decision.authorise ? 'authorised' : 'declined'} IT overtime: ${reason}`,
          ticketId: c.ticket.id,
        });
      }
      if (decision.authorise) {
        await this.page(em, c, await this.itStaff(em, c.tenant.id), actor, seq);
        if (limit !== null) {
          await this.jobs.schedule(em, {
            type: OVERTIME_LIMIT_JOB,
            key: `${OVERTIME_LIMIT_JOB}:${c.id}`,
            dueAt: new Date(now.getTime() + limit * 60_000),
            tenantId: c.tenant.id,
            payload: { caseId: c.id },
          });
        }
      }
      return c;
    });
    return result;
  }

  /** "I'm on it": the first IT person takes the ticket; the others are told. */
  async take(viewer: Viewer, ticketId: string): Promise<CriticalCase> {
    try {
      return await this.em.transactional(async (em) => {
        const c = await this.loadCase(em, ticketId);
        if (!viewer.tenantIds.includes(c.tenant.id)) throw AppError.notFound('The critical ticket');
        if (!mayTakeCritical(viewer, c.tenant.id)) {
          throw AppError.forbidden('Only IT staff can take a critical ticket.');
        }
        if (c.status === 'TAKEN') {
          throw AppError.conflict(
            `${c.takenBy ? fullName(c.takenBy) : 'Someone'} has already taken this ticket.`,
          );
        }
        if (c.status === 'DECLINED') {
          throw AppError.conflict('Overtime was declined for this ticket.');
        }
        const steps = await this.steps(em, c);
        const actor = await em.findOneOrFail(Person, { id: viewer.personId }, { filters: false });
        const now = this.clock.now();
        c.status = 'TAKEN';
        c.takenBy = actor;
        c.takenAt = now;
        const from = c.ticket.status;
        c.ticket.status = 'IN_PROGRESS';
        c.ticket.operator = actor;
        c.ticket.updatedAt = now;
        if (from !== 'IN_PROGRESS') {
          await this.hooks.run(em, c.ticket, { kind: 'STATUS', from, to: 'IN_PROGRESS' });
        }
        this.step(em, c, this.nextSeq(steps), {
          kind: 'TAKEN',
          contact: actor,
          actor,
          channel: 'IN_APP',
        });
        this.audit.record(em, {
          tenantId: c.tenant.id,
          actorId: actor.id,
          action: 'critical.taken',
          entityType: 'Ticket',
          entityId: c.ticket.id,
          data: { number: c.ticket.number },
        });
        const told = new Set([
          c.reporter.id,
          ...steps.filter((s) => s.kind === 'PAGED' && s.contact).map((s) => s.contact?.id ?? ''),
          ...this.contactedIds(steps),
        ]);
        told.delete(actor.id);
        told.delete('');
        for (const id of told) {
          await this.notifications.notify(em, {
            tenantId: c.tenant.id,
            recipientId: id,
            kind: 'CRITICAL_TAKEN',
            params: { number: c.ticket.number, by: fullName(actor) },
            text: `${c.ticket.number}: ${fullName(actor)} is on it.`,
            ticketId: c.ticket.id,
          });
        }
        return c;
      });
    } catch (err) {
      if (err instanceof OptimisticLockError) {
        throw AppError.conflict('Someone else took this ticket a moment ago.');
      }
      throw err;
    }
  }

  // -------------------------------------------------------------------------------------
  // Timers

  private async autoEscalate(em: EntityManager, job: Job): Promise<void> {
    const caseId = String(job.payload.caseId);
    const level = Number(job.payload.level);
    const c = await em.findOne(
      CriticalCase,
      { id: caseId },
      { populate: ['ticket', 'tenant', 'reporter', 'currentContact'], filters: false },
    );
    if (!c || c.status !== 'ESCALATING') return;
    if (c.currentLevel !== level || c.currentAcknowledged) return;
    const steps = await this.steps(em, c);
    const chain = await this.loadChain(em, c.reporter.id);
    const target = nextEscalationTarget(chain.members, this.contactedIds(steps), chain.lookup);
    if (target.kind === 'END_REACHED') return;
    await this.contactNext(em, c, chain, target, null, this.nextSeq(steps) - 1, 'AUTO_ESCALATED');
  }

  private async repage(em: EntityManager, job: Job): Promise<void> {
    const caseId = String(job.payload.caseId);
    const personId = String(job.payload.personId);
    const round = Number(job.payload.round);
    const c = await em.findOne(
      CriticalCase,
      { id: caseId },
      { populate: ['ticket', 'tenant'], filters: false },
    );
    if (!c || c.status !== 'PAGING') return;
    const person = await em.findOne(Person, { id: personId }, { filters: false });
    if (!person) return;
    const steps = await this.steps(em, c);
    this.step(em, c, this.nextSeq(steps), {
      kind: 'REPAGED',
      contact: person,
      channel: 'PAGE',
      note: `round ${round}`,
    });
    await this.pageNotice(em, c, person);
    this.audit.record(em, {
      tenantId: c.tenant.id,
      actorId: null,
      action: 'critical.repaged',
      entityType: 'Ticket',
      entityId: c.ticket.id,
      data: { personId, round },
    });
    const timing = await this.timing(em, c.tenant.id);
    if (round < timing.maxRepages) {
      await this.jobs.schedule(em, this.repageJob(c, person, round + 1, timing.repageMinutes));
    }
  }

  /** The authorised overtime has run out: whoever works on it and the authoriser are told. */
  private async overtimeLimitReached(em: EntityManager, job: Job): Promise<void> {
    const c = await em.findOne(
      CriticalCase,
      { id: String(job.payload.caseId) },
      { populate: ['ticket', 'tenant', 'takenBy', 'decidedBy'], filters: false },
    );
    if (!c || (c.status !== 'PAGING' && c.status !== 'TAKEN')) return;
    const told = new Set(
      [c.takenBy?.id, c.decidedBy?.id].filter((id): id is string => id !== undefined),
    );
    for (const recipientId of told) {
      await this.notifications.notify(em, {
        tenantId: c.tenant.id,
        recipientId,
        kind: 'CRITICAL_OVERTIME_LIMIT',
        params: { number: c.ticket.number, minutes: c.overtimeLimitMinutes },
        text: `${c.ticket.number}: the authorised overtime (${c.overtimeLimitMinutes ?? '?'} min) has been used.`,
        ticketId: c.ticket.id,
      });
    }
    this.audit.record(em, {
      tenantId: c.tenant.id,
      actorId: null,
      action: 'critical.overtimeLimitReached',
      entityType: 'Ticket',
      entityId: c.ticket.id,
      data: { minutes: c.overtimeLimitMinutes },
    });
  }

  // -------------------------------------------------------------------------------------
  // Helpers

  private async timing(
    em: EntityManager,
    tenantId: string,
  ): Promise<{ autoEscalateMinutes: number; repageMinutes: number; maxRepages: number }> {
    const row = await em.findOne(CriticalSettings, { tenant: tenantId }, { filters: false });
    return row ?? CRITICAL_TIMING;
  }

  private async contactNext(
    em: EntityManager,
    c: CriticalCase,
    chain: Chain,
    target: EscalationTarget,
    actor: Person | null,
    lastSeq: number,
    kind: 'CONTACTED' | 'AUTO_ESCALATED',
  ): Promise<void> {
    if (target.kind !== 'PERSON') {
      if (target.kind === 'EXHAUSTED') {
        this.step(em, c, lastSeq + 1, { kind: 'CHAIN_EXHAUSTED', actor });
        this.audit.record(em, {
          tenantId: c.tenant.id,
          actorId: actor?.id ?? null,
          action: 'critical.chainExhausted',
          entityType: 'Ticket',
          entityId: c.ticket.id,
        });
      }
      return;
    }
    const person = this.person(chain, target.person.id);
    const via = target.viaDeputyOf ? this.person(chain, target.viaDeputyOf.id) : null;
    const levelIndex = chain.members.findIndex((m) => m.id === (via ?? person).id);
    const level = levelIndex + 1;
    c.currentContact = person;
    c.currentLevel = level;
    c.currentAcknowledged = false;
    this.step(em, c, lastSeq + 1, {
      kind,
      level,
      contact: person,
      actor,
      channel: actor === null ? 'IN_APP' : 'PHONE',
      note: via ? `deputy of ${fullName(via)}` : null,
    });
    this.audit.record(em, {
      tenantId: c.tenant.id,
      actorId: actor?.id ?? null,
      action: kind === 'AUTO_ESCALATED' ? 'critical.autoEscalated' : 'critical.escalated',
      entityType: 'Ticket',
      entityId: c.ticket.id,
      data: { level, contactId: person.id, viaDeputyOf: via?.id ?? null },
    });
    await this.notifications.notify(em, {
      tenantId: c.tenant.id,
      recipientId: person.id,
      kind: 'CRITICAL_ESCALATION',
      params: { number: c.ticket.number, title: c.ticket.title, reporter: fullName(c.reporter) },
      text: `Critical ticket ${c.ticket.number} (${c.ticket.title}) from ${fullName(c.reporter)} needs you now.`,
      ticketId: c.ticket.id,
    });
    await this.jobs.schedule(em, {
      type: AUTO_ESCALATE_JOB,
      key: `${AUTO_ESCALATE_JOB}:${c.id}:${level}`,
      dueAt: new Date(
        this.clock.now().getTime() +
          (await this.timing(em, c.tenant.id)).autoEscalateMinutes * 60_000,
      ),
      tenantId: c.tenant.id,
      payload: { caseId: c.id, level },
    });
  }

  private async page(
    em: EntityManager,
    c: CriticalCase,
    people: Person[],
    actor: Person | null,
    lastSeq: number,
  ): Promise<void> {
    // Read once for everyone paged; their first repages go in as one statement.
    const { repageMinutes } = await this.timing(em, c.tenant.id);
    let seq = lastSeq;
    for (const person of people) {
      this.step(em, c, ++seq, { kind: 'PAGED', contact: person, actor, channel: 'PAGE' });
      await this.pageNotice(em, c, person);
    }
    await this.jobs.scheduleAll(
      em,
      people.map((person) => this.repageJob(c, person, 1, repageMinutes)),
    );
    this.audit.record(em, {
      tenantId: c.tenant.id,
      actorId: actor?.id ?? null,
      action: 'critical.paged',
      entityType: 'Ticket',
      entityId: c.ticket.id,
      data: { personIds: people.map((p) => p.id) },
    });
  }

  private async pageNotice(em: EntityManager, c: CriticalCase, person: Person): Promise<void> {
    await this.notifications.notify(em, {
      tenantId: c.tenant.id,
      recipientId: person.id,
      kind: 'CRITICAL_PAGE',
      params: { number: c.ticket.number, title: c.ticket.title },
      text: `PAGE: critical ticket ${c.ticket.number} (${c.ticket.title}). Press "I'm on it" to take it.`,
      ticketId: c.ticket.id,
    });
  }

  private repageJob(
    c: CriticalCase,
    person: Person,
    round: number,
    repageMinutes: number,
  ): ScheduleJob {
    return {
      type: REPAGE_JOB,
      key: `${REPAGE_JOB}:${c.id}:${person.id}:${round}`,
      dueAt: new Date(this.clock.now().getTime() + repageMinutes * 60_000),
      tenantId: c.tenant.id,
      payload: { caseId: c.id, personId: person.id, round },
    };
  }

  private step(
    em: EntityManager,
    c: CriticalCase,
    seq: number,
    s: {
      kind: EscalationStepKind;
      level?: number | null;
      contact?: Person | null;
      actor?: Person | null;
      channel?: EscalationChannel | null;
      outcome?: string | null;
      note?: string | null;
    },
  ): EscalationStep {
    return em.create(EscalationStep, {
      id: randomUUID(),
      tenant: c.tenant,
      criticalCase: c,
      seq,
      at: this.clock.now(),
      kind: s.kind,
      level: s.level ?? null,
      contact: s.contact ?? null,
      actor: s.actor ?? null,
      channel: s.channel ?? null,
      outcome: s.outcome ?? null,
      note: s.note ?? null,
    });
  }

  private nextSeq(steps: readonly EscalationStep[]): number {
    return steps.reduce((max, s) => Math.max(max, s.seq), 0) + 1;
  }

  private contactedIds(steps: readonly EscalationStep[]): Set<string> {
    const ids = new Set<string>();
    for (const s of steps) {
      if ((s.kind === 'CONTACTED' || s.kind === 'AUTO_ESCALATED') && s.contact)
        ids.add(s.contact.id);
    }
    return ids;
  }

  private facts(c: CriticalCase, steps: readonly EscalationStep[]): CaseFacts {
    return {
      tenantId: c.tenant.id,
      reporterId: c.reporter.id,
      involvedIds: steps.flatMap((s) => (s.contact ? [s.contact.id] : [])),
    };
  }

  private assertOpen(c: CriticalCase): void {
    if (c.status === 'TAKEN' || c.status === 'DECLINED') {
      throw AppError.conflict(`The critical ticket is already ${c.status.toLowerCase()}.`);
    }
  }

  private async loadCase(em: EntityManager, ticketId: string): Promise<CriticalCase> {
    const ticket = await em.findOne(Ticket, { id: ticketId }, { filters: false });
    if (!ticket) throw AppError.notFound('The ticket');
    const c = await em.findOne(
      CriticalCase,
      { ticket: ticketId },
      {
        populate: ['ticket', 'tenant', 'reporter', 'currentContact', 'takenBy', 'decidedBy'],
        filters: false,
      },
    );
    if (!c) {
      throw AppError.badInput(
        'Only critical tickets are escalated. Report it as critical if it endangers life or health or stops a whole department.',
        [{ field: 'ticketId', code: 'NOT_CRITICAL', message: 'is not a critical ticket' }],
      );
    }
    return c;
  }

  private async steps(em: EntityManager, c: CriticalCase): Promise<EscalationStep[]> {
    return em.find(
      EscalationStep,
      { criticalCase: c.id },
      { populate: ['contact', 'actor'], orderBy: { seq: 'asc' }, filters: false },
    );
  }

  private async itStaff(em: EntityManager, tenantId: string): Promise<Person[]> {
    const people = await em.find(
      Person,
      { tenant: tenantId },
      { filters: false, orderBy: { surname: 'asc', givenName: 'asc' } },
    );
    return people.filter((p) => isItStaff(p.roles));
  }

  private async peopleInOrder(em: EntityManager, ids: readonly string[]): Promise<Person[]> {
    const people = await em.find(Person, { id: { $in: [...ids] } }, { filters: false });
    const byId = new Map(people.map((p) => [p.id, p]));
    return ids.map((id) => byId.get(id)).filter((p): p is Person => p !== undefined);
  }

  /**
   * The escalation path for a reporter: their manager line up to (not including) the first
   * person who may authorise overtime, then the municipality's IT superior(s), then the
   * municipal director(s) — "your manager or managers above you, who contact IT's nearest
   * superior, or the municipal director". Everyone is loaded with their deputies.
   */
  private async loadChain(em: EntityManager, personId: string): Promise<Chain> {
    const reporter = await em.findOneOrFail(Person, { id: personId }, { filters: false });
    const tenantPeople = await em.find(Person, { tenant: reporter.tenant.id }, { filters: false });
    const people = new Map(tenantPeople.map((p) => [p.id, p]));
    const toChain = (p: Person): ChainPerson => ({
      id: p.id,
      managerId: p.manager?.id ?? null,
      roles: p.roles,
      absent: p.absent,
      deputyId: p.deputy?.id ?? null,
    });
    const lookup = (id: string): ChainPerson | undefined => {
      const p = people.get(id);
      return p ? toChain(p) : undefined;
    };
    const result = managerChain(personId, lookup);
    const line = result.ok ? result.chain : result.partialChain;
    const firstAuthoriser = line.findIndex((m) => mayAuthoriseOvertime(m.roles));
    const below = firstAuthoriser === -1 ? line : line.slice(0, firstAuthoriser);
    const byName = (a: Person, b: Person) =>
      a.surname.localeCompare(b.surname) || a.givenName.localeCompare(b.givenName);
    const withRole = (role: 'IT_SUPERIOR' | 'MUNICIPAL_DIRECTOR') =>
      tenantPeople
        .filter((p) => p.roles.includes(role) && p.id !== personId)
        .sort(byName)
        .map(toChain);
    const members: ChainPerson[] = [];
    for (const m of [...below, ...withRole('IT_SUPERIOR'), ...withRole('MUNICIPAL_DIRECTOR')]) {
      if (!members.some((x) => x.id === m.id)) members.push(m);
    }
    return { members, people, lookup };
  }

  private person(chain: Chain, id: string): Person {
    const p = chain.people.get(id);
    if (!p) throw new Error(`person ${id} is not in the loaded chain`);
    return p;
  }
}

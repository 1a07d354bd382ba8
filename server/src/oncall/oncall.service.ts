import { randomUUID } from 'node:crypto';
import { EntityManager } from '@mikro-orm/core';
import { Injectable, type OnModuleInit } from '@nestjs/common';
import { AuditService } from '../audit/audit.service.js';
import type { Viewer } from '../auth/viewer.js';
import { ItAbsenceEntry } from '../availability/it-absence.entity.js';
import { AppError } from '../common/app-error.js';
import { Clock } from '../common/clock.js';
import { isItStaff } from '../critical/critical-policy.js';
import type { Job } from '../jobs/job.entity.js';
import { JobsService } from '../jobs/jobs.service.js';
import { NotificationsService } from '../notifications/notifications.service.js';
import { Person } from '../people/person.entity.js';
import { Tenant } from '../tenants/tenant.entity.js';
import { OnCallPeriod } from './on-call-period.entity.js';

export const ON_CALL_END_JOB = 'oncall.end';
const MAX_PERIOD_MS = 31 * 24 * 3600_000;
const PHONE_PATTERN = /^\+?[0-9][0-9 -]{2,38}$/;

export interface ScheduleOnCallInput {
  startsAt: Date;
  endsAt: Date;
  personIds: string[];
  phone: string;
  note?: string | null;
}

export interface AnnounceAbsenceInput {
  startsAt: Date;
  endsAt: Date;
  kind: 'ABSENT' | 'REDUCED';
  note?: string | null;
}

function mayPlanIt(viewer: Viewer): boolean {
  return viewer.roles.includes('IT_LEAD');
}

function dateProblems(startsAt: Date, endsAt: Date, now: Date): string | null {
  if (Number.isNaN(startsAt.getTime()) || Number.isNaN(endsAt.getTime())) return 'INVALID_DATE';
  if (endsAt <= startsAt) return 'END_BEFORE_START';
  if (endsAt <= now) return 'IN_THE_PAST';
  if (endsAt.getTime() - startsAt.getTime() > MAX_PERIOD_MS) return 'TOO_LONG';
  return null;
}

/** Extraordinary on-call periods (beredskap) and announced IT absences, IT leads only. */
@Injectable()
export class OnCallService implements OnModuleInit {
  constructor(
    private readonly em: EntityManager,
    private readonly clock: Clock,
    private readonly audit: AuditService,
    private readonly jobs: JobsService,
    private readonly notifications: NotificationsService,
  ) {}

  onModuleInit(): void {
    this.jobs.register(ON_CALL_END_JOB, (em, job) => this.ended(em, job));
  }

  async upcoming(viewer: Viewer, tenantId: string): Promise<OnCallPeriod[]> {
    if (!viewer.tenantIds.includes(tenantId)) throw AppError.notFound('The municipality');
    return this.em.find(
      OnCallPeriod,
      { tenant: tenantId, endsAt: { $gt: this.clock.now() } },
      { orderBy: { startsAt: 'asc' } },
    );
  }

  async schedule(viewer: Viewer, input: ScheduleOnCallInput): Promise<OnCallPeriod> {
    if (!mayPlanIt(viewer)) throw AppError.forbidden('Only IT leads can schedule on-call periods.');
    const now = this.clock.now();
    const problem = dateProblems(input.startsAt, input.endsAt, now);
    if (problem) {
      throw AppError.badInput(
        'The on-call period must end after it starts, in the future, within 31 days.',
        [{ field: 'endsAt', code: problem, message: 'is not a valid end for the period' }],
      );
    }
    const phone = input.phone.trim();
    if (!PHONE_PATTERN.test(phone)) {
      throw AppError.badInput('Give the phone number to call during the period.', [
        { field: 'phone', code: 'INVALID_PHONE', message: 'is not a phone number' },
      ]);
    }
    const ids = [...new Set(input.personIds)];
    if (ids.length === 0 || ids.length !== input.personIds.length) {
      throw AppError.badInput('List the on-call people once each, first to call first.', [
        { field: 'personIds', code: 'INVALID_LIST', message: 'must list distinct people' },
      ]);
    }
    const tenantId = viewer.homeTenantId;
    return this.em.transactional(async (em) => {
      const people = await em.find(Person, { id: { $in: ids }, tenant: tenantId });
      if (people.length !== ids.length || !people.every((p) => isItStaff(p.roles))) {
        throw AppError.badInput('On-call people must be IT staff of your municipality.', [
          {
            field: 'personIds',
            code: 'NOT_IT_STAFF',
            message: 'includes someone who is not IT staff',
          },
        ]);
      }
      const creator = await em.findOneOrFail(Person, { id: viewer.personId });
      const period = em.create(OnCallPeriod, {
        id: randomUUID(),
        tenant: em.getReference(Tenant, tenantId),
        startsAt: input.startsAt,
        endsAt: input.endsAt,
        personIds: ids,
        phone,
        note: (input.note ?? '').trim().slice(0, 500),
        createdBy: creator,
        createdAt: now,
      });
      this.audit.record(em, {
        tenantId,
        actorId: viewer.personId,
        action: 'oncall.scheduled',
        entityType: 'OnCallPeriod',
        entityId: period.id,
        data: {
          startsAt: input.startsAt.toISOString(),
          endsAt: input.endsAt.toISOString(),
          personIds: ids,
          phone,
        },
      });
      // Announced in advance to everyone covered.
      const covered = await em.find(Person, { tenant: tenantId }, { fields: ['id'] });
      for (const p of covered) {
        await this.notifications.notify(em, {
          tenantId,
          recipientId: p.id,
          kind: 'ONCALL_ANNOUNCED',
          params: {
            startsAt: input.startsAt.toISOString(),
            endsAt: input.endsAt.toISOString(),
            phone,
          },
          text: `IT on-call from ${input.startsAt.toISOString()} to ${input.endsAt.toISOString()}: call ${phone} for critical problems.`,
        });
      }
      await this.jobs.schedule(em, {
        type: ON_CALL_END_JOB,
        key: `${ON_CALL_END_JOB}:${period.id}`,
        dueAt: input.endsAt,
        tenantId,
        payload: { periodId: period.id },
      });
      return period;
    });
  }

  async announceAbsence(viewer: Viewer, input: AnnounceAbsenceInput): Promise<ItAbsenceEntry> {
    if (!mayPlanIt(viewer)) throw AppError.forbidden('Only IT leads can announce IT absence.');
    const now = this.clock.now();
    const problem = dateProblems(input.startsAt, input.endsAt, now);
    if (problem) {
      throw AppError.badInput(
        'The absence must end after it starts, in the future, within 31 days.',
        [{ field: 'endsAt', code: problem, message: 'is not a valid end for the absence' }],
      );
    }
    const tenantId = viewer.homeTenantId;
    return this.em.transactional(async (em) => {
      const creator = await em.findOneOrFail(Person, { id: viewer.personId });
      const absence = em.create(ItAbsenceEntry, {
        id: randomUUID(),
        tenant: em.getReference(Tenant, tenantId),
        startsAt: input.startsAt,
        endsAt: input.endsAt,
        kind: input.kind,
        note: (input.note ?? '').trim().slice(0, 500),
        createdBy: creator,
        createdAt: now,
      });
      this.audit.record(em, {
        tenantId,
        actorId: viewer.personId,
        action: 'availability.absenceAnnounced',
        entityType: 'ItAbsence',
        entityId: absence.id,
        data: {
          kind: input.kind,
          startsAt: input.startsAt.toISOString(),
          endsAt: input.endsAt.toISOString(),
        },
      });
      return absence;
    });
  }

  private async ended(em: EntityManager, job: Job): Promise<void> {
    const period = await em.findOne(
      OnCallPeriod,
      { id: String(job.payload.periodId) },
      { filters: false },
    );
    if (!period) return;
    this.audit.record(em, {
      tenantId: period.tenant.id,
      actorId: null,
      action: 'oncall.ended',
      entityType: 'OnCallPeriod',
      entityId: period.id,
    });
  }
}

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
import { OrgUnit } from '../org/org-unit.entity.js';
import { unitsAndDescendants } from './coverage.js';
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
  tenantIds?: string[] | null;
  unitIds?: string[] | null;
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

  async schedule(viewer: Viewer, input: ScheduleOnCallInput): Promise<OnCallPeriod[]> {
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
    const tenantIds = [...new Set(input.tenantIds ?? [viewer.homeTenantId])];
    // A municipality the viewer does not serve is refused like an unknown one.
    if (tenantIds.length === 0 || !tenantIds.every((id) => viewer.tenantIds.includes(id))) {
      throw AppError.badInput('Choose the municipalities you serve that the period covers.', [
        { field: 'tenantIds', code: 'NOT_FOUND', message: 'includes an unknown municipality' },
      ]);
    }
    const unitIds = [...new Set(input.unitIds ?? [])];
    return this.em.transactional(async (em) => {
      const units = unitIds.length
        ? await em.find(
            OrgUnit,
            { id: { $in: unitIds }, tenant: { $in: tenantIds } },
            { filters: false },
          )
        : [];
      if (units.length !== unitIds.length) {
        throw AppError.badInput('Choose org units of the municipalities covered.', [
          { field: 'unitIds', code: 'NOT_FOUND', message: 'includes an unknown unit' },
        ]);
      }
      const staffTenants = [...new Set([viewer.homeTenantId, ...tenantIds])];
      const people = await em.find(
        Person,
        { id: { $in: ids }, tenant: { $in: staffTenants } },
        { filters: false },
      );
      if (people.length !== ids.length || !people.every((p) => isItStaff(p.roles))) {
        throw AppError.badInput('On-call people must be IT staff of your municipality.', [
          {
            field: 'personIds',
            code: 'NOT_IT_STAFF',
            message: 'includes someone who is not IT staff',
          },
        ]);
      }
      const creator = await em.findOneOrFail(Person, { id: viewer.personId }, { filters: false });
      const periods: OnCallPeriod[] = [];
      for (const tenantId of tenantIds) {
        const tenantUnits = units.filter((u) => u.tenant.id === tenantId).map((u) => u.id);
        const period = em.create(OnCallPeriod, {
          id: randomUUID(),
          tenant: em.getReference(Tenant, tenantId),
          startsAt: input.startsAt,
          endsAt: input.endsAt,
          personIds: ids,
          unitIds: tenantUnits,
          phone,
          note: (input.note ?? '').trim().slice(0, 500),
          createdBy: creator,
          createdAt: now,
        });
        periods.push(period);
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
            unitIds: tenantUnits,
            phone,
          },
        });
        // Announced in advance to everyone covered, and to the on-call people themselves.
        const covered = await this.coveredPeople(em, tenantId, tenantUnits);
        const recipients = new Map<string, string>(covered.map((id) => [id, tenantId]));
        for (const p of people) if (!recipients.has(p.id)) recipients.set(p.id, p.tenant.id);
        await this.notifications.notifyAll(
          em,
          [...recipients].map(([recipientId, recipientTenant]) => ({
            tenantId: recipientTenant,
            recipientId,
            kind: 'ONCALL_ANNOUNCED',
            params: {
              startsAt: input.startsAt.toISOString(),
              endsAt: input.endsAt.toISOString(),
              phone,
            },
            text: `IT on-call from ${input.startsAt.toISOString()} to ${input.endsAt.toISOString()}: call ${phone} for critical problems.`,
          })),
        );
        await this.jobs.schedule(em, {
          type: ON_CALL_END_JOB,
          key: `${ON_CALL_END_JOB}:${period.id}`,
          dueAt: input.endsAt,
          tenantId,
          payload: { periodId: period.id },
        });
      }
      return periods;
    });
  }

  /** People of a municipality in the units (or below them); everyone when no unit is listed. */
  private async coveredPeople(
    em: EntityManager,
    tenantId: string,
    unitIds: readonly string[],
  ): Promise<string[]> {
    const where =
      unitIds.length === 0
        ? { tenant: tenantId }
        : {
            tenant: tenantId,
            orgUnit: { $in: [...(await unitsAndDescendants(em, tenantId, unitIds))] },
          };
    const people = await em.find(Person, where, { fields: ['id'], filters: false });
    return people.map((p) => p.id);
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
      // Changes what everyone in the municipality sees, so everyone is told in advance.
      await this.notifications.notifyAll(
        em,
        (await this.coveredPeople(em, tenantId, [])).map((recipientId) => ({
          tenantId,
          recipientId,
          kind: 'IT_ABSENCE_ANNOUNCED',
          params: {
            kind: input.kind,
            startsAt: input.startsAt.toISOString(),
            endsAt: input.endsAt.toISOString(),
          },
          text: `IT ${input.kind === 'ABSENT' ? 'is absent' : 'has reduced availability'} from ${input.startsAt.toISOString()} to ${input.endsAt.toISOString()}.`,
        })),
      );
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
    // The IT lead who planned it and the on-call people learn that it is over.
    const recipients = await em.find(
      Person,
      { id: { $in: [...new Set([period.createdBy.id, ...period.personIds])] } },
      { fields: ['id', 'tenant'], filters: false },
    );
    await this.notifications.notifyAll(
      em,
      recipients.map((p) => ({
        tenantId: p.tenant.id,
        recipientId: p.id,
        kind: 'ONCALL_ENDED',
        params: { endsAt: period.endsAt.toISOString(), phone: period.phone },
        text: `The IT on-call period that ended ${period.endsAt.toISOString()} is over.`,
      })),
    );
  }
}

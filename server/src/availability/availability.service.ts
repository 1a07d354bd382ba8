import { EntityManager } from '@mikro-orm/core';
import { Injectable } from '@nestjs/common';
import { itAvailabilityAt, type ItAvailability } from '@linje/shared';
import { CalendarsService } from '../calendars/calendars.service.js';
import { coversUnitChain, unitChainOf } from '../oncall/coverage.js';
import { OnCallPeriod } from '../oncall/on-call-period.entity.js';
import { Tenant } from '../tenants/tenant.entity.js';
import { ItAbsenceEntry } from './it-absence.entity.js';

export interface TenantAvailability extends ItAvailability {
  /** The on-call period in force, when tier is 'on-call'. */
  onCall: OnCallPeriod | null;
}

/** IT availability of a municipality at an instant: calendars + absences + on-call periods. */
@Injectable()
export class AvailabilityService {
  constructor(private readonly calendars: CalendarsService) {}

  /**
   * System-level read (no viewer scope); callers check access to the tenant. For a person,
   * on-call periods limited to org units count only when they cover the person's unit.
   */
  async at(
    em: EntityManager,
    tenant: Tenant,
    at: Date,
    personId?: string,
  ): Promise<TenantAvailability> {
    const [calendars, absences, allOnCall] = await Promise.all([
      this.calendars.itCalendars(em, tenant),
      em.find(ItAbsenceEntry, { tenant: tenant.id, endsAt: { $gt: at } }, { filters: false }),
      em.find(
        OnCallPeriod,
        { tenant: tenant.id, endsAt: { $gt: at } },
        { filters: false, orderBy: { startsAt: 'asc' } },
      ),
    ]);
    const limited = allOnCall.some((p) => p.unitIds.length > 0);
    const chain = limited && personId ? await unitChainOf(em, personId) : [];
    const onCall = allOnCall.filter((p) => coversUnitChain(p.unitIds, chain));
    const availability = itAvailabilityAt(
      {
        core: calendars.core,
        extended: calendars.extended,
        absences: absences.map((a) => ({
          start: a.startsAt,
          end: a.endsAt,
          kind: a.kind,
          note: a.note,
        })),
        onCallPeriods: onCall.map((p) => ({ start: p.startsAt, end: p.endsAt })),
      },
      at,
    );
    const active =
      availability.tier === 'on-call'
        ? (onCall.find((p) => p.startsAt <= at && at < p.endsAt) ?? null)
        : null;
    return { ...availability, onCall: active };
  }
}

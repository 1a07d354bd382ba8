import { randomUUID } from 'node:crypto';
import { EntityManager } from '@mikro-orm/core';
import { Injectable } from '@nestjs/common';
import { standardItCalendars, validateCalendar, type BusinessCalendar } from '@linje/shared';
import { AuditService } from '../audit/audit.service.js';
import type { Viewer } from '../auth/viewer.js';
import { AppError } from '../common/app-error.js';
import { Clock } from '../common/clock.js';
import { TenantSettingsCache } from '../database/tenant-settings-cache.js';
import { Tenant } from '../tenants/tenant.entity.js';
import {
  IT_CORE_CALENDAR,
  IT_EXTENDED_CALENDAR,
  TenantCalendar,
} from './tenant-calendar.entity.js';

const NAME_PATTERN = /^[A-Z][A-Z0-9_]{1,39}$/;

export interface CalendarEntry {
  id: string;
  name: string;
  calendar: BusinessCalendar;
  /** Null for a standard calendar that has not been saved. */
  updatedAt: Date | null;
  stored: boolean;
}

export interface ItCalendars {
  core: BusinessCalendar;
  extended: BusinessCalendar;
}

/** Stored business calendars per municipality; IT falls back to the standard calendars. */
@Injectable()
export class CalendarsService {
  constructor(
    private readonly em: EntityManager,
    private readonly clock: Clock,
    private readonly audit: AuditService,
    private readonly settings: TenantSettingsCache,
  ) {}

  /** The IT core and extended calendars of a tenant (system use: no viewer scope). */
  async itCalendars(em: EntityManager, tenant: Tenant): Promise<ItCalendars> {
    const rows = await em.find(
      TenantCalendar,
      { tenant: tenant.id, name: { $in: [IT_CORE_CALENDAR, IT_EXTENDED_CALENDAR] } },
      { filters: false },
    );
    const standard = standardItCalendars(tenant.timeZone, tenant.country);
    const byName = new Map(rows.map((r) => [r.name, r.calendar]));
    return {
      core: byName.get(IT_CORE_CALENDAR) ?? standard.core,
      extended: byName.get(IT_EXTENDED_CALENDAR) ?? standard.extended,
    };
  }

  /** A named calendar of a tenant; the standard IT calendars stand in when none is stored. */
  async byName(em: EntityManager, tenant: Tenant, name: string): Promise<BusinessCalendar> {
    // Read on every ticket change by the SLA hook; see TenantSettingsCache for freshness.
    return this.settings.get(`${tenant.id}:calendar:${name}`, async () => {
      const row = await em.findOne(TenantCalendar, { tenant: tenant.id, name }, { filters: false });
      if (row) return row.calendar;
      const standard = standardItCalendars(tenant.timeZone, tenant.country);
      return name === IT_CORE_CALENDAR ? standard.core : standard.extended;
    });
  }

  /**
   * The municipality's stored calendars, with the standard IT core and extended calendars
   * standing in (not stored) where none has been saved, so they can be viewed and adjusted.
   */
  async list(viewer: Viewer, tenantId: string): Promise<CalendarEntry[]> {
    if (!viewer.tenantIds.includes(tenantId)) throw AppError.notFound('The municipality');
    const [rows, tenant] = await Promise.all([
      this.em.find(TenantCalendar, { tenant: tenantId }, { orderBy: { name: 'asc' } }),
      this.em.findOneOrFail(Tenant, { id: tenantId }),
    ]);
    const entries: CalendarEntry[] = rows.map((r) => ({
      id: r.id,
      name: r.name,
      calendar: r.calendar,
      updatedAt: r.updatedAt,
      stored: true,
    }));
    const standard = standardItCalendars(tenant.timeZone, tenant.country);
    for (const [name, calendar] of [
      [IT_CORE_CALENDAR, standard.core],
      [IT_EXTENDED_CALENDAR, standard.extended],
    ] as const) {
      if (!rows.some((r) => r.name === name)) {
        entries.push({ id: `standard:${name}`, name, calendar, updatedAt: null, stored: false });
      }
    }
    return entries.sort((a, b) => a.name.localeCompare(b.name));
  }

  /** Creates or replaces a named calendar; IT leads and administrators of the tenant only. */
  async save(
    viewer: Viewer,
    tenantId: string,
    name: string,
    calendarJson: string,
  ): Promise<TenantCalendar> {
    if (!viewer.tenantIds.includes(tenantId)) throw AppError.notFound('The municipality');
    if (!viewer.roles.some((r) => r === 'IT_LEAD' || r === 'ADMINISTRATOR')) {
      throw AppError.forbidden('Only IT leads and administrators can change business calendars.');
    }
    if (!NAME_PATTERN.test(name)) {
      throw AppError.badInput('Use a calendar name like IT_CORE or CONTACT_CENTRE.', [
        { field: 'name', code: 'INVALID_NAME', message: 'must be A–Z, 0–9 and _ (2–40)' },
      ]);
    }
    let parsed: unknown;
    try {
      parsed = JSON.parse(calendarJson);
    } catch {
      throw AppError.badInput('The calendar is not valid JSON.', [
        { field: 'calendar', code: 'INVALID_JSON', message: 'is not valid JSON' },
      ]);
    }
    const result = validateCalendar(parsed);
    if (!result.ok) {
      throw AppError.badInput(
        `The calendar is not valid: ${result.errors.map((e) => `${e.path}: ${e.message}`).join(' ')}`,
        result.errors.map((e) => ({
          field: `calendar.${e.path}`,
          code: 'INVALID_CALENDAR',
          message: e.message,
        })),
      );
    }
    return this.em.transactional(async (em) => {
      const now = this.clock.now();
      let row = await em.findOne(TenantCalendar, { tenant: tenantId, name });
      if (row) {
        row.calendar = result.calendar;
        row.updatedAt = now;
      } else {
        row = em.create(TenantCalendar, {
          id: randomUUID(),
          tenant: em.getReference(Tenant, tenantId),
          name,
          calendar: result.calendar,
          updatedAt: now,
        });
      }
      this.audit.record(em, {
        tenantId,
        actorId: viewer.personId,
        action: 'calendar.saved',
        entityType: 'TenantCalendar',
        entityId: row.id,
        data: { name },
      });
      return row;
    });
  }
}

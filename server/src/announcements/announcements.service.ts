import { randomUUID } from 'node:crypto';
import { EntityManager, UniqueConstraintViolationException } from '@mikro-orm/core';
import { Injectable } from '@nestjs/common';
import {
  ANNOUNCEMENT_BODY_MAX_LENGTH,
  ANNOUNCEMENT_KINDS,
  ANNOUNCEMENT_SEVERITIES,
  ANNOUNCEMENT_TITLE_MAX_LENGTH,
  type AnnouncementKind,
  type AnnouncementSeverity,
  announcementEnd,
  announcementWindowProblem,
  cleanSingleLine,
  codePointLength,
  isAnnouncementActive,
  OPEN_TICKET_STATUSES,
} from '@linje/shared';
import { AuditService } from '../audit/audit.service.js';
import { assertAllowed, assertVisible, inTenant, isAgent } from '../auth/access-policy.js';
import type { Viewer } from '../auth/viewer.js';
import { AppError } from '../common/app-error.js';
import { Clock } from '../common/clock.js';
import { coversUnitChain, unitChainOf } from '../oncall/coverage.js';
import { OrgUnit } from '../org/org-unit.entity.js';
import { Person } from '../people/person.entity.js';
import { Tenant } from '../tenants/tenant.entity.js';
import { Ticket } from '../tickets/ticket.entity.js';
import { sanitizeRichText } from '../tickets/rich-text.js';
import { Announcement, AnnouncementAffected } from './announcement.entity.js';

const NO_FILTERS = { filters: false } as const;
/** Agents still see what ended this recently, to check or correct it. */
const RECENTLY_ENDED_MS = 7 * 24 * 3600_000;

export interface AnnouncementFields {
  kind: string;
  severity: string;
  title: string;
  body: string;
  startsAt: Date;
  endsAt: Date;
  unitIds?: string[] | null;
  incidentId?: string | null;
}

export interface PublishAnnouncementFields extends AnnouncementFields {
  tenantIds?: string[] | null;
}

export interface AnnouncementView {
  announcement: Announcement;
  affectedCount: number;
  viewerAffected: boolean;
}

interface Checked {
  kind: AnnouncementKind;
  severity: AnnouncementSeverity;
  title: string;
  bodyHtml: string;
  startsAt: Date;
  endsAt: Date;
}

/** Announcements of outages, maintenance, IT absence and on-call periods, published by agents. */
@Injectable()
export class AnnouncementsService {
  constructor(
    private readonly em: EntityManager,
    private readonly clock: Clock,
    private readonly audit: AuditService,
  ) {}

  /** What is active now for the viewer: agents see every unit, others what concerns them. */
  async active(viewer: Viewer): Promise<AnnouncementView[]> {
    const now = this.clock.now();
    const found = await this.em.find(
      Announcement,
      { tenant: { $in: viewer.tenantIds }, startsAt: { $lte: now }, endsAt: { $gt: now } },
      { ...NO_FILTERS, populate: ['incident'], orderBy: { startsAt: 'desc', id: 'asc' } },
    );
    const chain = isAgent(viewer) ? null : await unitChainOf(this.em, viewer.personId);
    const shown = found.filter(
      (a) => isAnnouncementActive(a, now) && (chain === null || coversUnitChain(a.unitIds, chain)),
    );
    return this.views(viewer, shown);
  }

  /** Current, coming and recently ended announcements of a municipality (agents). */
  async list(viewer: Viewer, tenantId: string): Promise<AnnouncementView[]> {
    assertVisible(inTenant(viewer, tenantId), 'The municipality');
    assertAllowed(isAgent(viewer), 'Only IT agents manage announcements.');
    const since = new Date(this.clock.now().getTime() - RECENTLY_ENDED_MS);
    const found = await this.em.find(
      Announcement,
      { tenant: tenantId, endsAt: { $gt: since } },
      { ...NO_FILTERS, populate: ['incident'], orderBy: { startsAt: 'desc', id: 'asc' } },
    );
    return this.views(
      viewer,
      found.filter((a) => announcementEnd(a) > since),
    );
  }

  /** Open major incidents an outage can be linked to (agents). */
  async openMajorIncidents(viewer: Viewer, tenantId: string): Promise<Ticket[]> {
    assertVisible(inTenant(viewer, tenantId), 'The municipality');
    assertAllowed(isAgent(viewer), 'Only IT agents manage announcements.');
    return this.em.find(
      Ticket,
      { tenant: tenantId, majorIncident: true, status: { $in: [...OPEN_TICKET_STATUSES] } },
      { ...NO_FILTERS, orderBy: { createdAt: 'desc', id: 'asc' }, limit: 50 },
    );
  }

  async publish(viewer: Viewer, input: PublishAnnouncementFields): Promise<AnnouncementView[]> {
    assertAllowed(isAgent(viewer), 'Only IT agents publish announcements.');
    const tenantIds = [...new Set(input.tenantIds ?? [viewer.homeTenantId])];
    if (tenantIds.length === 0 || !tenantIds.every((id) => inTenant(viewer, id))) {
      throw AppError.badInput('Choose the municipalities you serve that it concerns.', [
        { field: 'tenantIds', code: 'NOT_FOUND', message: 'includes an unknown municipality' },
      ]);
    }
    const checked = this.check(input);
    const now = this.clock.now();
    const created = await this.em.transactional(async (em) => {
      const unitIds = await this.units(em, tenantIds, input.unitIds ?? []);
      const incident = await this.incident(em, viewer, checked.kind, input.incidentId ?? null);
      const creator = em.getReference(Person, viewer.personId);
      return tenantIds.map((tenantId) => {
        const a = em.create(Announcement, {
          id: randomUUID(),
          tenant: em.getReference(Tenant, tenantId),
          ...checked,
          unitIds: unitIds.filter((u) => u.tenantId === tenantId).map((u) => u.id),
          incident: incident && incident.tenant.id === tenantId ? incident : null,
          endedAt: null,
          createdBy: creator,
          createdAt: now,
          updatedAt: now,
        });
        this.audit.record(em, {
          tenantId,
          actorId: viewer.personId,
          action: 'announcement.published',
          entityType: 'Announcement',
          entityId: a.id,
          data: auditData(a),
        });
        return a;
      });
    });
    return this.views(viewer, created);
  }

  async update(viewer: Viewer, id: string, input: AnnouncementFields): Promise<AnnouncementView> {
    const checked = this.check(input);
    const saved = await this.em.transactional(async (em) => {
      const a = await this.editable(em, viewer, id);
      const before = auditData(a);
      const tenantId = a.tenant.id;
      const unitIds = await this.units(em, [tenantId], input.unitIds ?? []);
      const incident = await this.incident(em, viewer, checked.kind, input.incidentId ?? null);
      if (incident && incident.tenant.id !== tenantId) {
        throw AppError.badInput('Link a major incident of the same municipality.', [
          { field: 'incidentId', code: 'NOT_FOUND', message: 'is not a major incident here' },
        ]);
      }
      Object.assign(a, checked, {
        unitIds: unitIds.map((u) => u.id),
        incident,
        updatedAt: this.clock.now(),
      });
      this.audit.record(em, {
        tenantId,
        actorId: viewer.personId,
        action: 'announcement.updated',
        entityType: 'Announcement',
        entityId: a.id,
        data: { ...auditData(a), before },
      });
      return a;
    });
    return (await this.views(viewer, [saved]))[0] as AnnouncementView;
  }

  /** Stops showing it now; its end stays on record. */
  async end(viewer: Viewer, id: string): Promise<AnnouncementView> {
    const saved = await this.em.transactional(async (em) => {
      const a = await this.editable(em, viewer, id);
      const now = this.clock.now();
      a.endedAt = now;
      a.updatedAt = now;
      this.audit.record(em, {
        tenantId: a.tenant.id,
        actorId: viewer.personId,
        action: 'announcement.ended',
        entityType: 'Announcement',
        entityId: a.id,
        data: { endedAt: now.toISOString() },
      });
      return a;
    });
    return (await this.views(viewer, [saved]))[0] as AnnouncementView;
  }

  /**
   * The viewer says the outage affects them too. Saying it again changes nothing: a person
   * is counted once per announcement (a unique row, so also when two requests race).
   */
  async joinAsAffected(viewer: Viewer, id: string): Promise<AnnouncementView> {
    const now = this.clock.now();
    const a = await this.em.findOne(
      Announcement,
      { id, tenant: { $in: viewer.tenantIds } },
      { ...NO_FILTERS, populate: ['incident'] },
    );
    const chain = a && !isAgent(viewer) ? await unitChainOf(this.em, viewer.personId) : null;
    assertVisible(
      !!a && isAnnouncementActive(a, now) && (chain === null || coversUnitChain(a.unitIds, chain)),
      'The announcement',
    );
    const found = a as Announcement;
    if (!found.incident) {
      throw AppError.badInput('Only an outage linked to a major incident can be joined.', [
        { field: 'id', code: 'NOT_JOINABLE', message: 'has no major incident' },
      ]);
    }
    const already = await this.em.count(
      AnnouncementAffected,
      { announcement: id, person: viewer.personId },
      NO_FILTERS,
    );
    if (already === 0) {
      try {
        await this.em.transactional(async (em) => {
          const row = em.create(AnnouncementAffected, {
            id: randomUUID(),
            tenant: em.getReference(Tenant, found.tenant.id),
            announcement: em.getReference(Announcement, id),
            person: em.getReference(Person, viewer.personId),
            createdAt: now,
          });
          this.audit.record(em, {
            tenantId: found.tenant.id,
            actorId: viewer.personId,
            action: 'announcement.affected_joined',
            entityType: 'Announcement',
            entityId: id,
            data: { affectedId: row.id, incidentId: found.incident?.id ?? null },
          });
        });
      } catch (err) {
        // Another request of the same person got there first: they are counted once.
        if (!(err instanceof UniqueConstraintViolationException)) throw err;
        this.em.clear();
      }
    }
    return (await this.views(viewer, [found]))[0] as AnnouncementView;
  }

  private async editable(em: EntityManager, viewer: Viewer, id: string): Promise<Announcement> {
    const a = await em.findOne(
      Announcement,
      { id, tenant: { $in: viewer.tenantIds } },
      { ...NO_FILTERS, populate: ['incident'] },
    );
    assertVisible(!!a, 'The announcement');
    assertAllowed(isAgent(viewer), 'Only IT agents manage announcements.');
    const found = a as Announcement;
    if (announcementEnd(found) <= this.clock.now()) {
      throw AppError.badInput('The announcement has ended; publish a new one.', [
        { field: 'id', code: 'ENDED', message: 'has ended' },
      ]);
    }
    return found;
  }

  private check(input: AnnouncementFields): Checked {
    if (!(ANNOUNCEMENT_KINDS as readonly string[]).includes(input.kind)) {
      throw AppError.badInput('Choose what kind of announcement it is.', [
        {
          field: 'kind',
          code: 'INVALID_KIND',
          message: `must be one of ${ANNOUNCEMENT_KINDS.join(', ')}`,
        },
      ]);
    }
    if (!(ANNOUNCEMENT_SEVERITIES as readonly string[]).includes(input.severity)) {
      throw AppError.badInput('Choose how severe it is.', [
        {
          field: 'severity',
          code: 'INVALID_SEVERITY',
          message: `must be one of ${ANNOUNCEMENT_SEVERITIES.join(', ')}`,
        },
      ]);
    }
    const title = cleanSingleLine(input.title);
    if (!title.ok || title.value.length === 0) {
      throw AppError.badInput('Give the announcement a title.', [
        { field: 'title', code: 'REQUIRED', message: 'is required' },
      ]);
    }
    if (codePointLength(title.value) > ANNOUNCEMENT_TITLE_MAX_LENGTH) {
      throw AppError.badInput(
        `The title can be at most ${ANNOUNCEMENT_TITLE_MAX_LENGTH} characters.`,
        [{ field: 'title', code: 'TOO_LONG', message: 'is too long' }],
      );
    }
    if (input.body.length > ANNOUNCEMENT_BODY_MAX_LENGTH) {
      throw AppError.badInput(
        `The text can be at most ${ANNOUNCEMENT_BODY_MAX_LENGTH} characters.`,
        [{ field: 'body', code: 'TOO_LONG', message: 'is too long' }],
      );
    }
    const bodyHtml = sanitizeRichText(input.body);
    const problem = announcementWindowProblem(input.startsAt, input.endsAt, this.clock.now());
    if (problem) {
      const message = {
        INVALID_DATE: 'Give a valid start and end.',
        END_BEFORE_START: 'The end must be after the start.',
        IN_THE_PAST: 'The end must be in the future.',
        TOO_LONG: 'An announcement can last at most 90 days.',
      }[problem];
      throw AppError.badInput(message, [{ field: 'endsAt', code: problem, message }]);
    }
    return {
      kind: input.kind as AnnouncementKind,
      severity: input.severity as AnnouncementSeverity,
      title: title.value,
      bodyHtml,
      startsAt: input.startsAt,
      endsAt: input.endsAt,
    };
  }

  private async units(
    em: EntityManager,
    tenantIds: readonly string[],
    unitIds: readonly string[],
  ): Promise<{ id: string; tenantId: string }[]> {
    const ids = [...new Set(unitIds)];
    if (ids.length === 0) return [];
    const units = await em.find(
      OrgUnit,
      { id: { $in: ids }, tenant: { $in: [...tenantIds] } },
      NO_FILTERS,
    );
    if (units.length !== ids.length) {
      throw AppError.badInput('Choose org units of the municipalities concerned.', [
        { field: 'unitIds', code: 'NOT_FOUND', message: 'includes an unknown unit' },
      ]);
    }
    return units.map((u) => ({ id: u.id, tenantId: u.tenant.id }));
  }

  private async incident(
    em: EntityManager,
    viewer: Viewer,
    kind: AnnouncementKind,
    incidentId: string | null,
  ): Promise<Ticket | null> {
    if (!incidentId) return null;
    if (kind !== 'OUTAGE') {
      throw AppError.badInput('Only an outage can be linked to a major incident.', [
        { field: 'incidentId', code: 'NOT_AN_OUTAGE', message: 'needs an outage' },
      ]);
    }
    const ticket = await em.findOne(
      Ticket,
      { id: incidentId, tenant: { $in: viewer.tenantIds } },
      NO_FILTERS,
    );
    if (!ticket || !ticket.majorIncident) {
      throw AppError.badInput('Link a ticket marked as a major incident.', [
        { field: 'incidentId', code: 'NOT_MAJOR_INCIDENT', message: 'is not a major incident' },
      ]);
    }
    return ticket;
  }

  private async views(viewer: Viewer, list: Announcement[]): Promise<AnnouncementView[]> {
    if (list.length === 0) return [];
    const ids = list.map((a) => a.id);
    const rows = await this.em.find(
      AnnouncementAffected,
      { announcement: { $in: ids } },
      { ...NO_FILTERS, fields: ['announcement', 'person'] },
    );
    return list.map((announcement) => {
      const mine = rows.filter((r) => r.announcement.id === announcement.id);
      return {
        announcement,
        affectedCount: mine.length,
        viewerAffected: mine.some((r) => r.person.id === viewer.personId),
      };
    });
  }
}

function auditData(a: Announcement): Record<string, unknown> {
  return {
    kind: a.kind,
    severity: a.severity,
    title: a.title,
    startsAt: a.startsAt.toISOString(),
    endsAt: a.endsAt.toISOString(),
    unitIds: a.unitIds,
    incidentId: a.incident?.id ?? null,
  };
}

import { EntityManager, type FilterQuery } from '@mikro-orm/core';
import { Injectable } from '@nestjs/common';
import { guardCsvFormula } from '@linje/shared';
import type { Viewer } from '../auth/viewer.js';
import { AppError } from '../common/app-error.js';
import { Person } from '../people/person.entity.js';
import { AuditEvent } from './audit-event.entity.js';
import type { AuditLogArgs, AuditLogEntryModel } from './audit-log.model.js';

const MAX_PAGE = 500;
const MAX_EXPORT = 50_000;
const CODE = /^[A-Za-z0-9_.]{1,64}$/;

/** Neutralises spreadsheet formulas (the register's rule) and quotes every field. */
export function csvField(value: string): string {
  return `"${guardCsvFormula(value).replace(/"/g, '""')}"`;
}

/**
 * The audit log for auditors: their own municipality only (not those they are granted),
 * read-only, filtered by time, actor, action and entity.
 */
@Injectable()
export class AuditLogService {
  constructor(private readonly em: EntityManager) {}

  private where(viewer: Viewer, args: AuditLogArgs): FilterQuery<AuditEvent> {
    if (!viewer.roles.includes('AUDITOR')) {
      throw AppError.forbidden('Only auditors can read the audit log.');
    }
    const problems = [];
    if (args.from && args.to && args.from.getTime() > args.to.getTime()) {
      problems.push({ field: 'to', code: 'BEFORE_FROM', message: 'must not be before from' });
    }
    for (const field of ['action', 'entityType'] as const) {
      const v = args[field];
      if (v && !CODE.test(v)) {
        problems.push({ field, code: 'INVALID', message: 'letters, digits, _ and . only' });
      }
    }
    if (problems.length) throw AppError.badInput('Check the filters.', problems);
    const where: FilterQuery<AuditEvent> & Record<string, unknown> = {
      tenant: viewer.homeTenantId,
    };
    const at: Record<string, Date> = {};
    if (args.from) at['$gte'] = args.from;
    if (args.to) at['$lt'] = args.to;
    if (Object.keys(at).length) where['at'] = at;
    if (args.actorId) where['actorId'] = args.actorId;
    if (args.action) {
      where['action'] = args.action.endsWith('.') ? { $like: `${args.action}%` } : args.action;
    }
    if (args.entityType) where['entityType'] = args.entityType;
    if (args.entityId) where['entityId'] = args.entityId;
    return where;
  }

  async search(viewer: Viewer, args: AuditLogArgs): Promise<AuditLogEntryModel[]> {
    const first = Math.min(Math.max(args.first ?? 100, 1), MAX_PAGE);
    const offset = Math.max(args.offset ?? 0, 0);
    return this.load(this.where(viewer, args), first, offset);
  }

  /** Every matching entry (up to 50,000), oldest first, as CSV. */
  async exportCsv(viewer: Viewer, args: AuditLogArgs): Promise<string> {
    const rows = await this.load(this.where(viewer, args), MAX_EXPORT, 0, 'asc');
    const header = [
      'at',
      'actorId',
      'actorName',
      'action',
      'entityType',
      'entityId',
      'chainSeq',
      'data',
    ];
    const lines = rows.map((r) =>
      [
        r.at.toISOString(),
        r.actorId ?? '',
        r.actorName ?? '',
        r.action,
        r.entityType,
        r.entityId,
        r.chainSeq === null ? '' : String(r.chainSeq),
        r.data,
      ]
        .map(csvField)
        .join(','),
    );
    return [header.join(','), ...lines].join('\r\n') + '\r\n';
  }

  private async load(
    where: FilterQuery<AuditEvent>,
    limit: number,
    offset: number,
    order: 'asc' | 'desc' = 'desc',
  ): Promise<AuditLogEntryModel[]> {
    const events = await this.em.find(AuditEvent, where, {
      orderBy: { at: order, chainSeq: order, id: order },
      limit,
      offset,
    });
    const actorIds = [...new Set(events.map((e) => e.actorId).filter((id): id is string => !!id))];
    // Actors may be IT staff of another municipality serving this one.
    const people = actorIds.length
      ? await this.em.find(Person, { id: { $in: actorIds } }, { filters: false })
      : [];
    const names = new Map(people.map((p) => [p.id, `${p.givenName} ${p.surname}`]));
    return events.map((e) => ({
      id: e.id,
      at: e.at,
      actorId: e.actorId ?? null,
      actorName: e.actorId ? (names.get(e.actorId) ?? null) : null,
      action: e.action,
      entityType: e.entityType,
      entityId: e.entityId,
      data: JSON.stringify(e.data ?? {}),
      chainSeq: e.chainSeq ?? null,
    }));
  }
}

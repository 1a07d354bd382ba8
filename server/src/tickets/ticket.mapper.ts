import type { Category } from '../categories/category.entity.js';
import type { Person } from '../people/person.entity.js';
import type {
  CategoryRefModel,
  OperatorGroupModel,
  TicketEntryModel,
} from './models/refs.model.js';
import type { OperatorGroup } from './operator-group.entity.js';
import type { TicketEntry } from './ticket-entry.entity.js';
import type { PersonSummaryModel } from '../people/models/person.model.js';
import type { Tenant } from '../tenants/tenant.entity.js';
import type { TenantModel } from '../tenants/tenant.model.js';
import type { TicketModel } from './models/ticket.model.js';
import { plainTextToHtml } from './rich-text.js';
import type { Ticket } from './ticket.entity.js';

export function toPersonSummary(p: Person): PersonSummaryModel {
  return {
    id: p.id,
    displayName: `${p.givenName} ${p.surname}`,
    jobTitle: p.jobTitle ?? null,
    workPhone: p.workPhone ?? null,
  };
}

export function toTenantModel(t: Tenant): TenantModel {
  return {
    id: t.id,
    code: t.code,
    name: t.name,
    timeZone: t.timeZone,
    urgentPhone: t.urgentPhone ?? null,
    supportPhone: t.supportPhone ?? null,
  };
}

export function toOperatorGroupModel(g: OperatorGroup): OperatorGroupModel {
  return { id: g.id, name: g.name, line: g.line, tenantId: g.tenant.id };
}

export function toCategoryModel(c: Category): CategoryRefModel {
  return { id: c.id, name: c.name, parentId: c.parent?.id ?? null };
}

/** Expects the author to be loaded. */
export function toEntryModel(e: TicketEntry): TicketEntryModel {
  const str = (v: unknown): string | null => (typeof v === 'string' ? v : null);
  return {
    id: e.id,
    kind: e.kind,
    author: e.author ? toPersonSummary(e.author) : null,
    body: e.body,
    field: str(e.data['field']),
    from: str(e.data['from']),
    to: str(e.data['to']),
    reason: str(e.data['reason']),
    quoted: str(e.data['quoted']),
    timeSpentMinutes: e.timeSpentMinutes,
    createdAt: e.createdAt,
  };
}

/** Expects tenant, caller, subject, category, asset, group and operator to be loaded. */
export function toTicketModel(t: Ticket): TicketModel {
  return {
    id: t.id,
    number: t.number,
    title: t.title,
    description: t.description,
    descriptionHtml: t.descriptionHtml ?? plainTextToHtml(t.description),
    status: t.status,
    priority: t.priority,
    channel: t.channel,
    tenant: toTenantModel(t.tenant),
    caller: toPersonSummary(t.caller),
    subject: toPersonSummary(t.subject),
    category: t.category
      ? { id: t.category.id, name: t.category.name, parentId: t.category.parent?.id ?? null }
      : null,
    asset: t.asset
      ? { id: t.asset.id, tag: t.asset.tag, name: t.asset.name, kind: t.asset.kind }
      : null,
    impact: t.impact ?? null,
    urgency: t.urgency ?? null,
    priorityReason: t.priorityReason ?? null,
    group: t.group ? toOperatorGroupModel(t.group) : null,
    operator: t.operator ? toPersonSummary(t.operator) : null,
    line: t.line,
    responseDueAt: t.responseDueAt ?? null,
    resolutionDueAt: t.resolutionDueAt ?? null,
    slaDueAt: t.slaDueAt ?? null,
    resolvedAt: t.resolvedAt ?? null,
    rating: t.rating ?? null,
    ratingComment: t.ratingComment ?? null,
    majorIncident: t.majorIncident,
    parentId: t.parent?.id ?? null,
    mergedIntoId: t.mergedInto?.id ?? null,
    timeSpentMinutes: t.timeSpentMinutes,
    createdAt: t.createdAt,
    updatedAt: t.updatedAt,
    version: t.version,
  };
}

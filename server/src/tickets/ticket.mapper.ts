import type { Person } from '../people/person.entity.js';
import type { PersonSummaryModel } from '../people/models/person.model.js';
import type { Tenant } from '../tenants/tenant.entity.js';
import type { TenantModel } from '../tenants/tenant.model.js';
import type { TicketModel } from './models/ticket.model.js';
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

/** Expects tenant, caller and subject to be loaded. */
export function toTicketModel(t: Ticket): TicketModel {
  return {
    id: t.id,
    number: t.number,
    title: t.title,
    description: t.description,
    status: t.status,
    priority: t.priority,
    channel: t.channel,
    tenant: toTenantModel(t.tenant),
    caller: toPersonSummary(t.caller),
    subject: toPersonSummary(t.subject),
    createdAt: t.createdAt,
    updatedAt: t.updatedAt,
    version: t.version,
  };
}

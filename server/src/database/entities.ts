import { AuditEvent } from '../audit/audit-event.entity.js';
import { Session } from '../auth/session.entity.js';
import { Person } from '../people/person.entity.js';
import { TenantAccess } from '../people/tenant-access.entity.js';
import { Tenant } from '../tenants/tenant.entity.js';
import { TicketCounter } from '../tickets/ticket-counter.entity.js';
import { Ticket } from '../tickets/ticket.entity.js';

/** Every entity Linje persists. Add new ones here; migrations are generated from this list. */
export const ENTITIES = [Tenant, Person, TenantAccess, Session, AuditEvent, Ticket, TicketCounter];

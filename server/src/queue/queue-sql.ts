import type { TicketChannel, TicketPriority, TicketStatus } from '@linje/shared';
import type { Impact, Urgency } from '@linje/shared';
import type { TicketModel } from '../tickets/models/ticket.model.js';
import { plainTextToHtml } from '../tickets/rich-text.js';

/** A WHERE fragment with its parameters, combined with `and`. */
export interface Condition {
  sql: string;
  params: unknown[];
}

export const marks = (values: readonly unknown[]): string => values.map(() => '?').join(', ');

/**
 * One page of the queue in one statement: the ticket with its tenant, people, category
 * and group joined once each, read straight into the GraphQL model. The ORM's entity
 * hydration cost ten times the query itself on a 50-row page, so the queue reads raw.
 */
export const QUEUE_SELECT = `select t.id, t.number, t.title, t.description, t.description_html,
  t.status, t.priority,
  t.channel, t.created_at, t.updated_at, t.version, t.impact, t.urgency, t.priority_reason,
  t.line, t.response_due_at, t.resolution_due_at, t.sla_due_at, t.resolved_at, t.rating,
  t.rating_comment, t.major_incident, t.parent_id, t.merged_into_id, t.time_spent_minutes,
  tn.code as tn_code, tn.name as tn_name, tn.time_zone as tn_time_zone,
  tn.urgent_phone as tn_urgent_phone, tn.support_phone as tn_support_phone,
  c.id as c_id, c.given_name as c_given_name, c.surname as c_surname, c.job_title as c_job_title,
  c.work_phone as c_work_phone,
  s.id as s_id, s.given_name as s_given_name, s.surname as s_surname, s.job_title as s_job_title,
  s.work_phone as s_work_phone,
  o.id as o_id, o.given_name as o_given_name, o.surname as o_surname, o.job_title as o_job_title,
  o.work_phone as o_work_phone,
  cat.id as cat_id, cat.name as cat_name, cat.parent_id as cat_parent_id,
  g.id as g_id, g.name as g_name, g.line as g_line, t.tenant_id
from ticket t
join tenant tn on tn.id = t.tenant_id
join person c on c.id = t.caller_id
join person s on s.id = t.subject_id
left join person o on o.id = t.operator_id
left join category cat on cat.id = t.category_id
left join operator_group g on g.id = t.group_id`;

type Value = string | number | boolean | Date | null;
export type QueueRow = Record<string, Value>;

const str = (v: Value | undefined): string => String(v ?? '');
const strOrNull = (v: Value | undefined): string | null =>
  v === null || v === undefined ? null : String(v);
/** SQLite returns epoch milliseconds, PostgreSQL a Date (or an ISO string). */
export const dateOf = (v: Value | undefined): Date | null =>
  v === null || v === undefined
    ? null
    : v instanceof Date
      ? v
      : new Date(typeof v === 'string' && /^\d+$/.test(v) ? Number(v) : (v as string | number));

function person(row: QueueRow, p: string) {
  return {
    id: str(row[`${p}_id`]),
    displayName: `${str(row[`${p}_given_name`])} ${str(row[`${p}_surname`])}`,
    jobTitle: strOrNull(row[`${p}_job_title`]),
    workPhone: strOrNull(row[`${p}_work_phone`]),
  };
}

export function toQueueModel(row: QueueRow): TicketModel {
  return {
    id: str(row['id']),
    number: str(row['number']),
    title: str(row['title']),
    description: str(row['description']),
    descriptionHtml: strOrNull(row['description_html']) ?? plainTextToHtml(str(row['description'])),
    status: str(row['status']) as TicketStatus,
    priority: str(row['priority']) as TicketPriority,
    channel: str(row['channel']) as TicketChannel,
    tenant: {
      id: str(row['tenant_id']),
      code: str(row['tn_code']),
      name: str(row['tn_name']),
      timeZone: str(row['tn_time_zone']),
      urgentPhone: strOrNull(row['tn_urgent_phone']),
      supportPhone: strOrNull(row['tn_support_phone']),
    },
    caller: person(row, 'c'),
    subject: person(row, 's'),
    operator: row['o_id'] ? person(row, 'o') : null,
    category: row['cat_id']
      ? {
          id: str(row['cat_id']),
          name: str(row['cat_name']),
          parentId: strOrNull(row['cat_parent_id']),
        }
      : null,
    group: row['g_id']
      ? {
          id: str(row['g_id']),
          name: str(row['g_name']),
          line: Number(row['g_line']),
          // A ticket's group always belongs to the ticket's tenant.
          tenantId: str(row['tenant_id']),
        }
      : null,
    impact: strOrNull(row['impact']) as Impact | null,
    urgency: strOrNull(row['urgency']) as Urgency | null,
    priorityReason: strOrNull(row['priority_reason']),
    line: Number(row['line']),
    responseDueAt: dateOf(row['response_due_at']),
    resolutionDueAt: dateOf(row['resolution_due_at']),
    slaDueAt: dateOf(row['sla_due_at']),
    resolvedAt: dateOf(row['resolved_at']),
    rating: row['rating'] === null || row['rating'] === undefined ? null : Number(row['rating']),
    ratingComment: strOrNull(row['rating_comment']),
    majorIncident: Boolean(row['major_incident']),
    parentId: strOrNull(row['parent_id']),
    mergedIntoId: strOrNull(row['merged_into_id']),
    timeSpentMinutes: Number(row['time_spent_minutes']),
    createdAt: dateOf(row['created_at']) ?? new Date(0),
    updatedAt: dateOf(row['updated_at']) ?? new Date(0),
    version: Number(row['version']),
  };
}

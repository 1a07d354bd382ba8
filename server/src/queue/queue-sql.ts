import type { TicketChannel, TicketPriority, TicketStatus } from '@linje/shared';
import type { AssetKind, Impact, Urgency } from '@linje/shared';
import type { TicketModel } from '../tickets/models/ticket.model.js';
import { plainTextToHtml } from '../tickets/rich-text.js';

/** A WHERE fragment with its parameters, combined with `and`. */
export interface Condition {
  sql: string;
  params: unknown[];
  /**
   * The same test in a form SQLite cannot answer from an index (a unary `+` on the
   * column), for the walks along one index; see QueueService.inIndexOrder.
   */
  unindexed?: string;
  /**
   * Kept in its indexed form in the walk by deadline: no index starts with the column, and
   * the operator and group indexes narrow by it second (see QueueService.inIndexOrder).
   */
  indexedByDeadline?: boolean;
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
  g.id as g_id, g.name as g_name, g.line as g_line,
  a.id as a_id, a.tag as a_tag, a.name as a_name, a.kind as a_kind, t.tenant_id
from ticket t
join tenant tn on tn.id = t.tenant_id
join person c on c.id = t.caller_id
join person s on s.id = t.subject_id
left join person o on o.id = t.operator_id
left join category cat on cat.id = t.category_id
left join operator_group g on g.id = t.group_id
left join asset a on a.id = t.asset_id`;

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

function person(
  id: Value | undefined,
  givenName: Value | undefined,
  surname: Value | undefined,
  jobTitle: Value | undefined,
  workPhone: Value | undefined,
) {
  return {
    id: str(id),
    displayName: `${str(givenName)} ${str(surname)}`,
    jobTitle: strOrNull(jobTitle),
    workPhone: strOrNull(workPhone),
  };
}

type Tenant = TicketModel['tenant'];
type Person = TicketModel['caller'];

/**
 * A ticket of a queue page or search result, read from one row. Built for every row of
 * every page, so it is kept cheap:
 * - The driver's rows have one property per column, too many for V8's fast properties, so
 *   every read is a hash lookup: each column is read once, by literal name (names built per
 *   row, such as `${p}_id`, were hashed on every read; mapping a page cost a fifth of its
 *   statement).
 * - `descriptionHtml` is escaped from the plain description only when a query selects it:
 *   the queue's pages never do, and escaping every row cost about half as much again as
 *   the rest of the mapping. It is a getter on the class: object literals with accessors
 *   are built slowly. Being on the prototype, it is not an own property (no spreading or
 *   JSON of these objects; GraphQL reads it like any field).
 */
class QueueTicket implements TicketModel {
  readonly id: string;
  readonly number: string;
  readonly title: string;
  readonly description: string;
  readonly #descriptionHtml: string | null;
  readonly status: TicketStatus;
  readonly priority: TicketPriority;
  readonly channel: TicketChannel;
  readonly tenant: Tenant;
  readonly caller: Person;
  readonly subject: Person;
  readonly operator: Person | null;
  readonly category: TicketModel['category'];
  readonly group: TicketModel['group'];
  readonly asset: TicketModel['asset'];
  readonly impact: Impact | null;
  readonly urgency: Urgency | null;
  readonly priorityReason: string | null;
  readonly line: number;
  readonly responseDueAt: Date | null;
  readonly resolutionDueAt: Date | null;
  readonly slaDueAt: Date | null;
  readonly resolvedAt: Date | null;
  readonly rating: number | null;
  readonly ratingComment: string | null;
  readonly majorIncident: boolean;
  readonly parentId: string | null;
  readonly mergedIntoId: string | null;
  readonly timeSpentMinutes: number;
  readonly createdAt: Date;
  readonly updatedAt: Date;
  readonly version: number;

  constructor(row: QueueRow) {
    const tenantId = str(row['tenant_id']);
    const operatorId = row['o_id'];
    const categoryId = row['cat_id'];
    const groupId = row['g_id'];
    const assetId = row['a_id'];
    const rating = row['rating'];
    this.id = str(row['id']);
    this.number = str(row['number']);
    this.title = str(row['title']);
    this.description = str(row['description']);
    this.#descriptionHtml = strOrNull(row['description_html']);
    this.status = str(row['status']) as TicketStatus;
    this.priority = str(row['priority']) as TicketPriority;
    this.channel = str(row['channel']) as TicketChannel;
    this.tenant = {
      id: tenantId,
      code: str(row['tn_code']),
      name: str(row['tn_name']),
      timeZone: str(row['tn_time_zone']),
      urgentPhone: strOrNull(row['tn_urgent_phone']),
      supportPhone: strOrNull(row['tn_support_phone']),
    };
    this.caller = person(
      row['c_id'],
      row['c_given_name'],
      row['c_surname'],
      row['c_job_title'],
      row['c_work_phone'],
    );
    this.subject = person(
      row['s_id'],
      row['s_given_name'],
      row['s_surname'],
      row['s_job_title'],
      row['s_work_phone'],
    );
    this.operator = operatorId
      ? person(
          operatorId,
          row['o_given_name'],
          row['o_surname'],
          row['o_job_title'],
          row['o_work_phone'],
        )
      : null;
    this.category = categoryId
      ? {
          id: str(categoryId),
          name: str(row['cat_name']),
          parentId: strOrNull(row['cat_parent_id']),
        }
      : null;
    this.group = groupId
      ? {
          id: str(groupId),
          name: str(row['g_name']),
          line: Number(row['g_line']),
          // A ticket's group always belongs to the ticket's tenant.
          tenantId,
        }
      : null;
    this.asset = assetId
      ? {
          id: str(assetId),
          tag: str(row['a_tag']),
          name: str(row['a_name']),
          kind: str(row['a_kind']) as AssetKind,
        }
      : null;
    this.impact = strOrNull(row['impact']) as Impact | null;
    this.urgency = strOrNull(row['urgency']) as Urgency | null;
    this.priorityReason = strOrNull(row['priority_reason']);
    this.line = Number(row['line']);
    this.responseDueAt = dateOf(row['response_due_at']);
    this.resolutionDueAt = dateOf(row['resolution_due_at']);
    this.slaDueAt = dateOf(row['sla_due_at']);
    this.resolvedAt = dateOf(row['resolved_at']);
    this.rating = rating === null || rating === undefined ? null : Number(rating);
    this.ratingComment = strOrNull(row['rating_comment']);
    this.majorIncident = Boolean(row['major_incident']);
    this.parentId = strOrNull(row['parent_id']);
    this.mergedIntoId = strOrNull(row['merged_into_id']);
    this.timeSpentMinutes = Number(row['time_spent_minutes']);
    this.createdAt = dateOf(row['created_at']) ?? new Date(0);
    this.updatedAt = dateOf(row['updated_at']) ?? new Date(0);
    this.version = Number(row['version']);
  }

  get descriptionHtml(): string {
    return this.#descriptionHtml ?? plainTextToHtml(this.description);
  }
}

export function toQueueModel(row: QueueRow): TicketModel {
  return new QueueTicket(row);
}

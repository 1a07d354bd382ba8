import { EntityManager } from '@mikro-orm/core';
import { PostgreSqlPlatform } from '@mikro-orm/postgresql';
import { Injectable } from '@nestjs/common';
import { OPEN_TICKET_STATUSES, TICKET_PRIORITIES, type TicketStatus } from '@linje/shared';
import { mayViewQueue } from '../auth/access-policy.js';
import type { Viewer } from '../auth/viewer.js';
import { AppError } from '../common/app-error.js';
import { Clock } from '../common/clock.js';
import { SearchService } from '../search/search.service.js';
import type { QueueArgs } from '../tickets/dto/queue.args.js';
import type { TicketModel } from '../tickets/models/ticket.model.js';
import {
  decodeCursor,
  encodeCursor,
  type DeadlinePosition,
  type QueueCursor,
} from './queue-cursor.js';
import { QUEUE_SELECT, marks, toQueueModel, type Condition, type QueueRow } from './queue-sql.js';

const MAX_PAGE = 200;
/** Values one list filter may name; more is no longer a view of the queue, and SQL has limits. */
export const MAX_FILTER_VALUES = 100;
const LIST_FILTERS = ['tenantIds', 'groupIds', 'operatorIds', 'categoryIds'] as const;

/** Whether the statuses asked for are all open, all resolved or closed, or either. */
type StatusScope = 'OPEN' | 'DONE' | 'ANY';

function statusScope(statuses: readonly TicketStatus[] | null | undefined): StatusScope {
  if (!statuses?.length) return 'ANY';
  if (statuses.every((s) => OPEN_TICKET_STATUSES.includes(s))) return 'OPEN';
  if (statuses.every((s) => !OPEN_TICKET_STATUSES.includes(s))) return 'DONE';
  return 'ANY';
}

/** `column test`, with the same test in its unindexed form (see Condition.unindexed). */
function onColumn(
  column: string,
  test: string,
  params: unknown[] = [],
  indexedByDeadline = false,
): Condition {
  return { sql: `${column} ${test}`, params, unindexed: `+${column} ${test}`, indexedByDeadline };
}

/** After `c` in newest-first order (created, then id, both descending). */
function newestFirst(c: { at: number; id: string } | null): Condition[] {
  return c
    ? [
        {
          sql: '(t.created_at < ? or (t.created_at = ? and t.id < ?))',
          params: [new Date(c.at), new Date(c.at), c.id],
        },
      ]
    : [];
}

/** Where `t` stands in a walk by deadline (see byDeadline). */
function deadlinePosition(t: TicketModel): DeadlinePosition {
  return t.slaDueAt
    ? { phase: 0, at: t.slaDueAt.getTime(), id: t.id }
    : { phase: 1, at: t.createdAt.getTime(), id: t.id };
}

/** Refuses a list filter longer than MAX_FILTER_VALUES; `prefix` places the field (saved views). */
export function assertFilterLists(
  args: Partial<Record<(typeof LIST_FILTERS)[number], readonly string[] | null>>,
  prefix = '',
): void {
  for (const name of LIST_FILTERS) {
    if ((args[name]?.length ?? 0) > MAX_FILTER_VALUES) {
      throw AppError.badInput(`Filter by at most ${MAX_FILTER_VALUES} values at a time.`, [
        {
          field: `${prefix}${name}`,
          code: 'TOO_MANY',
          message: `at most ${MAX_FILTER_VALUES} values`,
          params: { max: MAX_FILTER_VALUES },
        },
      ]);
    }
  }
}
const TEXT_MATCH_LIMIT = 500;
export const VIEW_COUNT_CAP = 1000;

/** The filtering part of the queue's arguments (shared with saved views). */
export type QueueFilterArgs = Partial<
  Pick<
    QueueArgs,
    | 'tenantIds'
    | 'statuses'
    | 'priorities'
    | 'groupIds'
    | 'operatorIds'
    | 'assignedToMe'
    | 'unassigned'
    | 'categoryIds'
    | 'overdue'
    | 'text'
  >
>;

export interface QueuePage {
  nodes: TicketModel[];
  endCursor: string | null;
  hasNextPage: boolean;
}

export interface QueueCount {
  tenantId: string;
  status: TicketStatus;
  count: number;
}

/**
 * The agents' queue. Each request runs at most two SELECTs (one per SLA range) — eight
 * when sorted by priority, two per priority — each a keyset range with its relations
 * joined, whatever the page size.
 */
@Injectable()
export class QueueService {
  constructor(
    private readonly em: EntityManager,
    private readonly clock: Clock,
    private readonly search: SearchService,
  ) {}

  async page(viewer: Viewer, args: QueueArgs): Promise<QueuePage> {
    if (!mayViewQueue(viewer)) throw AppError.forbidden('Only IT agents can see the queue.');
    if (!Number.isInteger(args.first) || args.first < 1 || args.first > MAX_PAGE) {
      throw AppError.badInput(`Ask for between 1 and ${MAX_PAGE} tickets per page.`, [
        {
          field: 'first',
          code: 'OUT_OF_RANGE',
          message: `must be 1–${MAX_PAGE}`,
          params: { min: 1, max: MAX_PAGE },
        },
      ]);
    }
    assertFilterLists(args);
    const sort = args.sort ?? 'SLA_DUE';
    const cursor = args.after ? decodeCursor(args.after, sort) : null;
    const filters = await this.conditions(viewer, args);
    if (!filters) return { nodes: [], endCursor: null, hasNextPage: false };
    const scope = statusScope(args.statuses);
    if (sort === 'CREATED_DESC') {
      const rows = await this.fetch(
        this.inIndexOrder('NEWEST', [
          ...filters,
          ...newestFirst(cursor?.sort === 'CREATED_DESC' ? cursor : null),
        ]),
        't.created_at desc, t.id desc',
        args.first + 1,
      );
      return this.finish(rows, args.first, (t) => ({
        sort,
        at: t.createdAt.getTime(),
        id: t.id,
      }));
    }
    if (sort === 'SLA_DUE') {
      const rows = await this.byDeadline(
        filters,
        cursor?.sort === 'SLA_DUE' ? cursor : null,
        args.first + 1,
        scope,
      );
      return this.finish(rows, args.first, (t) => ({ sort, ...deadlinePosition(t) }));
    }
    // PRIORITY: by deadline within each priority, highest first; at most two statements
    // per priority, so at most eight per page whatever its size.
    const from = cursor?.sort === 'PRIORITY' ? cursor : null;
    const rows: TicketModel[] = [];
    for (const [rank, priority] of TICKET_PRIORITIES.entries()) {
      if (rows.length > args.first) break;
      if (from && rank < from.rank) continue;
      if (args.priorities?.length && !args.priorities.includes(priority)) continue;
      rows.push(
        ...(await this.byDeadline(
          [...filters, { sql: 't.priority = ?', params: [priority] }],
          from?.rank === rank ? from : null,
          args.first + 1 - rows.length,
          scope,
        )),
      );
    }
    return this.finish(rows, args.first, (t) => ({
      sort,
      rank: TICKET_PRIORITIES.indexOf(t.priority),
      ...deadlinePosition(t),
    }));
  }

  /**
   * Up to `limit` tickets after `from`: those with a deadline, next deadline first, then
   * those without one, newest first. One keyset range each, so one or two statements.
   */
  private async byDeadline(
    where: Condition[],
    from: DeadlinePosition | null,
    limit: number,
    scope: StatusScope,
  ): Promise<TicketModel[]> {
    const rows: TicketModel[] = [];
    // Resolved and closed tickets have no deadline (the contract of TicketChangeHook), so
    // for them the walk by deadline would read every open ticket's deadline to find none.
    if ((!from || from.phase === 0) && scope !== 'DONE') {
      const after: Condition[] = from
        ? [
            {
              sql: '(t.sla_due_at > ? or (t.sla_due_at = ? and t.id > ?))',
              params: [new Date(from.at), new Date(from.at), from.id],
            },
          ]
        : [];
      rows.push(
        ...(await this.fetch(
          this.inIndexOrder('DEADLINE', [
            ...where,
            { sql: 't.sla_due_at is not null', params: [] },
            ...after,
          ]),
          't.sla_due_at asc, t.id asc',
          limit,
        )),
      );
    }
    if (rows.length < limit) {
      const withoutDeadline = [
        ...where,
        onColumn('t.sla_due_at', 'is null'),
        ...newestFirst(from?.phase === 1 ? from : null),
      ];
      // Open tickets without a deadline are few, and the (tenant, status, deadline) index
      // finds them at once; walking every ticket newest first to find them read far back.
      rows.push(
        ...(await this.fetch(
          scope === 'OPEN' ? withoutDeadline : this.inIndexOrder('NEWEST', withoutDeadline),
          't.created_at desc, t.id desc',
          limit - rows.length,
        )),
      );
    }
    return rows;
  }

  /**
   * Open tickets per tenant and status for the viewer's tenants: one grouped count
   * answered from the (tenant, status, …) index, not a scan of every queue.
   */
  async counts(viewer: Viewer): Promise<QueueCount[]> {
    if (!mayViewQueue(viewer)) throw AppError.forbidden('Only IT agents can see the queue.');
    if (viewer.tenantIds.length === 0) return [];
    const tenantMarks = viewer.tenantIds.map(() => '?').join(', ');
    const statusMarks = OPEN_TICKET_STATUSES.map(() => '?').join(', ');
    const rows: { tenant_id: string; status: TicketStatus; n: number | string }[] = await this.em
      .getConnection()
      .execute(
        `select tenant_id, status, count(*) as n from ticket ` +
          `where tenant_id in (${tenantMarks}) and status in (${statusMarks}) ` +
          `group by tenant_id, status order by tenant_id, status`,
        [...viewer.tenantIds, ...OPEN_TICKET_STATUSES],
      );
    return rows.map((r) => ({ tenantId: r.tenant_id, status: r.status, count: Number(r.n) }));
  }

  /** Tickets a saved view shows, counted through the same indexed conditions, capped. */
  async count(viewer: Viewer, filters: QueueFilterArgs): Promise<number> {
    const where = await this.conditions(viewer, filters);
    if (!where) return 0;
    const rows: { n: number | string }[] = await this.em.getConnection().execute(
      `select count(*) as n from (select 1 from ticket t left join category cat on cat.id = t.category_id ` +
        `where ${where.map((w) => w.sql).join(' and ')} limit ${VIEW_COUNT_CAP}) capped`,
      where.flatMap((w) => w.params),
    );
    return Number(rows[0]?.n ?? 0);
  }

  /** The conditions of `filters()` narrowed by the search text; null when no ticket matches. */
  private async conditions(viewer: Viewer, args: QueueFilterArgs): Promise<Condition[] | null> {
    const where = this.filters(viewer, args);
    const text = args.text?.trim();
    if (text) {
      // Full-text narrows the queue to its newest matches; the other filters and the sort
      // then apply as usual.
      const ids = await this.search.ticketIds(viewer, text, TEXT_MATCH_LIMIT);
      if (ids.length === 0) return null;
      where.push({ sql: `t.id in (${marks(ids)})`, params: ids });
    }
    return where;
  }

  /** The viewer's tenants (narrowed by the tenant filter) and every other filter asked for. */
  private filters(viewer: Viewer, args: QueueFilterArgs): Condition[] {
    const tenants = args.tenantIds?.length
      ? args.tenantIds.filter((id) => viewer.tenantIds.includes(id))
      : viewer.tenantIds;
    if (tenants.length === 0) return [{ sql: '1 = 0', params: [] }];
    const where: Condition[] = [onColumn('t.tenant_id', `in (${marks(tenants)})`, tenants)];
    const among = (column: string, values: readonly string[] | null | undefined) => {
      if (values?.length)
        where.push({ sql: `${column} in (${marks(values)})`, params: [...values] });
    };
    if (args.statuses?.length) {
      where.push(onColumn('t.status', `in (${marks(args.statuses)})`, [...args.statuses], true));
    }
    among('t.priority', args.priorities);
    among('t.group_id', args.groupIds);
    if (args.categoryIds?.length) {
      where.push({
        sql: `(t.category_id in (${marks(args.categoryIds)}) or cat.parent_id in (${marks(args.categoryIds)}))`,
        params: [...args.categoryIds, ...args.categoryIds],
      });
    }
    among('t.operator_id', [
      ...(args.operatorIds ?? []),
      ...(args.assignedToMe ? [viewer.personId] : []),
    ]);
    if (args.unassigned) where.push(onColumn('t.operator_id', 'is null'));
    if (args.overdue) where.push({ sql: 't.sla_due_at < ?', params: [this.clock.now()] });
    return where;
  }

  /**
   * Conditions for a walk along one index in the page's order: the creation-date index
   * newest first, or the deadline index next deadline first. Most tickets are closed and
   * have no deadline, so "status in (…)" or "no deadline" can match hundreds of thousands
   * of rows; SQLite's planner took them for selective, looked them up in the (tenant,
   * status, …) indexes and sorted every match (2–4 s newest first on 1M tickets; by
   * deadline 160 ms for page 1 on a database never analysed, 60 ms for a deep page on one
   * that was). Written so that no index answers the tenant and unassigned tests (and, newest
   * first, the status test), the walk reads its index in order and stops after a page
   * (1–5 ms), while narrower filters (group, operator, found by text) still use their
   * indexes. By deadline the status test stays indexed: no index starts with it, and the
   * operator and group indexes narrow by it second; without it they would read a group's
   * closed tickets too (70 ms instead of 20 for a group's open tickets on a database never
   * analysed). PostgreSQL keeps statistics and plans these itself.
   */
  private inIndexOrder(walk: 'NEWEST' | 'DEADLINE', where: Condition[]): Condition[] {
    if (this.em.getPlatform() instanceof PostgreSqlPlatform) return where;
    return where.map((c) =>
      c.unindexed && !(walk === 'DEADLINE' && c.indexedByDeadline)
        ? { sql: c.unindexed, params: c.params }
        : c,
    );
  }

  private async fetch(where: Condition[], orderBy: string, limit: number): Promise<TicketModel[]> {
    // The tenant scope is the first condition (see filters()); raw SQL bypasses the ORM filter.
    const rows: QueueRow[] = await this.em.getConnection().execute(
      `${QUEUE_SELECT} where ${where.map((w) => w.sql).join(' and ')} order by ${orderBy} limit ${Math.floor(limit)}`,
      where.flatMap((w) => w.params),
    );
    return rows.map(toQueueModel);
  }

  private finish(
    rows: TicketModel[],
    first: number,
    cursorOf: (t: TicketModel) => QueueCursor,
  ): QueuePage {
    const hasNextPage = rows.length > first;
    const nodes = hasNextPage ? rows.slice(0, first) : rows;
    const last = nodes.at(-1);
    return { nodes, endCursor: last ? encodeCursor(cursorOf(last)) : null, hasNextPage };
  }
}

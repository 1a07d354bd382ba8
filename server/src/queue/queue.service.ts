import { EntityManager, type FilterQuery } from '@mikro-orm/core';
import { Injectable } from '@nestjs/common';
import { TICKET_STATUSES, type TicketStatus } from '@linje/shared';
import { mayViewQueue } from '../auth/access-policy.js';
import type { Viewer } from '../auth/viewer.js';
import { AppError } from '../common/app-error.js';
import { Clock } from '../common/clock.js';
import { SearchService } from '../search/search.service.js';
import type { QueueArgs } from '../tickets/dto/queue.args.js';
import { TICKET_POPULATE } from '../tickets/tickets.service.js';
import { Ticket } from '../tickets/ticket.entity.js';
import { decodeCursor, encodeCursor, type QueueCursor } from './queue-cursor.js';

const MAX_PAGE = 200;
const TEXT_MATCH_LIMIT = 500;
export const OPEN_STATUSES: readonly TicketStatus[] = TICKET_STATUSES.filter(
  (s) => s !== 'RESOLVED' && s !== 'CLOSED',
);

export interface QueuePage {
  nodes: Ticket[];
  endCursor: string | null;
  hasNextPage: boolean;
}

export interface QueueCount {
  tenantId: string;
  status: TicketStatus;
  count: number;
}

/**
 * The agents' queue. Each request runs at most two SELECTs (one per SLA range), each
 * a keyset range with its relations joined — whatever the page size.
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
    const sort = args.sort ?? 'SLA_DUE';
    const cursor = args.after ? decodeCursor(args.after, sort) : null;
    const filters = this.filters(viewer, args);
    if (args.text?.trim()) {
      // Full-text narrows the queue to its newest matches; the other filters and the sort
      // then apply as usual.
      const ids = await this.search.ticketIds(viewer, args.text.trim(), TEXT_MATCH_LIMIT);
      if (ids.length === 0) return { nodes: [], endCursor: null, hasNextPage: false };
      filters.push({ id: { $in: ids } });
    }
    if (sort === 'CREATED_DESC') {
      const where: FilterQuery<Ticket>[] = [...filters];
      if (cursor) {
        const at = new Date(cursor.at);
        where.push({
          $or: [{ createdAt: { $lt: at } }, { createdAt: at, id: { $lt: cursor.id } }],
        });
      }
      const rows = await this.fetch(where, { createdAt: 'desc', id: 'desc' }, args.first + 1);
      return this.finish(rows, args.first, (t) => ({
        sort,
        at: t.createdAt.getTime(),
        id: t.id,
      }));
    }
    const rows: Ticket[] = [];
    if (!cursor || (cursor.sort === 'SLA_DUE' && cursor.phase === 0)) {
      const where: FilterQuery<Ticket>[] = [...filters, { slaDueAt: { $ne: null } }];
      if (cursor) {
        const at = new Date(cursor.at);
        where.push({ $or: [{ slaDueAt: { $gt: at } }, { slaDueAt: at, id: { $gt: cursor.id } }] });
      }
      rows.push(...(await this.fetch(where, { slaDueAt: 'asc', id: 'asc' }, args.first + 1)));
    }
    if (rows.length <= args.first) {
      const where: FilterQuery<Ticket>[] = [...filters, { slaDueAt: null }];
      if (cursor && cursor.sort === 'SLA_DUE' && cursor.phase === 1) {
        const at = new Date(cursor.at);
        where.push({
          $or: [{ createdAt: { $lt: at } }, { createdAt: at, id: { $lt: cursor.id } }],
        });
      }
      rows.push(
        ...(await this.fetch(
          where,
          { createdAt: 'desc', id: 'desc' },
          args.first + 1 - rows.length,
        )),
      );
    }
    return this.finish(rows, args.first, (t) =>
      t.slaDueAt
        ? { sort: 'SLA_DUE', phase: 0, at: t.slaDueAt.getTime(), id: t.id }
        : { sort: 'SLA_DUE', phase: 1, at: t.createdAt.getTime(), id: t.id },
    );
  }

  /**
   * Open tickets per tenant and status for the viewer's tenants: one grouped count
   * answered from the (tenant, status, …) index, not a scan of every queue.
   */
  async counts(viewer: Viewer): Promise<QueueCount[]> {
    if (!mayViewQueue(viewer)) throw AppError.forbidden('Only IT agents can see the queue.');
    if (viewer.tenantIds.length === 0) return [];
    const tenantMarks = viewer.tenantIds.map(() => '?').join(', ');
    const statusMarks = OPEN_STATUSES.map(() => '?').join(', ');
    const rows: { tenant_id: string; status: TicketStatus; n: number | string }[] = await this.em
      .getConnection()
      .execute(
        `select tenant_id, status, count(*) as n from ticket ` +
          `where tenant_id in (${tenantMarks}) and status in (${statusMarks}) ` +
          `group by tenant_id, status order by tenant_id, status`,
        [...viewer.tenantIds, ...OPEN_STATUSES],
      );
    return rows.map((r) => ({ tenantId: r.tenant_id, status: r.status, count: Number(r.n) }));
  }

  private filters(viewer: Viewer, args: QueueArgs): FilterQuery<Ticket>[] {
    const tenants = args.tenantIds?.length
      ? args.tenantIds.filter((id) => viewer.tenantIds.includes(id))
      : viewer.tenantIds;
    const where: FilterQuery<Ticket>[] = [{ tenant: { $in: tenants } }];
    if (args.statuses?.length) where.push({ status: { $in: args.statuses } });
    if (args.priorities?.length) where.push({ priority: { $in: args.priorities } });
    if (args.groupIds?.length) where.push({ group: { $in: args.groupIds } });
    if (args.categoryIds?.length) {
      where.push({
        $or: [
          { category: { $in: args.categoryIds } },
          { category: { parent: { $in: args.categoryIds } } },
        ],
      });
    }
    const operators = [
      ...(args.operatorIds ?? []),
      ...(args.assignedToMe ? [viewer.personId] : []),
    ];
    if (operators.length) where.push({ operator: { $in: operators } });
    if (args.unassigned) where.push({ operator: null });
    if (args.overdue) where.push({ slaDueAt: { $lt: this.clock.now() } });
    return where;
  }

  private async fetch(
    where: FilterQuery<Ticket>[],
    orderBy: Record<string, 'asc' | 'desc'>,
    limit: number,
  ): Promise<Ticket[]> {
    // The tenant scope is part of `where` (see filters()); with the ORM filters off, the
    // related rows are joined once each instead of re-checking the filter on every
    // reference (which joined the people's managers, deputies and units as well).
    return this.em.find(
      Ticket,
      { $and: where },
      {
        populate: TICKET_POPULATE,
        orderBy,
        limit,
        strategy: 'joined',
        filters: false,
      },
    );
  }

  private finish(rows: Ticket[], first: number, cursorOf: (t: Ticket) => QueueCursor): QueuePage {
    const hasNextPage = rows.length > first;
    const nodes = hasNextPage ? rows.slice(0, first) : rows;
    const last = nodes.at(-1);
    return { nodes, endCursor: last ? encodeCursor(cursorOf(last)) : null, hasNextPage };
  }
}

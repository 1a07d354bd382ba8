import { EntityManager } from '@mikro-orm/core';
import { Injectable } from '@nestjs/common';
import { OPEN_TICKET_STATUSES } from '@linje/shared';
import { mayViewQueue } from '../auth/access-policy.js';
import type { Viewer } from '../auth/viewer.js';
import { AppError } from '../common/app-error.js';
import { Clock } from '../common/clock.js';
import { marks } from '../queue/queue-sql.js';
import type { TicketDashboardModel } from './dashboard.model.js';

const DAY = 24 * 3600_000;
export const AGE_BUCKETS = ['UNDER_1_DAY', 'UNDER_1_WEEK', 'UNDER_1_MONTH', 'OLDER'] as const;

/**
 * Open tickets by priority, status, group and age for the viewer's tenants (or one of
 * them). Four grouped counts over the open tickets, each read from an index alone: by age
 * from (tenant, status, created), the others from (tenant, status, deadline, id, priority,
 * group), which holds what they count (see Ticket).
 */
@Injectable()
export class DashboardService {
  constructor(
    private readonly em: EntityManager,
    private readonly clock: Clock,
  ) {}

  async open(viewer: Viewer, tenantId: string | null | undefined): Promise<TicketDashboardModel> {
    if (!mayViewQueue(viewer)) throw AppError.forbidden('Only IT agents see the dashboard.');
    if (tenantId && !viewer.tenantIds.includes(tenantId))
      throw AppError.notFound('The municipality');
    const tenants = tenantId ? [tenantId] : viewer.tenantIds;
    if (tenants.length === 0) {
      return { open: 0, byPriority: [], byStatus: [], byGroup: [], byAge: [] };
    }
    const scope = `t.tenant_id in (${marks(tenants)}) and t.status in (${marks(OPEN_TICKET_STATUSES)})`;
    const params = [...tenants, ...OPEN_TICKET_STATUSES];
    const conn = this.em.getConnection();
    type Row = { k: string | null; n: number | string };
    const grouped = async (expr: string, extraParams: unknown[] = [], join = ''): Promise<Row[]> =>
      conn.execute<Row[]>(
        `select ${expr} as k, count(*) as n from ticket t${join} where ${scope} group by k order by n desc`,
        [...extraParams, ...params],
      );
    const now = this.clock.now().getTime();
    const [byPriority, byStatus, byGroup, byAge] = await Promise.all([
      grouped('t.priority'),
      grouped('t.status'),
      grouped("coalesce(g.name, '')", [], ' left join operator_group g on g.id = t.group_id'),
      grouped(
        `case when t.created_at >= ? then 'UNDER_1_DAY' when t.created_at >= ? then 'UNDER_1_WEEK' ` +
          `when t.created_at >= ? then 'UNDER_1_MONTH' else 'OLDER' end`,
        [new Date(now - DAY), new Date(now - 7 * DAY), new Date(now - 30 * DAY)],
      ),
    ]);
    const counts = (rows: Row[]) => rows.map((r) => ({ key: r.k ?? '', count: Number(r.n) }));
    const ages = counts(byAge);
    return {
      open: counts(byStatus).reduce((n, r) => n + r.count, 0),
      byPriority: counts(byPriority),
      byStatus: counts(byStatus),
      byGroup: counts(byGroup),
      byAge: AGE_BUCKETS.map((key) => ({
        key,
        count: ages.find((a) => a.key === key)?.count ?? 0,
      })),
    };
  }
}

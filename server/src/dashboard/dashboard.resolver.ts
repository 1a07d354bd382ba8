import { Args, ID, Query, Resolver } from '@nestjs/graphql';
import { CurrentViewer } from '../auth/gql-context.js';
import type { Viewer } from '../auth/viewer.js';
import { TicketDashboardModel } from './dashboard.model.js';
import { DashboardService } from './dashboard.service.js';

@Resolver(() => TicketDashboardModel)
export class DashboardResolver {
  constructor(private readonly dashboard: DashboardService) {}

  @Query(() => TicketDashboardModel, {
    description: 'Open tickets by priority, status, group and age (one tenant or all you serve).',
  })
  async ticketDashboard(
    @CurrentViewer() viewer: Viewer,
    @Args('tenantId', { type: () => ID, nullable: true }) tenantId?: string | null,
  ): Promise<TicketDashboardModel> {
    return this.dashboard.open(viewer, tenantId);
  }
}

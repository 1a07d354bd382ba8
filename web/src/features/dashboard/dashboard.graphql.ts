import { graphql } from '../../gql';

export const TicketDashboardQuery = graphql(`
  query TicketDashboard($tenantId: ID) {
    ticketDashboard(tenantId: $tenantId) {
      open
      byPriority {
        key
        count
      }
      byStatus {
        key
        count
      }
      byGroup {
        key
        count
      }
      byAge {
        key
        count
      }
    }
  }
`);

export const DashboardTenantsQuery = graphql(`
  query DashboardTenants {
    viewer {
      id
      tenants {
        id
        name
      }
    }
  }
`);

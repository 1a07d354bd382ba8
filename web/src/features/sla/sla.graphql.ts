import { graphql } from '../../gql';

export const SlaComplianceQuery = graphql(`
  query SlaCompliance($tenantId: ID!, $month: String!) {
    slaCompliance(tenantId: $tenantId, month: $month) {
      group
      resolved
      responseMet
      resolutionMet
    }
  }
`);

export const TicketSlaQuery = graphql(`
  query TicketSla($ticketId: ID!) {
    ticketSla(ticketId: $ticketId) {
      responseDueAt
      resolutionDueAt
      responseState
      resolutionState
      resolutionMinutesLeft
      wallClock
    }
  }
`);

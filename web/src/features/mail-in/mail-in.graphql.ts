import { graphql } from '../../gql';

export const MatchMailSenderMutation = graphql(`
  mutation MatchMailSender($ticket: TicketRefInput!, $personId: ID!) {
    matchMailSender(ticket: $ticket, personId: $personId) {
      id
      version
      caller {
        id
        displayName
      }
    }
  }
`);

export const MailTenantsQuery = graphql(`
  query MailTenants {
    viewer {
      id
      tenants {
        id
        name
      }
    }
  }
`);

export const InboundMailsQuery = graphql(`
  query InboundMails($tenantId: ID!, $all: Boolean) {
    inboundMails(tenantId: $tenantId, all: $all) {
      id
      fromAddress
      subject
      status
      reason
      ticketId
      ticketNumber
      duplicates
      settled
      size
      receivedAt
      rawText
    }
  }
`);

export const SettleInboundMailMutation = graphql(`
  mutation SettleInboundMail($id: ID!) {
    settleInboundMail(id: $id) {
      id
      settled
    }
  }
`);

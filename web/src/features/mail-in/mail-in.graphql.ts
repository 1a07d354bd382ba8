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

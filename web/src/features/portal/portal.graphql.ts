import { graphql } from '../../gql';

export const MyTicketsQuery = graphql(`
  query MyTickets {
    myTickets {
      id
      number
      title
      status
      createdAt
    }
  }
`);

export const CreateTicketMutation = graphql(`
  mutation CreateTicket($input: CreateTicketInput!) {
    createTicket(input: $input) {
      id
      number
      title
      status
      createdAt
    }
  }
`);

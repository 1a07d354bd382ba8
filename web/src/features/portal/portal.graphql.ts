import { graphql } from '../../gql';

export const PortalTicketFields = graphql(`
  fragment PortalTicketFields on Ticket {
    id
    number
    title
    status
    createdAt
    subject {
      id
      displayName
    }
  }
`);

export const MyTicketsQuery = graphql(`
  query MyTickets {
    myTickets {
      ...PortalTicketFields
    }
    ticketsFiledForOthers {
      ...PortalTicketFields
    }
  }
`);

export const TicketCategoriesQuery = graphql(`
  query TicketCategories {
    ticketCategories {
      id
      name
      parentId
    }
    attachmentMaxBytes
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

export const PeopleToFileForQuery = graphql(`
  query PeopleToFileFor {
    peopleToFileFor {
      id
      displayName
      jobTitle
    }
  }
`);

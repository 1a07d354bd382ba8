import { graphql } from '../../gql';

export const QueueTicketFields = graphql(`
  fragment QueueTicketFields on Ticket {
    id
    number
    title
    status
    priority
    createdAt
    tenant {
      id
      code
    }
    caller {
      id
      displayName
    }
  }
`);

export const QueueQuery = graphql(`
  query Queue($first: Int!, $after: String) {
    queue(first: $first, after: $after) {
      nodes {
        ...QueueTicketFields
      }
      pageInfo {
        endCursor
        hasNextPage
      }
    }
  }
`);

export const QueueEventsSubscription = graphql(`
  subscription QueueEvents {
    queueEvents {
      kind
      ticket {
        ...QueueTicketFields
      }
    }
  }
`);

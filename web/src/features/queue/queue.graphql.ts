import { graphql } from '../../gql';

export const QueueTicketFields = graphql(`
  fragment QueueTicketFields on Ticket {
    id
    number
    title
    status
    priority
    createdAt
    slaDueAt
    version
    tenant {
      id
      code
    }
    caller {
      id
      displayName
    }
    group {
      id
      name
    }
    operator {
      id
      displayName
    }
  }
`);

export const QueueQuery = graphql(`
  query Queue(
    $first: Int!
    $after: String
    $statuses: [TicketStatus!]
    $priorities: [TicketPriority!]
    $assignedToMe: Boolean
    $text: String
    $sort: QueueSort!
  ) {
    queue(
      first: $first
      after: $after
      statuses: $statuses
      priorities: $priorities
      assignedToMe: $assignedToMe
      text: $text
      sort: $sort
    ) {
      nodes {
        ...QueueTicketFields
      }
      pageInfo {
        endCursor
        hasNextPage
      }
    }
    queueCounts {
      tenantId
      status
      count
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

export const BulkUpdateMutation = graphql(`
  mutation BulkUpdateTickets($input: BulkUpdateTicketsInput!) {
    bulkUpdateTickets(input: $input) {
      changed
      failed
      results {
        index
        ok
        code
        message
        ticket {
          ...QueueTicketFields
        }
      }
    }
  }
`);

export const QueueOperatorGroupsQuery = graphql(`
  query QueueOperatorGroups {
    operatorGroups {
      id
      name
      line
      tenantId
    }
    viewer {
      id
      person {
        id
      }
    }
  }
`);

export const CallerSearchQuery = graphql(`
  query CallerSearch($query: String!) {
    staffSearch(query: $query, first: 20) {
      id
      displayName
      jobTitle
      tenant {
        id
        code
      }
    }
  }
`);

export const RecordTicketMutation = graphql(`
  mutation RecordTicketForCaller($input: RecordTicketForCallerInput!) {
    recordTicketForCaller(input: $input) {
      ...QueueTicketFields
    }
  }
`);

export const QueueViewsQuery = graphql(`
  query QueueViews {
    queueViews {
      id
      name
      shared
      mine
      ownerName
      count
      filters {
        statuses
        priorities
        assignedToMe
        text
        sort
      }
    }
  }
`);

export const SaveQueueViewMutation = graphql(`
  mutation SaveQueueView($input: SaveQueueViewInput!) {
    saveQueueView(input: $input) {
      id
    }
  }
`);

export const DeleteQueueViewMutation = graphql(`
  mutation DeleteQueueView($id: ID!) {
    deleteQueueView(id: $id)
  }
`);

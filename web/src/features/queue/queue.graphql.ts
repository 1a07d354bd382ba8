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
    $tenantIds: [ID!]
    $statuses: [TicketStatus!]
    $priorities: [TicketPriority!]
    $groupIds: [ID!]
    $operatorIds: [ID!]
    $assignedToMe: Boolean
    $unassigned: Boolean
    $categoryIds: [ID!]
    $overdue: Boolean
    $text: String
    $sort: QueueSort!
  ) {
    queue(
      first: $first
      after: $after
      tenantIds: $tenantIds
      statuses: $statuses
      priorities: $priorities
      groupIds: $groupIds
      operatorIds: $operatorIds
      assignedToMe: $assignedToMe
      unassigned: $unassigned
      categoryIds: $categoryIds
      overdue: $overdue
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

/** What the filter bar offers: the viewer's municipalities, groups and IT staff. */
export const QueueFilterOptionsQuery = graphql(`
  query QueueFilterOptions {
    viewer {
      id
      person {
        id
      }
      tenant {
        id
      }
      tenants {
        id
        code
        name
      }
    }
    operatorGroups {
      id
      name
      line
      tenantId
    }
    itStaff {
      id
      displayName
    }
  }
`);

export const QueueCategoriesQuery = graphql(`
  query QueueCategories($tenantId: ID) {
    ticketCategories(tenantId: $tenantId) {
      id
      name
      parentId
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
        tenantIds
        statuses
        priorities
        groupIds
        operatorIds
        assignedToMe
        unassigned
        categoryIds
        overdue
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

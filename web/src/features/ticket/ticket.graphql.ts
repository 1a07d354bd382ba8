import { graphql } from '../../gql';

export const TicketDetailFields = graphql(`
  fragment TicketDetailFields on Ticket {
    id
    number
    title
    description
    descriptionHtml
    status
    priority
    priorityReason
    impact
    urgency
    line
    version
    createdAt
    resolvedAt
    slaDueAt
    rating
    timeSpentMinutes
    majorIncident
    parentId
    mergedIntoId
    tenant {
      id
      code
      name
    }
    caller {
      id
      displayName
      workPhone
    }
    subject {
      id
      displayName
    }
    category {
      id
      name
    }
    group {
      id
      name
    }
    operator {
      id
      displayName
    }
    asset {
      id
      tag
      name
      kind
    }
  }
`);

export const TicketPageQuery = graphql(`
  query TicketPage($id: ID!) {
    ticket(id: $id) {
      ...TicketDetailFields
      mailQuotedHistory
      unknownMailSender
    }
    ticketTimeline(ticketId: $id) {
      id
      kind
      body
      quoted
      field
      from
      to
      reason
      timeSpentMinutes
      createdAt
      author {
        id
        displayName
      }
    }
    ticketAttachments(ticketId: $id) {
      id
      fileName
      contentType
      size
      url
    }
  }
`);

export const AssignmentChoicesQuery = graphql(`
  query AssignmentChoices($ticketId: ID!) {
    operatorGroups {
      id
      name
      line
      tenantId
    }
    ticketOperators(ticketId: $ticketId) {
      id
      displayName
    }
  }
`);

export const ChangeStatusMutation = graphql(`
  mutation ChangeTicketStatus($input: ChangeTicketStatusInput!) {
    changeTicketStatus(input: $input) {
      ...TicketDetailFields
    }
  }
`);

export const ChangePriorityMutation = graphql(`
  mutation ChangeTicketPriority($input: ChangeTicketPriorityInput!) {
    changeTicketPriority(input: $input) {
      ...TicketDetailFields
    }
  }
`);

export const AssignMutation = graphql(`
  mutation AssignTicket($input: AssignTicketInput!) {
    assignTicket(input: $input) {
      ...TicketDetailFields
    }
  }
`);

export const AddEntryMutation = graphql(`
  mutation AddTicketEntry($input: AddTicketEntryInput!) {
    addTicketEntry(input: $input) {
      id
    }
  }
`);

export const ReopenMutation = graphql(`
  mutation ReopenTicket($id: ID!) {
    reopenTicket(ticketId: $id) {
      ...TicketDetailFields
    }
  }
`);

export const RateMutation = graphql(`
  mutation RateTicket($input: RateTicketInput!) {
    rateTicket(input: $input) {
      ...TicketDetailFields
    }
  }
`);

export const SetMajorIncidentMutation = graphql(`
  mutation SetMajorIncident($input: SetMajorIncidentInput!) {
    setMajorIncident(input: $input) {
      ...TicketDetailFields
    }
  }
`);

export const LinkTicketMutation = graphql(`
  mutation LinkTicketToMajorIncident($input: LinkTicketInput!) {
    linkTicketToMajorIncident(input: $input) {
      ...TicketDetailFields
    }
  }
`);

export const ResolveMajorIncidentMutation = graphql(`
  mutation ResolveMajorIncident($input: ResolveMajorIncidentInput!) {
    resolveMajorIncident(input: $input) {
      ...TicketDetailFields
    }
  }
`);

export const MergeTicketMutation = graphql(`
  mutation MergeTicket($input: MergeTicketInput!) {
    mergeTicket(input: $input) {
      ...TicketDetailFields
    }
  }
`);

export const FindTicketByNumberQuery = graphql(`
  query FindTicketByNumber($text: String!) {
    searchTickets(text: $text, first: 1) {
      id
      number
    }
  }
`);

export const TicketAutoCloseDaysQuery = graphql(`
  query TicketAutoCloseDays($tenantId: ID!) {
    ticketAutoCloseDays(tenantId: $tenantId)
  }
`);

export const SetAutoCloseDaysMutation = graphql(`
  mutation SetTicketAutoCloseDays($tenantId: ID!, $businessDays: Int!) {
    setTicketAutoCloseDays(tenantId: $tenantId, businessDays: $businessDays)
  }
`);

import { graphql } from '../../gql';

export const WhoToCallQuery = graphql(`
  query WhoToCall {
    whoToCall {
      route
      phone
      availability {
        tier
        until
        timeZone
      }
      people {
        id
        displayName
        jobTitle
        workPhone
      }
    }
    openCriticalCases {
      id
      ticketId
      number
      title
      status
      createdAt
    }
  }
`);

export const ReportCriticalMutation = graphql(`
  mutation ReportCritical($input: ReportCriticalInput!) {
    reportCritical(input: $input) {
      id
      ticketId
      number
    }
  }
`);

export const MyNoticesQuery = graphql(`
  query MyNotices {
    myNotifications(unreadOnly: true) {
      id
      kind
      text
      ticketId
      createdAt
      params {
        name
        value
      }
    }
  }
`);

export const NoticeAddedSubscription = graphql(`
  subscription NoticeAdded {
    notificationAdded {
      id
      kind
    }
  }
`);

export const MarkNoticeReadMutation = graphql(`
  mutation MarkNoticeRead($id: ID!) {
    markNotificationRead(id: $id) {
      id
      readAt
    }
  }
`);

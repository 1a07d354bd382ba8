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

import { graphql } from '../../gql';

export const BusinessCalendarsQuery = graphql(`
  query BusinessCalendars($tenantId: ID!) {
    businessCalendars(tenantId: $tenantId) {
      id
      name
      calendar
      stored
      updatedAt
    }
    viewer {
      tenants {
        id
        name
      }
    }
  }
`);

export const SaveBusinessCalendarMutation = graphql(`
  mutation SaveBusinessCalendar($tenantId: ID!, $name: String!, $calendar: String!) {
    saveBusinessCalendar(tenantId: $tenantId, name: $name, calendar: $calendar) {
      id
      name
      calendar
      stored
      updatedAt
    }
  }
`);

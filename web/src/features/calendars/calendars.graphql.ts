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

export const TargetsQuery = graphql(`
  query Targets($tenantId: ID!) {
    slaPolicies(tenantId: $tenantId) {
      priority
      responseMinutes
      resolutionMinutes
      calendarName
    }
    criticalSettings {
      autoEscalateMinutes
      repageMinutes
      maxRepages
    }
  }
`);

export const SaveSlaPolicyMutation = graphql(`
  mutation SaveSlaPolicy($input: SlaPolicyInput!) {
    saveSlaPolicy(input: $input) {
      priority
      responseMinutes
      resolutionMinutes
      calendarName
    }
  }
`);

export const SaveCriticalSettingsMutation = graphql(`
  mutation SaveCriticalSettings($input: CriticalSettingsInput!) {
    saveCriticalSettings(input: $input) {
      autoEscalateMinutes
      repageMinutes
      maxRepages
    }
  }
`);

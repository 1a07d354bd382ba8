import { graphql } from '../../gql';

export const OnCallPlanningQuery = graphql(`
  query OnCallPlanning($tenantId: ID!) {
    onCallPeriods(tenantId: $tenantId) {
      id
      startsAt
      endsAt
      personIds
      unitIds
      phone
      note
    }
    orgUnits {
      id
      name
      tenantId
      parentId
    }
    viewer {
      tenants {
        id
        name
      }
    }
    itStaff {
      id
      displayName
      jobTitle
      workPhone
    }
  }
`);

export const ScheduleOnCallMutation = graphql(`
  mutation ScheduleOnCall($input: ScheduleOnCallInput!) {
    scheduleOnCall(input: $input) {
      id
    }
  }
`);

export const AnnounceItAbsenceMutation = graphql(`
  mutation AnnounceItAbsence($input: AnnounceItAbsenceInput!) {
    announceItAbsence(input: $input) {
      id
    }
  }
`);

import { graphql } from '../../gql';

export const StaffSearchQuery = graphql(`
  query StaffSearch($query: String!) {
    staffSearch(query: $query, first: 30) {
      id
      username
      displayName
      jobTitle
      email
      mobile
      workPhone
      kind
      roles
      accountStatus
      locked
      lockedUntil
      mustChangePassword
      canResetPassword
      activeFrom
      endDate
      tenant {
        id
        code
        name
      }
      orgUnit {
        id
        name
      }
      manager {
        id
        displayName
      }
    }
  }
`);

export const SetTemporaryPasswordMutation = graphql(`
  mutation SetTemporaryPassword($personId: ID!) {
    setTemporaryPassword(personId: $personId) {
      password
    }
  }
`);

export const UnlockAccountMutation = graphql(`
  mutation UnlockAccount($personId: ID!) {
    unlockAccount(personId: $personId)
  }
`);

export const RequestColleagueResetMutation = graphql(`
  mutation RequestColleagueReset($personId: ID!) {
    requestColleaguePasswordReset(personId: $personId)
  }
`);

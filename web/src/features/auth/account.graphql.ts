import { graphql } from '../../gql';

export const AccountQuery = graphql(`
  query Account {
    viewer {
      id
      username
      givenName
      surname
      email
      mobile
      roles
      mustChangePassword
      passwordExpiresAt
      person {
        id
        displayName
        jobTitle
        workPhone
      }
      tenant {
        id
        name
      }
      passwordPolicy {
        minLength
        requiredClasses
        forbiddenCharacters
        forbidNameParts
        maxAgeDays
        historyCount
        lockoutThreshold
        lockoutMinutes
        expiryReminderDays
      }
    }
  }
`);

export const ChangePasswordMutation = graphql(`
  mutation ChangePassword($currentPassword: String!, $newPassword: String!) {
    changePassword(currentPassword: $currentPassword, newPassword: $newPassword) {
      id
      mustChangePassword
    }
  }
`);

export const RequestPasswordResetMutation = graphql(`
  mutation RequestPasswordReset($identifier: String!, $channel: ResetChannel!) {
    requestPasswordReset(identifier: $identifier, channel: $channel)
  }
`);

export const ResetPasswordWithCodeMutation = graphql(`
  mutation ResetPasswordWithCode($identifier: String!, $code: String!, $newPassword: String!) {
    resetPasswordWithCode(identifier: $identifier, code: $code, newPassword: $newPassword)
  }
`);

export const SignOutEverywhereMutation = graphql(`
  mutation SignOutEverywhere($personId: ID) {
    signOutEverywhere(personId: $personId)
  }
`);

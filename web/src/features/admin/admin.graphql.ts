import { graphql } from '../../gql';

export const TenantSettingsQuery = graphql(`
  query TenantSettings($tenantId: ID!) {
    tenantSettings(tenantId: $tenantId) {
      tenantId
      name
      code
      urgentPhone
      supportPhone
      supportEmail
      mailboxAddress
      usernameScheme
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
      featureRules {
        remoteAccessOrderedByManager
        internationalCallsNeedApproval
      }
    }
  }
`);

export const UpdateTenantSettingsMutation = graphql(`
  mutation UpdateTenantSettings($tenantId: ID!, $input: TenantSettingsInput!) {
    updateTenantSettings(tenantId: $tenantId, input: $input) {
      tenantId
      urgentPhone
      supportPhone
      supportEmail
      mailboxAddress
      usernameScheme
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
      featureRules {
        remoteAccessOrderedByManager
        internationalCallsNeedApproval
      }
    }
  }
`);

export const OrgUnitsQuery = graphql(`
  query OrgUnits {
    orgUnits {
      id
      tenantId
      code
      name
      parentId
      head {
        id
        displayName
      }
    }
  }
`);

export const SaveOrgUnitMutation = graphql(`
  mutation SaveOrgUnit($input: SaveOrgUnitInput!) {
    saveOrgUnit(input: $input) {
      id
      code
      name
      parentId
    }
  }
`);

export const CreatePersonMutation = graphql(`
  mutation CreatePerson($input: CreatePersonInput!) {
    createPerson(input: $input) {
      id
      username
      displayName
      activeFrom
    }
  }
`);

export const SetPersonRolesMutation = graphql(`
  mutation SetPersonRoles($id: ID!, $roles: [String!]!) {
    setPersonRoles(id: $id, roles: $roles) {
      id
      roles
    }
  }
`);

export const UpdatePersonMutation = graphql(`
  mutation UpdatePerson($id: ID!, $input: UpdatePersonInput!) {
    updatePerson(id: $id, input: $input) {
      id
      accountStatus
      endDate
    }
  }
`);

export const ImportHrMutation = graphql(`
  mutation ImportHr($content: String!, $format: HrFormat!, $dryRun: Boolean) {
    importHr(content: $content, format: $format, dryRun: $dryRun) {
      fileErrors
      rows
      created
      updated
      moved
      ended
      unchanged
      rejected {
        row
        personNumber
        problems {
          field
          code
          message
        }
      }
    }
  }
`);

export const TenantAccessGrantsQuery = graphql(`
  query TenantAccessGrants($tenantId: ID!) {
    tenantAccessGrants(tenantId: $tenantId) {
      id
      username
      homeTenantName
      person {
        id
        displayName
        jobTitle
      }
    }
  }
`);

export const GrantTenantAccessMutation = graphql(`
  mutation GrantTenantAccess($tenantId: ID!, $username: String!) {
    grantTenantAccess(tenantId: $tenantId, username: $username) {
      id
    }
  }
`);

export const RevokeTenantAccessMutation = graphql(`
  mutation RevokeTenantAccess($id: ID!) {
    revokeTenantAccess(id: $id)
  }
`);

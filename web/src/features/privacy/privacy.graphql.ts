import { graphql } from '../../gql';

export const PrivacyNoticeQuery = graphql(`
  query PrivacyNotice($tenantCode: String!, $language: String) {
    privacyNotice(tenantCode: $tenantCode, language: $language) {
      tenantCode
      tenantName
      retentionYears
      custom
      html
      updatedAt
    }
  }
`);

export const PrivacyNoticeTenantsQuery = graphql(`
  query PrivacyNoticeTenants {
    privacyNoticeTenants {
      code
      name
    }
  }
`);

export const PrivacySettingsQuery = graphql(`
  query PrivacySettings($tenantId: ID!) {
    privacySettings(tenantId: $tenantId) {
      tenantId
      ticketRetentionYears
      customNoticeHtml
      updatedAt
    }
  }
`);

export const SetTicketRetentionMutation = graphql(`
  mutation SetTicketRetention($tenantId: ID!, $years: Int) {
    setTicketRetention(tenantId: $tenantId, years: $years) {
      tenantId
      ticketRetentionYears
      customNoticeHtml
      updatedAt
    }
  }
`);

export const SetPrivacyNoticeMutation = graphql(`
  mutation SetPrivacyNotice($tenantId: ID!, $html: String) {
    setPrivacyNotice(tenantId: $tenantId, html: $html) {
      tenantId
      ticketRetentionYears
      customNoticeHtml
      updatedAt
    }
  }
`);

export const PersonDataExportQuery = graphql(`
  query PersonDataExport($personId: ID!) {
    personDataExport(personId: $personId) {
      fileName
      json
    }
  }
`);

export const ErasePersonMutation = graphql(`
  mutation ErasePerson($personId: ID!, $reason: String!) {
    erasePerson(personId: $personId, reason: $reason) {
      personId
      pseudonym
      deletedRows
    }
  }
`);

import { graphql } from '../../gql';

export const MyNotificationPreferencesQuery = graphql(`
  query MyNotificationPreferences {
    myNotificationPreferences {
      event
      channel
      enabled
      locked
      isDefault
    }
  }
`);

export const SetNotificationPreferencesMutation = graphql(`
  mutation SetNotificationPreferences($changes: [NotificationPreferenceInput!]!) {
    setNotificationPreferences(changes: $changes) {
      event
      channel
      enabled
      locked
      isDefault
    }
  }
`);

export const UnreadNotificationCountQuery = graphql(`
  query UnreadNotificationCount {
    unreadNotificationCount
  }
`);

export const MarkAllNotificationsReadMutation = graphql(`
  mutation MarkAllNotificationsRead {
    markAllNotificationsRead
  }
`);

export const BadgeNotificationAddedSubscription = graphql(`
  subscription BadgeNotificationAdded {
    notificationAdded {
      id
    }
  }
`);

export const OutgoingMessagesQuery = graphql(`
  query OutgoingMessages($tenantId: ID!, $statuses: [String!], $channel: String) {
    outgoingMessages(tenantId: $tenantId, statuses: $statuses, channel: $channel) {
      id
      channel
      recipient
      kind
      subject
      body
      status
      attempts
      nextAttemptAt
      lastError
      createdAt
      sentAt
      simulated
    }
  }
`);

export const RetryOutgoingMessageMutation = graphql(`
  mutation RetryOutgoingMessage($id: ID!) {
    retryOutgoingMessage(id: $id) {
      id
      status
      attempts
      nextAttemptAt
    }
  }
`);

export const NotificationTemplatePreviewQuery = graphql(`
  query NotificationTemplatePreview($tenantId: ID!, $event: String!, $language: String!) {
    notificationTemplatePreview(tenantId: $tenantId, event: $event, language: $language) {
      subject
      body
      placeholders
      subjectTemplate
      bodyTemplate
      customised
    }
  }
`);

export const SaveNotificationTemplateMutation = graphql(`
  mutation SaveNotificationTemplate(
    $tenantId: ID!
    $event: String!
    $language: String!
    $subject: String!
    $body: String!
  ) {
    saveNotificationTemplate(
      tenantId: $tenantId
      event: $event
      language: $language
      subject: $subject
      body: $body
    ) {
      subject
      body
      placeholders
      subjectTemplate
      bodyTemplate
      customised
    }
  }
`);

export const ResetNotificationTemplateMutation = graphql(`
  mutation ResetNotificationTemplate($tenantId: ID!, $event: String!, $language: String!) {
    resetNotificationTemplate(tenantId: $tenantId, event: $event, language: $language) {
      subject
      body
      placeholders
      subjectTemplate
      bodyTemplate
      customised
    }
  }
`);

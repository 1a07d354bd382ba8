import { graphql } from '../../gql';

export const AnnouncementFields = graphql(`
  fragment AnnouncementFields on Announcement {
    id
    tenantId
    kind
    severity
    title
    bodyHtml
    unitIds
    startsAt
    endsAt
    endedAt
    state
    incident {
      id
      number
      status
    }
    affectedCount
    viewerAffected
  }
`);

export const ActiveAnnouncementsQuery = graphql(`
  query ActiveAnnouncements {
    activeAnnouncements {
      ...AnnouncementFields
    }
  }
`);

export const ManageAnnouncementsQuery = graphql(`
  query ManageAnnouncements($tenantId: ID!) {
    announcements(tenantId: $tenantId) {
      ...AnnouncementFields
    }
    openMajorIncidents(tenantId: $tenantId) {
      id
      number
      title
    }
    viewer {
      id
      tenants {
        id
        name
      }
    }
  }
`);

export const PublishAnnouncementMutation = graphql(`
  mutation PublishAnnouncement($input: PublishAnnouncementInput!) {
    publishAnnouncement(input: $input) {
      ...AnnouncementFields
    }
  }
`);

export const UpdateAnnouncementMutation = graphql(`
  mutation UpdateAnnouncement($id: ID!, $input: AnnouncementInput!) {
    updateAnnouncement(id: $id, input: $input) {
      ...AnnouncementFields
    }
  }
`);

export const EndAnnouncementMutation = graphql(`
  mutation EndAnnouncement($id: ID!) {
    endAnnouncement(id: $id) {
      ...AnnouncementFields
    }
  }
`);

export const JoinAnnouncementMutation = graphql(`
  mutation JoinAnnouncementAsAffected($id: ID!) {
    joinAnnouncementAsAffected(id: $id) {
      ...AnnouncementFields
    }
  }
`);

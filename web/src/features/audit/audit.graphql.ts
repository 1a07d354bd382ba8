import { graphql } from '../../gql';

export const AuditLogQuery = graphql(`
  query AuditLog(
    $from: DateTime
    $to: DateTime
    $actorId: ID
    $action: String
    $entityType: String
    $entityId: ID
    $first: Int
  ) {
    auditLog(
      from: $from
      to: $to
      actorId: $actorId
      action: $action
      entityType: $entityType
      entityId: $entityId
      first: $first
    ) {
      id
      at
      actorId
      actorName
      action
      entityType
      entityId
      data
      chainSeq
    }
  }
`);

export const AuditLogCsvQuery = graphql(`
  query AuditLogCsv(
    $from: DateTime
    $to: DateTime
    $actorId: ID
    $action: String
    $entityType: String
    $entityId: ID
  ) {
    auditLogCsv(
      from: $from
      to: $to
      actorId: $actorId
      action: $action
      entityType: $entityType
      entityId: $entityId
    )
  }
`);

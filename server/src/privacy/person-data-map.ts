/**
 * Where Linje keeps data about a person, and what a data subject access request (export) and an
 * erasure do with each place. Every entity with a relation to Person must be listed here:
 * `person-data-map.integration.spec.ts` scans the ORM metadata and fails for one that is not,
 * so a new entity cannot hold personal data without a decision.
 */
export type ErasureRule =
  /** Rows are the person's own and mean nothing without them: deleted. */
  | 'DELETE'
  /** Rows are records of the organisation (tickets, entries): kept, the person row pseudonymised. */
  | 'KEEP_PSEUDONYMISED'
  /** Rows belong to someone else and only point at the person: kept, reference stays. */
  | 'KEEP_REFERENCE';

export interface PersonDataPlace {
  /** Entity class name as MikroORM knows it. */
  entity: string;
  /** Properties that point at the person: ManyToOne relations, or string/json columns of ids. */
  references: readonly string[];
  /** Whether the export includes the rows. */
  exported: boolean;
  /** Columns never written into an export (secrets, hashes). */
  secret?: readonly string[];
  erasure: ErasureRule;
  /** Why: shown to the lead and to auditors reading this file. */
  reason: string;
}

export const PERSON_DATA_MAP: readonly PersonDataPlace[] = [
  {
    entity: 'Person',
    references: ['id', 'manager', 'deputy'],
    exported: true,
    secret: ['passwordHash'],
    erasure: 'KEEP_PSEUDONYMISED',
    reason:
      'The profile itself; people who have the person as manager or deputy are listed so the subject sees who points at them.',
  },
  {
    entity: 'TenantAccess',
    references: ['person'],
    exported: true,
    erasure: 'DELETE',
    reason: 'Access to further municipalities is about the person only.',
  },
  {
    entity: 'Session',
    references: ['person'],
    exported: true,
    secret: ['tokenHash'],
    erasure: 'DELETE',
    reason: 'Sign-in metadata (when, until when); the token hash is a secret.',
  },
  {
    entity: 'PasswordHistory',
    references: ['person'],
    exported: false,
    secret: ['passwordHash'],
    erasure: 'DELETE',
    reason: 'Only hashes of former passwords: secrets, not information about the person.',
  },
  {
    entity: 'PasswordResetCode',
    references: ['person'],
    exported: false,
    secret: ['codeHash'],
    erasure: 'DELETE',
    reason: 'Short-lived secrets; retention deletes them within days.',
  },
  {
    entity: 'OrgUnit',
    references: ['head'],
    exported: true,
    erasure: 'KEEP_REFERENCE',
    reason: 'Units the person heads; the unit is the organisation’s, the reference is the role.',
  },
  {
    entity: 'Ticket',
    references: ['caller', 'subject', 'operator'],
    exported: true,
    erasure: 'KEEP_PSEUDONYMISED',
    reason:
      'Tickets are public-sector records: kept with their text; the person shows as pseudonymised.',
  },
  {
    entity: 'TicketEntry',
    references: ['author'],
    exported: true,
    erasure: 'KEEP_PSEUDONYMISED',
    reason: 'Replies and notes the person wrote are part of the ticket record.',
  },
  {
    entity: 'Attachment',
    references: ['uploadedBy'],
    exported: true,
    erasure: 'KEEP_PSEUDONYMISED',
    reason: 'Attachment metadata (name, type, size); the file belongs to the ticket record.',
  },
  {
    entity: 'SavedView',
    references: ['owner'],
    exported: true,
    erasure: 'DELETE',
    reason: 'The person’s own queue views.',
  },
  {
    entity: 'Notification',
    references: ['recipient'],
    exported: true,
    erasure: 'DELETE',
    reason: 'Notifications addressed to the person.',
  },
  {
    entity: 'ItAbsenceEntry',
    references: ['createdBy'],
    exported: true,
    erasure: 'KEEP_REFERENCE',
    reason: 'Absence entries the person recorded for IT staff.',
  },
  {
    entity: 'OnCallPeriod',
    references: ['personIds', 'createdBy'],
    exported: true,
    erasure: 'KEEP_PSEUDONYMISED',
    reason: 'On-call duty is an organisational record; the person shows as pseudonymised.',
  },
  {
    entity: 'CriticalCase',
    references: ['reporter', 'currentContact', 'decidedBy', 'takenBy'],
    exported: true,
    erasure: 'KEEP_PSEUDONYMISED',
    reason: 'Critical cases and escalations are organisational records.',
  },
  {
    entity: 'EscalationStep',
    references: ['contact', 'actor'],
    exported: true,
    erasure: 'KEEP_PSEUDONYMISED',
    reason: 'Escalation steps name who was called; kept as records.',
  },
  {
    entity: 'Article',
    references: ['owner'],
    exported: true,
    erasure: 'KEEP_REFERENCE',
    reason: 'Knowledge articles the person owns belong to the organisation; ownership is a role.',
  },
  {
    entity: 'ArticleVersion',
    references: ['savedBy'],
    exported: true,
    erasure: 'KEEP_PSEUDONYMISED',
    reason: 'The version history of an article is a record; the author shows as pseudonymised.',
  },
  {
    entity: 'ArticleFeedback',
    references: ['person'],
    exported: true,
    erasure: 'KEEP_PSEUDONYMISED',
    reason: '"Was this helpful?" answers and comments count in the article’s score.',
  },
  {
    entity: 'ArticleDeflection',
    references: ['person'],
    exported: true,
    erasure: 'KEEP_PSEUDONYMISED',
    reason: 'An article that solved a problem without a ticket is counted for the article.',
  },
  {
    entity: 'NotificationPreference',
    references: ['person'],
    exported: true,
    erasure: 'DELETE',
    reason: 'The person’s own choices of which notices reach them on which channel.',
  },
  {
    entity: 'CatalogOrder',
    references: ['orderer', 'subject'],
    exported: true,
    erasure: 'KEEP_PSEUDONYMISED',
    reason: 'Orders and applications are records of the organisation (deliveries, payroll).',
  },
  {
    entity: 'CatalogOrderVersion',
    references: ['submittedBy'],
    exported: true,
    erasure: 'KEEP_PSEUDONYMISED',
    reason: 'Each submitted version of an order is part of its record.',
  },
  {
    entity: 'CatalogApproval',
    references: ['approver'],
    exported: true,
    erasure: 'KEEP_PSEUDONYMISED',
    reason: 'Approval decisions are records; the approver shows as pseudonymised.',
  },
  {
    entity: 'CatalogSignature',
    references: ['signer'],
    exported: true,
    erasure: 'KEEP_PSEUDONYMISED',
    reason:
      'A signature covers a hash of what was signed; it stays so the document still verifies.',
  },
  {
    entity: 'Asset',
    references: ['assignedPerson'],
    exported: true,
    erasure: 'KEEP_PSEUDONYMISED',
    reason:
      'Equipment is the organisation’s and its charges stay correct; the person it is assigned to shows as pseudonymised.',
  },
  {
    entity: 'CatalogResult',
    references: ['recordedBy'],
    exported: true,
    erasure: 'KEEP_PSEUDONYMISED',
    reason:
      'The documented result of a sensitive decision is a record; who recorded it shows as pseudonymised.',
  },
  {
    entity: 'Announcement',
    references: ['createdBy'],
    exported: true,
    erasure: 'KEEP_REFERENCE',
    reason: 'Announcements are IT’s notices to everyone; the author is a role.',
  },
  {
    entity: 'AnnouncementAffected',
    references: ['person'],
    exported: true,
    erasure: 'DELETE',
    reason: 'That the person said an outage affects them matters only while it lasts.',
  },
  {
    entity: 'AuditEvent',
    references: ['actorId', 'entityId'],
    exported: true,
    erasure: 'KEEP_REFERENCE',
    reason:
      'The audit trail is append-only; entries point at the pseudonymised person by id and hold no copy of the erased fields.',
  },
];

export function placeOf(entity: string): PersonDataPlace | undefined {
  return PERSON_DATA_MAP.find((p) => p.entity === entity);
}

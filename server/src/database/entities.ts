import { AuditEvent } from '../audit/audit-event.entity.js';
import { AuthAttempt } from '../auth/auth-attempt.entity.js';
import { PasswordHistory } from '../auth/password-history.entity.js';
import { PasswordResetCode } from '../auth/reset-code.entity.js';
import { Session } from '../auth/session.entity.js';
import { OrgUnit } from '../org/org-unit.entity.js';
import { Person } from '../people/person.entity.js';
import { TenantAccess } from '../people/tenant-access.entity.js';
import { Tenant } from '../tenants/tenant.entity.js';
import { TicketCounter } from '../tickets/ticket-counter.entity.js';
import { Ticket } from '../tickets/ticket.entity.js';
import { Attachment } from '../attachments/attachment.entity.js';
import { SavedView } from '../queue/saved-view.entity.js';
import { Category } from '../categories/category.entity.js';
import { OperatorGroup } from '../tickets/operator-group.entity.js';
import { TenantTicketSettings } from '../tickets/tenant-ticket-settings.entity.js';
import { TenantPrivacySettings } from '../privacy/tenant-privacy-settings.entity.js';
import { TicketEntry } from '../tickets/ticket-entry.entity.js';
import { Job } from '../jobs/job.entity.js';
import { Notification } from '../notifications/notification.entity.js';
import { TenantCalendar } from '../calendars/tenant-calendar.entity.js';
import { ItAbsenceEntry } from '../availability/it-absence.entity.js';
import { OnCallPeriod } from '../oncall/on-call-period.entity.js';
import { CriticalCase, EscalationStep } from '../critical/critical-case.entity.js';
import { CriticalSettings } from '../critical/critical-settings.entity.js';
import { SlaPolicy, TicketSla } from '../sla/sla.entities.js';
import { AssetCharge, AssetPrice } from '../assets/asset-charge.entity.js';
import { Asset } from '../assets/asset.entity.js';
import {
  CatalogApproval,
  CatalogDocument,
  CatalogFulfilment,
  CatalogItem,
  CatalogOrder,
  CatalogOrderVersion,
  CatalogResult,
  CatalogSignature,
} from '../catalog/catalog.entities.js';
import {
  Article,
  ArticleDeflection,
  ArticleFeedback,
  ArticleVersion,
  ArticleVisibility,
} from '../knowledge/article.entity.js';
import { InboundMail } from '../mail-in/inbound-mail.entity.js';
import { RateLimitBucket } from '../security/rate-limit.entity.js';
import { OutgoingMessage } from '../messaging/outgoing-message.entity.js';
import { NotificationPreference } from '../notifications/notification-preference.entity.js';
import { NotificationTemplate } from '../notifications/notification-template.entity.js';
import { Announcement, AnnouncementAffected } from '../announcements/announcement.entity.js';

/** Every entity Linje persists. Add new ones here; migrations are generated from this list. */
export const ENTITIES = [
  Tenant,
  Person,
  TenantAccess,
  Session,
  OrgUnit,
  PasswordHistory,
  PasswordResetCode,
  AuthAttempt,
  AuditEvent,
  Ticket,
  TicketCounter,
  Category,
  OperatorGroup,
  TicketEntry,
  TenantTicketSettings,
  TenantPrivacySettings,
  Attachment,
  SavedView,
  Job,
  Notification,
  TenantCalendar,
  ItAbsenceEntry,
  OnCallPeriod,
  CriticalCase,
  EscalationStep,
  CriticalSettings,
  SlaPolicy,
  TicketSla,
  Asset,
  AssetPrice,
  AssetCharge,
  Article,
  ArticleVersion,
  ArticleVisibility,
  ArticleFeedback,
  ArticleDeflection,
  InboundMail,
  RateLimitBucket,
  OutgoingMessage,
  NotificationPreference,
  NotificationTemplate,
  Announcement,
  AnnouncementAffected,
  CatalogItem,
  CatalogOrder,
  CatalogOrderVersion,
  CatalogApproval,
  CatalogFulfilment,
  CatalogSignature,
  CatalogDocument,
  CatalogResult,
];

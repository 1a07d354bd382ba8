import type { Options } from '@mikro-orm/core';

type FilterDef = NonNullable<Options['filters']>[string];

export const TENANT_FILTER = 'tenant';

export interface TenantFilterArgs {
  tenantIds: string[];
}

/**
 * The one place tenant scoping happens. It is on by default for every tenant-owned
 * entity and needs the viewer's tenant ids; a query without them fails instead of
 * returning every municipality's rows. System work (imports, timers, seeding)
 * turns it off explicitly with `filters: { tenant: false }` or `em.fork` + `allTenants`.
 */
export const tenantFilter: FilterDef = {
  name: TENANT_FILTER,
  default: true,
  entity: [
    'Person',
    'TenantAccess',
    'OrgUnit',
    'AuditEvent',
    'Ticket',
    'Category',
    'OperatorGroup',
    'TicketEntry',
    'Attachment',
    'SavedView',
    'Notification',
    'TenantCalendar',
    'ItAbsenceEntry',
    'OnCallPeriod',
    'CriticalCase',
    'EscalationStep',
    'CriticalSettings',
    'SlaPolicy',
    'TicketSla',
    'Asset',
    'AssetPrice',
    'AssetCharge',
    'Article',
    'ArticleVersion',
    'ArticleVisibility',
    'ArticleFeedback',
    'ArticleDeflection',
    'InboundMail',
    'OutgoingMessage',
    'NotificationPreference',
    'NotificationTemplate',
    'Announcement',
    'AnnouncementAffected',
    'CatalogItem',
    'CatalogOrder',
    'CatalogOrderVersion',
    'CatalogApproval',
    'CatalogFulfilment',
    'CatalogSignature',
    'CatalogDocument',
    'CatalogResult',
  ],
  cond: (args: TenantFilterArgs) => ({ tenant: { $in: args.tenantIds } }),
};

/** Tenants themselves are visible only when they are among the viewer's tenants. */
export const ownTenantsFilter: FilterDef = {
  name: 'ownTenants',
  default: true,
  entity: ['Tenant'],
  cond: (args: TenantFilterArgs) => ({ id: { $in: args.tenantIds } }),
};

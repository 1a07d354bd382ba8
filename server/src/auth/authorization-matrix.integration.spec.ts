/**
 * The authorisation matrix: every GraphQL operation the server exposes, each role, two
 * municipalities. The list of operations comes from the live schema, so an operation
 * without an entry here fails the test until someone decides who may call it.
 *
 * Documents are generated from the schema (every scalar field, nested objects two levels
 * deep), so a leak through a nested field shows up too: whatever a Burlöv-only person
 * calls, no Kävlinge data may appear in the answer.
 */
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Asset } from '../assets/asset.entity.js';
import { CatalogItem, CatalogOrder, CatalogOrderVersion } from '../catalog/catalog.entities.js';
import { Article } from '../knowledge/article.entity.js';
import { DEMO_PASSWORD } from '../demo/demo-seed.js';
import { Category } from '../categories/category.entity.js';
import { seedPerson } from '../demo/factories.js';
import { Person } from '../people/person.entity.js';
import { Tenant } from '../tenants/tenant.entity.js';
import { TestApp, type GqlResponse } from '../test-support/test-app.js';
import { Ticket } from '../tickets/ticket.entity.js';
import { hashPassword } from './password-hasher.js';

const PERSONAS = {
  anon: null,
  saraKavEmployee: 'JOSA9804',
  larsKavManager: 'AHLS8022',
  omarKavAgent: 'SAOR9112', // also serves Burlöv
  lenaBurAgent: 'BELA8819', // Burlöv only
  nilsKavAdmin: 'AXNS8514',
  idaBurAdmin: 'LIIA9003',
  aliBurEmployee: 'HAAI9502',
} as const;
type Persona = keyof typeof PERSONAS;

/**
 * ok: answers without errors. A code: the first error has it. refused: FORBIDDEN,
 * NOT_FOUND, BAD_USER_INPUT or CONFLICT — used where the generated input is a placeholder
 * and any refusal (without data) is right.
 */
type Outcome =
  'ok' | 'UNAUTHENTICATED' | 'FORBIDDEN' | 'NOT_FOUND' | 'BAD_USER_INPUT' | 'CONFLICT' | 'refused';

interface Ids {
  kavTenant: string;
  burTenant: string;
  kavTicket: string;
  burTicket: string;
  kavPerson: string;
  burPerson: string;
  kavCategory: string;
  now: string;
  kavAsset: string;
  kavArticle: string;
  kavCatalogItem: string;
  kavOrder: string;
  /** A pending inspection of Sara's mailbox, filed by Lars. */
  kavInspection: string;
}

interface Entry {
  /** Argument values; the rest of the required arguments are generated. */
  args?: (ids: Ids) => Record<string, unknown>;
  expect: Partial<Record<Persona, Outcome>>;
}

const U = 'UNAUTHENTICATED' as const;
const ticketArg = (ids: Ids) => ({ ticketId: ids.kavTicket });
const personArg = (ids: Ids) => ({ personId: ids.kavPerson });
const tenantArg = (ids: Ids) => ({ tenantId: ids.kavTenant });
/** Managing the knowledge base: agents of the owning municipality. */
const KB_MANAGE: Entry['expect'] = {
  anon: U,
  saraKavEmployee: 'FORBIDDEN',
  larsKavManager: 'FORBIDDEN',
  nilsKavAdmin: 'FORBIDDEN',
  omarKavAgent: 'ok',
  lenaBurAgent: 'NOT_FOUND',
  idaBurAdmin: 'NOT_FOUND',
  aliBurEmployee: 'NOT_FOUND',
};

const MATRIX: Record<string, Entry> = {
  // ---- sign-in, passwords, sessions (public where marked) ----
  viewer: { expect: { anon: 'ok', saraKavEmployee: 'ok', lenaBurAgent: 'ok' } },
  signIn: {
    args: () => ({ identifier: 'JOSA9804', password: 'not-the-password' }),
    expect: { anon: U },
  },
  signOut: { expect: { anon: 'ok' } },
  changePassword: {
    args: () => ({ currentPassword: 'wrong', newPassword: 'Another-2026x' }),
    expect: { anon: U, saraKavEmployee: 'BAD_USER_INPUT', lenaBurAgent: 'BAD_USER_INPUT' },
  },
  requestPasswordReset: {
    args: () => ({ identifier: 'NOSUCHUSER', channel: 'SMS' }),
    expect: { anon: 'ok', saraKavEmployee: 'ok' },
  },
  resetPasswordWithCode: {
    args: () => ({ identifier: 'NOSUCHUSER', code: '000000', newPassword: 'Another-2026x' }),
    expect: { anon: 'BAD_USER_INPUT' },
  },
  requestColleaguePasswordReset: {
    args: personArg,
    expect: {
      anon: U,
      saraKavEmployee: 'ok',
      lenaBurAgent: 'NOT_FOUND',
      aliBurEmployee: 'NOT_FOUND',
      idaBurAdmin: 'NOT_FOUND',
    },
  },
  setTemporaryPassword: {
    args: personArg,
    expect: {
      anon: U,
      saraKavEmployee: 'FORBIDDEN',
      larsKavManager: 'ok',
      omarKavAgent: 'ok',
      lenaBurAgent: 'NOT_FOUND',
      nilsKavAdmin: 'ok',
      idaBurAdmin: 'NOT_FOUND',
      aliBurEmployee: 'NOT_FOUND',
    },
  },
  unlockAccount: {
    args: personArg,
    expect: {
      anon: U,
      saraKavEmployee: 'FORBIDDEN',
      larsKavManager: 'ok',
      omarKavAgent: 'ok',
      lenaBurAgent: 'NOT_FOUND',
      nilsKavAdmin: 'ok',
      idaBurAdmin: 'NOT_FOUND',
    },
  },
  signOutEverywhere: {
    args: personArg,
    expect: {
      anon: U,
      saraKavEmployee: 'FORBIDDEN',
      larsKavManager: 'ok',
      omarKavAgent: 'ok',
      lenaBurAgent: 'NOT_FOUND',
      idaBurAdmin: 'NOT_FOUND',
    },
  },

  // ---- service catalog and orders ----
  catalogItems: {
    expect: {
      anon: U,
      saraKavEmployee: 'ok',
      larsKavManager: 'ok',
      omarKavAgent: 'ok',
      lenaBurAgent: 'ok',
      nilsKavAdmin: 'ok',
      idaBurAdmin: 'ok',
      aliBurEmployee: 'ok',
    },
  },
  // Visible to those involved: the orderer, the subject, the managers above, the approvers.
  catalogOrder: {
    args: (ids) => ({ id: ids.kavOrder }),
    expect: {
      anon: U,
      saraKavEmployee: 'NOT_FOUND',
      larsKavManager: 'ok',
      omarKavAgent: 'NOT_FOUND',
      lenaBurAgent: 'NOT_FOUND',
      nilsKavAdmin: 'NOT_FOUND',
      idaBurAdmin: 'NOT_FOUND',
      aliBurEmployee: 'NOT_FOUND',
    },
  },
  myCatalogOrders: {
    expect: { anon: U, saraKavEmployee: 'ok', larsKavManager: 'ok', aliBurEmployee: 'ok' },
  },
  catalogApprovalInbox: {
    expect: { anon: U, saraKavEmployee: 'ok', larsKavManager: 'ok', lenaBurAgent: 'ok' },
  },
  placeCatalogOrder: {
    args: (ids) => ({
      input: { itemId: ids.kavCatalogItem, valuesJson: '{"kind":"EMPLOYMENT"}' },
    }),
    expect: {
      anon: U,
      saraKavEmployee: 'ok',
      larsKavManager: 'ok',
      omarKavAgent: 'ok',
      lenaBurAgent: 'NOT_FOUND',
      nilsKavAdmin: 'ok',
      idaBurAdmin: 'NOT_FOUND',
      aliBurEmployee: 'NOT_FOUND',
    },
  },
  decideCatalogOrder: {
    args: (ids) => ({ input: { orderId: ids.kavOrder, approve: false, reason: 'Matrix' } }),
    expect: {
      anon: U,
      saraKavEmployee: 'NOT_FOUND',
      omarKavAgent: 'NOT_FOUND',
      lenaBurAgent: 'NOT_FOUND',
      nilsKavAdmin: 'NOT_FOUND',
      idaBurAdmin: 'NOT_FOUND',
      aliBurEmployee: 'NOT_FOUND',
      // The manager above the subject: the first rejection, then the same answer again.
      larsKavManager: 'ok',
    },
  },
  // Anyone signed in may ask how to sign (here the password only).
  signatureProviders: {
    expect: {
      anon: U,
      saraKavEmployee: 'ok',
      larsKavManager: 'ok',
      lenaBurAgent: 'ok',
      aliBurEmployee: 'ok',
    },
  },
  // No EID_ENDPOINT in this run: e-ID signing is refused with a clear code.
  cancelEidSigning: {
    args: () => ({ orderRef: '00000000-0000-0000-0000-000000000000' }),
    expect: {
      anon: U,
      saraKavEmployee: 'BAD_USER_INPUT',
      larsKavManager: 'BAD_USER_INPUT',
      lenaBurAgent: 'BAD_USER_INPUT',
    },
  },
  startEidSigning: {
    expect: {
      anon: U,
      saraKavEmployee: 'BAD_USER_INPUT',
      larsKavManager: 'BAD_USER_INPUT',
      lenaBurAgent: 'BAD_USER_INPUT',
    },
  },
  resubmitCatalogOrder: {
    args: (ids) => ({ input: { orderId: ids.kavOrder, valuesJson: '{}' } }),
    expect: {
      anon: U,
      saraKavEmployee: 'NOT_FOUND',
      larsKavManager: 'FORBIDDEN',
      omarKavAgent: 'NOT_FOUND',
      lenaBurAgent: 'NOT_FOUND',
      nilsKavAdmin: 'NOT_FOUND',
      idaBurAdmin: 'NOT_FOUND',
      aliBurEmployee: 'NOT_FOUND',
    },
  },

  // Whom one may order an item for: an item of one's own municipality only.
  catalogSubjects: {
    args: (ids) => ({ itemId: ids.kavCatalogItem }),
    expect: {
      anon: U,
      saraKavEmployee: 'ok',
      larsKavManager: 'ok',
      omarKavAgent: 'ok',
      lenaBurAgent: 'NOT_FOUND',
      nilsKavAdmin: 'ok',
      idaBurAdmin: 'NOT_FOUND',
      aliBurEmployee: 'NOT_FOUND',
    },
  },
  // Sensitive decisions: a list of what the viewer may read (empty for most).
  confidentialCatalogOrders: {
    expect: {
      anon: U,
      saraKavEmployee: 'ok',
      larsKavManager: 'ok',
      omarKavAgent: 'ok',
      lenaBurAgent: 'ok',
      nilsKavAdmin: 'ok',
      idaBurAdmin: 'ok',
      aliBurEmployee: 'ok',
    },
  },
  // Only the IT lead, once all three approved. The subject, agents and admins cannot tell it exists.
  recordCatalogOrderResult: {
    args: (ids) => ({ input: { orderId: ids.kavInspection, result: 'Matrix' } }),
    expect: {
      anon: U,
      saraKavEmployee: 'NOT_FOUND',
      larsKavManager: 'CONFLICT',
      omarKavAgent: 'NOT_FOUND',
      lenaBurAgent: 'NOT_FOUND',
      nilsKavAdmin: 'NOT_FOUND',
      idaBurAdmin: 'NOT_FOUND',
      aliBurEmployee: 'NOT_FOUND',
    },
  },

  // ---- people, org units, tenants, HR ----
  staffSearch: {
    args: () => ({ query: 'a' }),
    expect: {
      anon: U,
      saraKavEmployee: 'FORBIDDEN',
      aliBurEmployee: 'FORBIDDEN',
      larsKavManager: 'ok',
      omarKavAgent: 'ok',
      lenaBurAgent: 'ok',
      nilsKavAdmin: 'ok',
      idaBurAdmin: 'ok',
    },
  },
  staffMember: {
    args: (ids) => ({ id: ids.kavPerson }),
    expect: {
      anon: U,
      saraKavEmployee: 'NOT_FOUND',
      larsKavManager: 'ok',
      omarKavAgent: 'ok',
      lenaBurAgent: 'NOT_FOUND',
      nilsKavAdmin: 'ok',
      idaBurAdmin: 'NOT_FOUND',
      aliBurEmployee: 'NOT_FOUND',
    },
  },
  managerChain: {
    args: personArg,
    expect: {
      anon: U,
      saraKavEmployee: 'ok',
      omarKavAgent: 'ok',
      lenaBurAgent: 'NOT_FOUND',
      aliBurEmployee: 'NOT_FOUND',
    },
  },
  createPerson: {
    args: (ids) => ({
      input: {
        tenantId: ids.kavTenant,
        givenName: 'Matrix',
        surname: 'Test',
        birthDate: '1990-01-01',
      },
    }),
    expect: {
      anon: U,
      saraKavEmployee: 'FORBIDDEN',
      larsKavManager: 'FORBIDDEN',
      omarKavAgent: 'FORBIDDEN',
      lenaBurAgent: 'FORBIDDEN',
      nilsKavAdmin: 'ok',
      idaBurAdmin: 'FORBIDDEN',
    },
  },
  updatePerson: {
    args: (ids) => ({ id: ids.kavPerson, input: { jobTitle: 'Assistant nurse' } }),
    expect: {
      anon: U,
      saraKavEmployee: 'FORBIDDEN',
      larsKavManager: 'FORBIDDEN',
      omarKavAgent: 'FORBIDDEN',
      lenaBurAgent: 'NOT_FOUND',
      nilsKavAdmin: 'ok',
      idaBurAdmin: 'NOT_FOUND',
    },
  },
  setPersonRoles: {
    args: (ids) => ({ id: ids.kavPerson, roles: ['EMPLOYEE'] }),
    expect: {
      anon: U,
      saraKavEmployee: 'FORBIDDEN',
      larsKavManager: 'FORBIDDEN',
      omarKavAgent: 'FORBIDDEN',
      lenaBurAgent: 'NOT_FOUND',
      nilsKavAdmin: 'ok',
      idaBurAdmin: 'NOT_FOUND',
    },
  },
  orgUnits: {
    expect: { anon: U, saraKavEmployee: 'ok', lenaBurAgent: 'ok', aliBurEmployee: 'ok' },
  },
  saveOrgUnit: {
    args: (ids) => ({ input: { tenantId: ids.kavTenant, code: 'MATRIX', name: 'Matrix' } }),
    expect: {
      anon: U,
      saraKavEmployee: 'FORBIDDEN',
      larsKavManager: 'FORBIDDEN',
      omarKavAgent: 'FORBIDDEN',
      lenaBurAgent: 'NOT_FOUND',
      nilsKavAdmin: 'ok',
      idaBurAdmin: 'NOT_FOUND',
    },
  },
  tenantSettings: {
    args: tenantArg,
    expect: {
      anon: U,
      saraKavEmployee: 'FORBIDDEN',
      larsKavManager: 'FORBIDDEN',
      omarKavAgent: 'FORBIDDEN',
      lenaBurAgent: 'NOT_FOUND',
      nilsKavAdmin: 'ok',
      idaBurAdmin: 'NOT_FOUND',
    },
  },
  updateTenantSettings: {
    args: (ids) => ({ tenantId: ids.kavTenant, input: {} }),
    expect: {
      anon: U,
      saraKavEmployee: 'FORBIDDEN',
      omarKavAgent: 'FORBIDDEN',
      lenaBurAgent: 'NOT_FOUND',
      nilsKavAdmin: 'ok',
      idaBurAdmin: 'NOT_FOUND',
    },
  },
  // ---- audit log: auditors of the municipality only (audit-log.integration.spec.ts) ----
  auditLog: {
    expect: {
      anon: U,
      saraKavEmployee: 'FORBIDDEN',
      omarKavAgent: 'FORBIDDEN',
      lenaBurAgent: 'FORBIDDEN',
      nilsKavAdmin: 'FORBIDDEN',
      idaBurAdmin: 'FORBIDDEN',
    },
  },
  auditLogCsv: {
    expect: {
      anon: U,
      saraKavEmployee: 'FORBIDDEN',
      omarKavAgent: 'FORBIDDEN',
      nilsKavAdmin: 'FORBIDDEN',
      idaBurAdmin: 'FORBIDDEN',
    },
  },
  importHr: {
    args: (ids) => ({
      tenantId: ids.kavTenant,
      content: 'personNumber,givenName,surname\n',
      format: 'CSV',
      dryRun: true,
    }),
    expect: {
      anon: U,
      saraKavEmployee: 'FORBIDDEN',
      larsKavManager: 'FORBIDDEN',
      omarKavAgent: 'FORBIDDEN',
      lenaBurAgent: 'NOT_FOUND',
      nilsKavAdmin: 'ok',
      idaBurAdmin: 'NOT_FOUND',
    },
  },

  tenantAccessGrants: {
    args: tenantArg,
    expect: {
      anon: U,
      saraKavEmployee: 'FORBIDDEN',
      omarKavAgent: 'FORBIDDEN',
      lenaBurAgent: 'NOT_FOUND',
      nilsKavAdmin: 'ok',
      idaBurAdmin: 'NOT_FOUND',
    },
  },
  grantTenantAccess: {
    args: (ids) => ({ tenantId: ids.kavTenant, username: 'NOSUCHAGENT' }),
    expect: {
      anon: U,
      saraKavEmployee: 'FORBIDDEN',
      omarKavAgent: 'FORBIDDEN',
      lenaBurAgent: 'NOT_FOUND',
      nilsKavAdmin: 'BAD_USER_INPUT',
      idaBurAdmin: 'NOT_FOUND',
    },
  },
  revokeTenantAccess: {
    args: (ids) => ({ id: ids.kavTicket }),
    expect: { anon: U, saraKavEmployee: 'NOT_FOUND', lenaBurAgent: 'NOT_FOUND' },
  },

  // ---- tickets ----
  createTicket: {
    args: () => ({ input: { title: 'Matrix ticket', description: '' } }),
    expect: { anon: U, saraKavEmployee: 'ok', aliBurEmployee: 'ok' },
  },
  ticket: {
    args: (ids) => ({ id: ids.kavTicket }),
    expect: {
      anon: U,
      omarKavAgent: 'ok',
      lenaBurAgent: 'NOT_FOUND',
      aliBurEmployee: 'NOT_FOUND',
      idaBurAdmin: 'NOT_FOUND',
    },
  },
  myTickets: { expect: { anon: U, saraKavEmployee: 'ok', lenaBurAgent: 'ok' } },
  ticketsFiledForOthers: { expect: { anon: U, saraKavEmployee: 'ok', lenaBurAgent: 'ok' } },
  queue: {
    expect: { anon: U, saraKavEmployee: 'FORBIDDEN', omarKavAgent: 'ok', lenaBurAgent: 'ok' },
  },
  queueCounts: {
    expect: { anon: U, saraKavEmployee: 'FORBIDDEN', omarKavAgent: 'ok', lenaBurAgent: 'ok' },
  },
  searchTickets: {
    args: () => ({ text: 'printer' }),
    expect: { anon: U, saraKavEmployee: 'ok', lenaBurAgent: 'ok' },
  },
  ticketTimeline: {
    args: ticketArg,
    expect: { anon: U, omarKavAgent: 'ok', lenaBurAgent: 'NOT_FOUND', aliBurEmployee: 'NOT_FOUND' },
  },
  ticketAttachments: {
    args: ticketArg,
    expect: { anon: U, omarKavAgent: 'ok', lenaBurAgent: 'NOT_FOUND', aliBurEmployee: 'NOT_FOUND' },
  },
  attachmentMaxBytes: { expect: { anon: U, saraKavEmployee: 'ok' } },
  setMyLanguage: {
    args: () => ({ language: 'en' }),
    expect: { anon: U, saraKavEmployee: 'ok', lenaBurAgent: 'ok', aliBurEmployee: 'ok' },
  },
  // ---- announcements (server/src/announcements) ----
  activeAnnouncements: {
    expect: { anon: U, saraKavEmployee: 'ok', omarKavAgent: 'ok', aliBurEmployee: 'ok' },
  },
  announcements: {
    args: tenantArg,
    expect: {
      anon: U,
      saraKavEmployee: 'FORBIDDEN',
      larsKavManager: 'FORBIDDEN',
      omarKavAgent: 'ok',
      lenaBurAgent: 'NOT_FOUND',
      nilsKavAdmin: 'FORBIDDEN',
      idaBurAdmin: 'NOT_FOUND',
      aliBurEmployee: 'NOT_FOUND',
    },
  },
  openMajorIncidents: {
    args: tenantArg,
    expect: {
      anon: U,
      saraKavEmployee: 'FORBIDDEN',
      omarKavAgent: 'ok',
      lenaBurAgent: 'NOT_FOUND',
      nilsKavAdmin: 'FORBIDDEN',
      aliBurEmployee: 'NOT_FOUND',
    },
  },
  publishAnnouncement: {
    args: (ids) => ({
      input: {
        kind: 'MAINTENANCE',
        severity: 'INFO',
        title: 'Matrix maintenance',
        body: '<p>Planned</p>',
        startsAt: ids.now,
        endsAt: new Date(Date.parse(ids.now) + 3600_000).toISOString(),
        tenantIds: [ids.kavTenant],
      },
    }),
    expect: {
      anon: U,
      saraKavEmployee: 'FORBIDDEN',
      larsKavManager: 'FORBIDDEN',
      omarKavAgent: 'ok',
      lenaBurAgent: 'BAD_USER_INPUT',
      nilsKavAdmin: 'FORBIDDEN',
      idaBurAdmin: 'FORBIDDEN',
      aliBurEmployee: 'FORBIDDEN',
    },
  },
  // An unknown id: refused for everyone (per-tenant and per-role checks are in the feature's spec).
  updateAnnouncement: {
    expect: {
      anon: U,
      saraKavEmployee: 'refused',
      omarKavAgent: 'refused',
      lenaBurAgent: 'refused',
    },
  },
  endAnnouncement: {
    expect: {
      anon: U,
      saraKavEmployee: 'refused',
      omarKavAgent: 'refused',
      lenaBurAgent: 'refused',
    },
  },
  joinAnnouncementAsAffected: {
    expect: {
      anon: U,
      saraKavEmployee: 'refused',
      omarKavAgent: 'refused',
      aliBurEmployee: 'refused',
    },
  },

  ticketCategories: { expect: { anon: U, saraKavEmployee: 'ok', lenaBurAgent: 'ok' } },
  categoriesForAdmin: {
    args: tenantArg,
    expect: {
      anon: U,
      saraKavEmployee: 'FORBIDDEN',
      larsKavManager: 'FORBIDDEN',
      omarKavAgent: 'FORBIDDEN',
      lenaBurAgent: 'NOT_FOUND',
      nilsKavAdmin: 'ok',
      idaBurAdmin: 'NOT_FOUND',
      aliBurEmployee: 'NOT_FOUND',
    },
  },
  saveCategory: {
    args: (ids) => ({ input: { tenantId: ids.kavTenant, name: 'Matrix category' } }),
    expect: {
      anon: U,
      saraKavEmployee: 'FORBIDDEN',
      larsKavManager: 'FORBIDDEN',
      omarKavAgent: 'FORBIDDEN',
      lenaBurAgent: 'NOT_FOUND',
      nilsKavAdmin: 'ok',
      idaBurAdmin: 'NOT_FOUND',
      aliBurEmployee: 'NOT_FOUND',
    },
  },
  setCategoryActive: {
    args: (ids) => ({ id: ids.kavCategory, active: true }),
    expect: {
      anon: U,
      saraKavEmployee: 'FORBIDDEN',
      larsKavManager: 'FORBIDDEN',
      omarKavAgent: 'FORBIDDEN',
      lenaBurAgent: 'NOT_FOUND',
      nilsKavAdmin: 'ok',
      idaBurAdmin: 'NOT_FOUND',
      aliBurEmployee: 'NOT_FOUND',
    },
  },
  operatorGroups: { expect: { anon: U, omarKavAgent: 'ok', lenaBurAgent: 'ok' } },
  ticketOperators: {
    args: ticketArg,
    expect: {
      anon: U,
      omarKavAgent: 'ok',
      lenaBurAgent: 'NOT_FOUND',
      saraKavEmployee: 'FORBIDDEN',
      nilsKavAdmin: 'FORBIDDEN',
    },
  },
  addTicketEntry: { expect: { anon: U, lenaBurAgent: 'refused', aliBurEmployee: 'refused' } },
  assignTicket: { expect: { anon: U, lenaBurAgent: 'refused', saraKavEmployee: 'refused' } },
  changeTicketPriority: {
    expect: { anon: U, lenaBurAgent: 'refused', saraKavEmployee: 'refused' },
  },
  changeTicketStatus: { expect: { anon: U, lenaBurAgent: 'refused', aliBurEmployee: 'refused' } },
  rateTicket: { expect: { anon: U, lenaBurAgent: 'refused', aliBurEmployee: 'refused' } },
  setMajorIncident: {
    expect: { anon: U, lenaBurAgent: 'refused', saraKavEmployee: 'refused' },
  },
  linkTicketToMajorIncident: {
    expect: { anon: U, lenaBurAgent: 'refused', saraKavEmployee: 'refused' },
  },
  resolveMajorIncident: {
    expect: { anon: U, lenaBurAgent: 'refused', saraKavEmployee: 'refused' },
  },
  mergeTicket: { expect: { anon: U, lenaBurAgent: 'refused', saraKavEmployee: 'refused' } },
  bulkUpdateTickets: {
    // Per-ticket results: a ticket the viewer may not change is reported, not raised.
    args: (ids) => ({
      input: { tickets: [{ id: ids.kavTicket, version: 999_999 }], status: 'IN_PROGRESS' },
    }),
    expect: {
      anon: U,
      saraKavEmployee: 'FORBIDDEN',
      larsKavManager: 'FORBIDDEN',
      omarKavAgent: 'ok',
      lenaBurAgent: 'ok',
      nilsKavAdmin: 'FORBIDDEN',
    },
  },
  recordTicketForCaller: {
    args: (ids) => ({
      input: { callerId: ids.kavPerson, channel: 'PHONE', title: 'Matrix call' },
    }),
    expect: {
      anon: U,
      saraKavEmployee: 'FORBIDDEN',
      omarKavAgent: 'ok',
      lenaBurAgent: 'NOT_FOUND',
      nilsKavAdmin: 'FORBIDDEN',
    },
  },
  ticketAutoCloseDays: {
    args: tenantArg,
    expect: {
      anon: U,
      saraKavEmployee: 'FORBIDDEN',
      omarKavAgent: 'ok',
      nilsKavAdmin: 'ok',
      lenaBurAgent: 'FORBIDDEN',
      idaBurAdmin: 'FORBIDDEN',
    },
  },
  setTicketAutoCloseDays: {
    args: (ids) => ({ tenantId: ids.kavTenant, businessDays: 5 }),
    expect: {
      anon: U,
      saraKavEmployee: 'FORBIDDEN',
      omarKavAgent: 'FORBIDDEN',
      nilsKavAdmin: 'ok',
      idaBurAdmin: 'FORBIDDEN',
    },
  },
  peopleToFileFor: {
    expect: { anon: U, saraKavEmployee: 'ok', larsKavManager: 'ok', lenaBurAgent: 'ok' },
  },
  queueViews: {
    expect: { anon: U, omarKavAgent: 'ok', lenaBurAgent: 'ok', saraKavEmployee: 'FORBIDDEN' },
  },
  saveQueueView: { expect: { anon: U, saraKavEmployee: 'refused', aliBurEmployee: 'refused' } },
  deleteQueueView: { expect: { anon: U, saraKavEmployee: 'refused', lenaBurAgent: 'refused' } },
  ticketDashboard: {
    expect: { anon: U, omarKavAgent: 'ok', lenaBurAgent: 'ok', saraKavEmployee: 'FORBIDDEN' },
  },
  reopenTicket: {
    args: ticketArg,
    expect: { anon: U, lenaBurAgent: 'refused', aliBurEmployee: 'refused' },
  },
  markNotificationRead: {
    args: (ids) => ({ id: ids.kavTicket }),
    expect: { anon: U, lenaBurAgent: 'refused' },
  },
  myNotifications: { expect: { anon: U, saraKavEmployee: 'ok', lenaBurAgent: 'ok' } },
  unreadNotificationCount: { expect: { anon: U, saraKavEmployee: 'ok', lenaBurAgent: 'ok' } },
  markAllNotificationsRead: { expect: { anon: U, saraKavEmployee: 'ok', lenaBurAgent: 'ok' } },
  myNotificationPreferences: { expect: { anon: U, saraKavEmployee: 'ok', lenaBurAgent: 'ok' } },
  // Own preferences only: there is no person argument to point at anyone else.
  setNotificationPreferences: {
    args: () => ({ changes: [{ event: 'TICKET_UPDATED', channel: 'SMS', enabled: true }] }),
    expect: { anon: U, saraKavEmployee: 'ok', lenaBurAgent: 'ok' },
  },
  outgoingMessages: {
    args: tenantArg,
    expect: {
      anon: U,
      saraKavEmployee: 'FORBIDDEN',
      omarKavAgent: 'FORBIDDEN',
      nilsKavAdmin: 'ok',
      idaBurAdmin: 'FORBIDDEN',
    },
  },
  retryOutgoingMessage: {
    args: (ids) => ({ id: ids.kavTicket }),
    expect: {
      anon: U,
      saraKavEmployee: 'NOT_FOUND',
      nilsKavAdmin: 'NOT_FOUND',
      idaBurAdmin: 'NOT_FOUND',
    },
  },
  notificationTemplatePreview: {
    args: (ids) => ({ tenantId: ids.kavTenant, event: 'TICKET_REPLIED', language: 'sv' }),
    expect: {
      anon: U,
      saraKavEmployee: 'FORBIDDEN',
      omarKavAgent: 'FORBIDDEN',
      nilsKavAdmin: 'ok',
      idaBurAdmin: 'FORBIDDEN',
    },
  },
  saveNotificationTemplate: {
    args: (ids) => ({
      tenantId: ids.kavTenant,
      event: 'TICKET_REPLIED',
      language: 'sv',
      subject: '[{{ticketNumber}}] {{ticketTitle}}',
      body: 'Hej {{recipientName}}, {{author}} har svarat: {{text}} {{link}}',
    }),
    expect: {
      anon: U,
      saraKavEmployee: 'FORBIDDEN',
      omarKavAgent: 'FORBIDDEN',
      nilsKavAdmin: 'ok',
      idaBurAdmin: 'FORBIDDEN',
    },
  },
  resetNotificationTemplate: {
    args: (ids) => ({ tenantId: ids.kavTenant, event: 'TICKET_REPLIED', language: 'sv' }),
    expect: {
      anon: U,
      saraKavEmployee: 'FORBIDDEN',
      omarKavAgent: 'FORBIDDEN',
      nilsKavAdmin: 'ok',
      idaBurAdmin: 'FORBIDDEN',
    },
  },

  // ---- assets ----
  assets: {
    args: (ids) => ({ tenantId: ids.kavTenant, search: 'kav' }),
    expect: {
      anon: U,
      saraKavEmployee: 'FORBIDDEN',
      larsKavManager: 'FORBIDDEN',
      omarKavAgent: 'ok',
      lenaBurAgent: 'NOT_FOUND',
      nilsKavAdmin: 'ok',
      idaBurAdmin: 'NOT_FOUND',
      aliBurEmployee: 'NOT_FOUND',
    },
  },
  assetByTag: {
    // Scoped to the viewer's own municipality: Burlöv people get null for a Kävlinge tag.
    args: () => ({ tag: 'KAV-PC-01001' }),
    expect: {
      anon: U,
      saraKavEmployee: 'ok',
      omarKavAgent: 'ok',
      lenaBurAgent: 'ok',
      idaBurAdmin: 'ok',
      aliBurEmployee: 'ok',
    },
  },
  saveAsset: {
    args: (ids) => ({
      input: { tenantId: ids.kavTenant, tag: 'KAV-MX-00001', name: 'Matrix', kind: 'OTHER' },
    }),
    expect: {
      anon: U,
      saraKavEmployee: 'FORBIDDEN',
      larsKavManager: 'FORBIDDEN',
      lenaBurAgent: 'NOT_FOUND',
      idaBurAdmin: 'NOT_FOUND',
      aliBurEmployee: 'NOT_FOUND',
      omarKavAgent: 'ok',
    },
  },
  erasePerson: {
    // A blank reason: an administrator passes the checks and is told the reason is missing,
    // so the matrix erases no one.
    args: (ids) => ({ personId: personArg(ids).personId, reason: '' }),
    expect: {
      anon: U,
      saraKavEmployee: 'FORBIDDEN',
      larsKavManager: 'FORBIDDEN',
      omarKavAgent: 'FORBIDDEN',
      lenaBurAgent: 'NOT_FOUND',
      nilsKavAdmin: 'BAD_USER_INPUT',
      idaBurAdmin: 'NOT_FOUND',
      aliBurEmployee: 'NOT_FOUND',
    },
  },
  privacySettings: {
    args: tenantArg,
    expect: {
      anon: U,
      saraKavEmployee: 'FORBIDDEN',
      larsKavManager: 'FORBIDDEN',
      omarKavAgent: 'FORBIDDEN',
      lenaBurAgent: 'NOT_FOUND',
      nilsKavAdmin: 'ok',
      idaBurAdmin: 'NOT_FOUND',
      aliBurEmployee: 'NOT_FOUND',
    },
  },
  setTicketRetention: {
    // Out of range: an administrator passes the checks and is told so, so no rule is set.
    args: (ids) => ({ tenantId: ids.kavTenant, years: 0 }),
    expect: {
      anon: U,
      saraKavEmployee: 'FORBIDDEN',
      larsKavManager: 'FORBIDDEN',
      omarKavAgent: 'FORBIDDEN',
      lenaBurAgent: 'NOT_FOUND',
      nilsKavAdmin: 'BAD_USER_INPUT',
      idaBurAdmin: 'NOT_FOUND',
      aliBurEmployee: 'NOT_FOUND',
    },
  },
  setPrivacyNotice: {
    // Null goes back to the default text, which it already is.
    args: (ids) => ({ tenantId: ids.kavTenant, html: null }),
    expect: {
      anon: U,
      saraKavEmployee: 'FORBIDDEN',
      larsKavManager: 'FORBIDDEN',
      omarKavAgent: 'FORBIDDEN',
      lenaBurAgent: 'NOT_FOUND',
      nilsKavAdmin: 'ok',
      idaBurAdmin: 'NOT_FOUND',
      aliBurEmployee: 'NOT_FOUND',
    },
  },
  privacyNotice: {
    // Public: the sign-in page links to every municipality's notice. Burlöv's, so the
    // Burlöv personas' answers stay free of Kävlinge's name.
    args: () => ({ tenantCode: 'BUR' }),
    expect: { anon: 'ok', saraKavEmployee: 'ok', lenaBurAgent: 'ok', aliBurEmployee: 'ok' },
  },
  privacyNoticeTenants: {
    // Public, and names every municipality by design: asked only by those the leak check
    // does not watch.
    expect: { anon: 'ok', saraKavEmployee: 'ok', nilsKavAdmin: 'ok' },
  },
  personDataExport: {
    // DSARs go through the administration of the person's own municipality, never self-service.
    args: personArg,
    expect: {
      anon: U,
      saraKavEmployee: 'FORBIDDEN',
      larsKavManager: 'FORBIDDEN',
      omarKavAgent: 'FORBIDDEN',
      lenaBurAgent: 'NOT_FOUND',
      nilsKavAdmin: 'ok',
      idaBurAdmin: 'NOT_FOUND',
      aliBurEmployee: 'NOT_FOUND',
    },
  },
  assetsCsv: {
    args: (ids) => ({ tenantId: ids.kavTenant }),
    expect: {
      anon: U,
      saraKavEmployee: 'FORBIDDEN',
      larsKavManager: 'FORBIDDEN',
      omarKavAgent: 'ok',
      lenaBurAgent: 'NOT_FOUND',
      nilsKavAdmin: 'ok',
      idaBurAdmin: 'NOT_FOUND',
      aliBurEmployee: 'NOT_FOUND',
    },
  },
  importAssetsCsv: {
    // A header only: allowed callers import nothing and learn nothing.
    args: (ids) => ({ tenantId: ids.kavTenant, csv: 'tag,name,kind\r\n' }),
    expect: {
      anon: U,
      saraKavEmployee: 'FORBIDDEN',
      larsKavManager: 'FORBIDDEN',
      omarKavAgent: 'ok',
      lenaBurAgent: 'NOT_FOUND',
      nilsKavAdmin: 'ok',
      idaBurAdmin: 'NOT_FOUND',
      aliBurEmployee: 'NOT_FOUND',
    },
  },
  assetPrices: {
    args: (ids) => ({ tenantId: ids.kavTenant }),
    expect: {
      anon: U,
      saraKavEmployee: 'FORBIDDEN',
      larsKavManager: 'FORBIDDEN',
      omarKavAgent: 'ok',
      lenaBurAgent: 'NOT_FOUND',
      nilsKavAdmin: 'ok',
      idaBurAdmin: 'NOT_FOUND',
      aliBurEmployee: 'NOT_FOUND',
    },
  },
  saveAssetPrice: {
    args: (ids) => ({ tenantId: ids.kavTenant, model: 'Matrix model', monthlyMinor: 100 }),
    expect: {
      anon: U,
      saraKavEmployee: 'FORBIDDEN',
      larsKavManager: 'FORBIDDEN',
      omarKavAgent: 'FORBIDDEN',
      lenaBurAgent: 'NOT_FOUND',
      nilsKavAdmin: 'ok',
      idaBurAdmin: 'NOT_FOUND',
      aliBurEmployee: 'NOT_FOUND',
    },
  },
  chargebackReport: {
    args: (ids) => ({ tenantId: ids.kavTenant, month: '2026-11' }),
    expect: {
      anon: U,
      saraKavEmployee: 'FORBIDDEN',
      larsKavManager: 'FORBIDDEN',
      omarKavAgent: 'ok',
      lenaBurAgent: 'NOT_FOUND',
      nilsKavAdmin: 'ok',
      idaBurAdmin: 'NOT_FOUND',
      aliBurEmployee: 'NOT_FOUND',
    },
  },
  chargebackReportCsv: {
    args: (ids) => ({ tenantId: ids.kavTenant, month: '2026-11' }),
    expect: {
      anon: U,
      saraKavEmployee: 'FORBIDDEN',
      larsKavManager: 'FORBIDDEN',
      omarKavAgent: 'ok',
      lenaBurAgent: 'NOT_FOUND',
      nilsKavAdmin: 'ok',
      idaBurAdmin: 'NOT_FOUND',
      aliBurEmployee: 'NOT_FOUND',
    },
  },
  deliverCatalogOrder: {
    // The placeholder order is not for hardware: allowed callers get a refusal too.
    args: (ids) => ({ input: { orderId: ids.kavOrder, tag: 'KAV-MX-00002', date: '2026-11-02' } }),
    expect: {
      anon: U,
      saraKavEmployee: 'FORBIDDEN',
      larsKavManager: 'FORBIDDEN',
      omarKavAgent: 'refused',
      lenaBurAgent: 'NOT_FOUND',
      nilsKavAdmin: 'refused',
      idaBurAdmin: 'NOT_FOUND',
      aliBurEmployee: 'NOT_FOUND',
    },
  },
  transferAsset: {
    // The placeholder person may have no unit: allowed callers get a refusal too.
    args: (ids) => ({
      input: { assetId: ids.kavAsset, personId: ids.kavPerson, date: '2026-11-02' },
    }),
    expect: {
      anon: U,
      saraKavEmployee: 'FORBIDDEN',
      larsKavManager: 'FORBIDDEN',
      omarKavAgent: 'refused',
      lenaBurAgent: 'NOT_FOUND',
      nilsKavAdmin: 'refused',
      idaBurAdmin: 'NOT_FOUND',
      aliBurEmployee: 'NOT_FOUND',
    },
  },
  setAssetActive: {
    args: (ids) => ({ id: ids.kavAsset, active: true }),
    expect: {
      anon: U,
      saraKavEmployee: 'FORBIDDEN',
      larsKavManager: 'FORBIDDEN',
      omarKavAgent: 'ok',
      lenaBurAgent: 'NOT_FOUND',
      nilsKavAdmin: 'ok',
      idaBurAdmin: 'NOT_FOUND',
      aliBurEmployee: 'NOT_FOUND',
    },
  },
  linkTicketAsset: {
    expect: {
      anon: U,
      saraKavEmployee: 'refused',
      lenaBurAgent: 'refused',
      aliBurEmployee: 'refused',
    },
  },

  // ---- knowledge base ----
  searchArticles: {
    args: () => ({ text: 'teams ljud' }),
    expect: {
      anon: U,
      saraKavEmployee: 'ok',
      omarKavAgent: 'ok',
      lenaBurAgent: 'ok',
      aliBurEmployee: 'ok',
      idaBurAdmin: 'ok',
    },
  },
  knowledgeArticle: {
    args: (ids) => ({ id: ids.kavArticle }),
    expect: {
      anon: U,
      saraKavEmployee: 'ok',
      larsKavManager: 'ok',
      omarKavAgent: 'ok',
      nilsKavAdmin: 'ok',
      lenaBurAgent: 'NOT_FOUND',
      idaBurAdmin: 'NOT_FOUND',
      aliBurEmployee: 'NOT_FOUND',
    },
  },
  knowledgeArticles: { args: tenantArg, expect: KB_MANAGE },
  articlesNeedingAttention: { args: tenantArg, expect: KB_MANAGE },
  articleVersions: { args: (ids) => ({ articleId: ids.kavArticle }), expect: KB_MANAGE },
  articleDiff: {
    args: (ids) => ({ articleId: ids.kavArticle, from: 1, to: 1 }),
    expect: KB_MANAGE,
  },
  articleFeedback: { args: (ids) => ({ articleId: ids.kavArticle }), expect: KB_MANAGE },
  saveArticle: {
    args: (ids) => ({
      input: {
        tenantId: ids.kavTenant,
        title: 'Matrix',
        bodyHtml: '<p>Matrix</p>',
        tags: [],
        language: 'sv',
        audience: 'STAFF',
        visibleTenantIds: [ids.kavTenant],
      },
    }),
    expect: KB_MANAGE,
  },
  setArticleStatus: {
    args: (ids) => ({ id: ids.kavArticle, status: 'PUBLISHED' }),
    expect: KB_MANAGE,
  },
  draftArticleFromTicket: {
    args: ticketArg,
    expect: {
      anon: U,
      saraKavEmployee: 'FORBIDDEN',
      larsKavManager: 'FORBIDDEN',
      lenaBurAgent: 'NOT_FOUND',
      aliBurEmployee: 'NOT_FOUND',
      idaBurAdmin: 'NOT_FOUND',
    },
  },
  rateArticle: {
    args: (ids) => ({ articleId: ids.kavArticle, helpful: true }),
    expect: {
      anon: U,
      saraKavEmployee: 'ok',
      omarKavAgent: 'ok',
      lenaBurAgent: 'NOT_FOUND',
      aliBurEmployee: 'NOT_FOUND',
      idaBurAdmin: 'NOT_FOUND',
    },
  },
  recordArticleDeflection: {
    args: (ids) => ({ articleId: ids.kavArticle }),
    expect: {
      anon: U,
      saraKavEmployee: 'ok',
      lenaBurAgent: 'NOT_FOUND',
      aliBurEmployee: 'NOT_FOUND',
      idaBurAdmin: 'NOT_FOUND',
    },
  },

  // ---- incoming e-mail ----
  inboundMails: {
    args: tenantArg,
    expect: {
      anon: U,
      saraKavEmployee: 'FORBIDDEN',
      larsKavManager: 'FORBIDDEN',
      omarKavAgent: 'ok',
      lenaBurAgent: 'NOT_FOUND',
      nilsKavAdmin: 'FORBIDDEN',
      idaBurAdmin: 'FORBIDDEN',
      aliBurEmployee: 'FORBIDDEN',
    },
  },
  settleInboundMail: {
    args: (ids) => ({ id: ids.kavTicket }),
    expect: {
      anon: U,
      saraKavEmployee: 'FORBIDDEN',
      omarKavAgent: 'NOT_FOUND',
      lenaBurAgent: 'NOT_FOUND',
      nilsKavAdmin: 'FORBIDDEN',
      aliBurEmployee: 'FORBIDDEN',
    },
  },
  matchMailSender: {
    // The demo ticket has a known caller: an agent who sees it gets CONFLICT.
    args: (ids) => ({ ticket: { id: ids.kavTicket, version: 1 }, personId: ids.kavPerson }),
    expect: {
      anon: U,
      saraKavEmployee: 'refused',
      larsKavManager: 'refused',
      omarKavAgent: 'CONFLICT',
      lenaBurAgent: 'NOT_FOUND',
      idaBurAdmin: 'NOT_FOUND',
      aliBurEmployee: 'NOT_FOUND',
    },
  },

  // ---- critical tickets, escalation, availability, on-call, calendars ----
  createCriticalTicket: { expect: { anon: U } },
  reportCritical: { expect: { anon: U } },
  criticalCase: {
    args: ticketArg,
    expect: { anon: U, lenaBurAgent: 'refused', aliBurEmployee: 'refused' },
  },
  openCriticalCases: { expect: { anon: U, lenaBurAgent: 'ok' } },
  acknowledgeEscalation: {
    args: ticketArg,
    expect: { anon: U, lenaBurAgent: 'refused', aliBurEmployee: 'refused' },
  },
  escalateCritical: {
    args: ticketArg,
    expect: { anon: U, lenaBurAgent: 'refused', aliBurEmployee: 'refused' },
  },
  takeCritical: {
    args: ticketArg,
    expect: { anon: U, lenaBurAgent: 'refused', aliBurEmployee: 'refused' },
  },
  logCriticalCall: {
    args: (ids) => ({ ticketId: ids.kavTicket, personId: ids.kavPerson, outcome: 'NO_ANSWER' }),
    expect: { anon: U, lenaBurAgent: 'refused', aliBurEmployee: 'refused' },
  },
  criticalSettings: { expect: { anon: U } },
  saveCriticalSettings: {
    args: () => ({ input: { autoEscalateMinutes: 10, maxRepages: 2, repageMinutes: 5 } }),
    expect: { anon: U, saraKavEmployee: 'FORBIDDEN', omarKavAgent: 'FORBIDDEN' },
  },
  decideOvertime: { expect: { anon: U, lenaBurAgent: 'refused', saraKavEmployee: 'refused' } },
  itAvailability: { expect: { anon: U, saraKavEmployee: 'ok', lenaBurAgent: 'ok' } },
  whoToCall: { expect: { anon: U, saraKavEmployee: 'ok', aliBurEmployee: 'ok' } },
  itStaff: { expect: { anon: U, saraKavEmployee: 'ok', aliBurEmployee: 'ok' } },
  announceItAbsence: { expect: { anon: U, saraKavEmployee: 'refused' } },
  scheduleOnCall: { expect: { anon: U, saraKavEmployee: 'refused' } },
  onCallPeriods: {
    args: tenantArg,
    expect: { anon: U, lenaBurAgent: 'refused', aliBurEmployee: 'refused' },
  },
  businessCalendars: {
    args: tenantArg,
    expect: { anon: U, lenaBurAgent: 'refused', aliBurEmployee: 'refused' },
  },
  saveBusinessCalendar: {
    args: (ids) => ({ tenantId: ids.kavTenant, name: 'Matrix', calendar: '{}' }),
    expect: { anon: U, lenaBurAgent: 'refused', saraKavEmployee: 'refused' },
  },

  // ---- SLA ----
  slaPolicies: {
    args: tenantArg,
    expect: { anon: U, omarKavAgent: 'ok', lenaBurAgent: 'refused', aliBurEmployee: 'refused' },
  },
  saveSlaPolicy: {
    args: (ids) => ({
      input: {
        tenantId: ids.kavTenant,
        priority: 'HIGH',
        responseMinutes: 15,
        resolutionMinutes: 60,
      },
    }),
    expect: { anon: U, lenaBurAgent: 'refused', saraKavEmployee: 'refused' },
  },
  slaCompliance: {
    args: (ids) => ({ tenantId: ids.kavTenant, month: '2026-11' }),
    expect: { anon: U, lenaBurAgent: 'refused', aliBurEmployee: 'refused' },
  },
  ticketSla: {
    args: ticketArg,
    expect: { anon: U, omarKavAgent: 'ok', lenaBurAgent: 'refused', aliBurEmployee: 'refused' },
  },

  // ---- subscriptions (denials only here; delivery scoping is tested with the queue) ----
  queueEvents: { expect: { anon: U, saraKavEmployee: 'FORBIDDEN' } },
  notificationAdded: { expect: { anon: U } },
};

// ---------------------------------------------------------------------------------------
// Generating documents from the schema

interface TypeRef {
  kind: string;
  name: string | null;
  ofType: TypeRef | null;
}
interface InputValue {
  name: string;
  type: TypeRef;
  defaultValue: string | null;
}
interface FieldDef {
  name: string;
  args: InputValue[];
  type: TypeRef;
}
interface FullType {
  kind: string;
  name: string;
  fields: FieldDef[] | null;
  inputFields: InputValue[] | null;
  enumValues: { name: string }[] | null;
}
interface Schema {
  queryType: { name: string };
  mutationType: { name: string } | null;
  subscriptionType: { name: string } | null;
  types: FullType[];
}

const TYPE_REF =
  'kind name ofType { kind name ofType { kind name ofType { kind name ofType { kind name } } } }';
const INTROSPECTION = `{ __schema {
  queryType { name } mutationType { name } subscriptionType { name }
  types { kind name
    fields { name args { name defaultValue type { ${TYPE_REF} } } type { ${TYPE_REF} } }
    inputFields { name defaultValue type { ${TYPE_REF} } }
    enumValues { name } } } }`;

function named(t: TypeRef): TypeRef {
  return t.ofType ? named(t.ofType) : t;
}
function typeString(t: TypeRef): string {
  if (t.kind === 'NON_NULL') return `${typeString(t.ofType as TypeRef)}!`;
  if (t.kind === 'LIST') return `[${typeString(t.ofType as TypeRef)}]`;
  return t.name ?? '';
}

class DocumentBuilder {
  private readonly types: Map<string, FullType>;
  constructor(schema: Schema) {
    this.types = new Map(schema.types.map((t) => [t.name, t]));
  }

  selection(t: TypeRef, depth: number): string {
    const type = this.types.get(named(t).name ?? '');
    if (!type || (type.kind !== 'OBJECT' && type.kind !== 'INTERFACE')) return '';
    if (depth === 0) return '{ __typename }';
    const parts = ['__typename'];
    for (const f of type.fields ?? []) {
      if (f.args.some((a) => a.type.kind === 'NON_NULL' && a.defaultValue === null)) continue;
      const inner = named(f.type);
      const innerType = this.types.get(inner.name ?? '');
      if (innerType && (innerType.kind === 'OBJECT' || innerType.kind === 'INTERFACE')) {
        parts.push(`${f.name} ${this.selection(f.type, depth - 1)}`);
      } else {
        parts.push(f.name);
      }
    }
    return `{ ${parts.join(' ')} }`;
  }

  placeholder(t: TypeRef, argName: string, ids: Ids): unknown {
    if (t.kind === 'NON_NULL') return this.placeholder(t.ofType as TypeRef, argName, ids);
    if (t.kind === 'LIST') return [this.placeholder(t.ofType as TypeRef, argName, ids)];
    const type = this.types.get(t.name ?? '');
    if (type?.kind === 'ENUM') return type.enumValues?.[0]?.name;
    if (type?.kind === 'INPUT_OBJECT') {
      const out: Record<string, unknown> = {};
      for (const f of type.inputFields ?? []) {
        if (f.type.kind === 'NON_NULL' && f.defaultValue === null) {
          out[f.name] = this.placeholder(f.type, f.name, ids);
        }
      }
      return out;
    }
    switch (t.name) {
      case 'ID':
        return /person|caller|subject|operator|assignee/i.test(argName)
          ? ids.kavPerson
          : /tenant/i.test(argName)
            ? ids.kavTenant
            : ids.kavTicket;
      case 'Int':
      case 'Float':
        return 1;
      case 'Boolean':
        return false;
      case 'DateTime':
        return ids.now;
      default:
        return 'x';
    }
  }

  document(
    kind: 'query' | 'mutation' | 'subscription',
    field: FieldDef,
    given: Record<string, unknown>,
    ids: Ids,
  ): { query: string; variables: Record<string, unknown> } {
    const variables: Record<string, unknown> = {};
    const defs: string[] = [];
    const uses: string[] = [];
    for (const a of field.args) {
      const required = a.type.kind === 'NON_NULL' && a.defaultValue === null;
      if (!(a.name in given) && !required) continue;
      variables[a.name] = a.name in given ? given[a.name] : this.placeholder(a.type, a.name, ids);
      defs.push(`$${a.name}: ${typeString(a.type)}`);
      uses.push(`${a.name}: $${a.name}`);
    }
    const head = defs.length ? `(${defs.join(', ')})` : '';
    const args = uses.length ? `(${uses.join(', ')})` : '';
    return {
      query: `${kind} Matrix${head} { ${field.name}${args} ${this.selection(field.type, 2)} }`,
      variables,
    };
  }
}

// ---------------------------------------------------------------------------------------

function outcomeOf(res: GqlResponse): string {
  if (!res.errors?.length) return 'ok';
  return res.errors[0]?.extensions?.code ?? 'UNKNOWN';
}

function matches(expected: Outcome, actual: string): boolean {
  if (expected === 'refused') {
    return ['FORBIDDEN', 'NOT_FOUND', 'BAD_USER_INPUT', 'CONFLICT'].includes(actual);
  }
  return expected === actual;
}

describe('authorisation matrix over every GraphQL operation', () => {
  let app: TestApp;
  let schema: Schema;
  let ids: Ids;
  const cookies = new Map<Persona, string | undefined>();

  beforeAll(async () => {
    app = await TestApp.start();
    const em = app.em();
    const kav = await em.findOneOrFail(Tenant, { code: 'KAV' }, { filters: false });
    const bur = await em.findOneOrFail(Tenant, { code: 'BUR' }, { filters: false });
    const lars = await em.findOneOrFail(Person, { username: 'AHLS8022' }, { filters: false });
    const target = seedPerson(em, {
      tenant: kav,
      givenName: 'Matrix',
      surname: 'Target',
      manager: lars,
      mobile: '+46700000999',
      passwordHash: await hashPassword(DEMO_PASSWORD),
      createdAt: app.clock.now(),
    });
    await em.flush();
    const kavTicket = await em.findOneOrFail(Ticket, { tenant: kav }, { filters: false });
    const burTicket = await em.findOneOrFail(Ticket, { tenant: bur }, { filters: false });
    const kavAsset = await em.findOneOrFail(Asset, { tenant: kav }, { filters: false });
    const ali = await em.findOneOrFail(Person, { username: 'HAAI9502' }, { filters: false });
    // Shown to Kävlinge only.
    const kavArticle = await em.findOneOrFail(
      Article,
      { tenant: kav, title: 'Teams: ljud och mikrofon fungerar inte' },
      { filters: false },
    );
    const kavCategory = await em.findOneOrFail(
      Category,
      { tenant: kav, parent: null },
      { filters: false },
    );
    // A pending application by Lars's report, for the catalog operations.
    const calls = await em.findOneOrFail(
      CatalogItem,
      { tenant: kav, key: 'international-calls' },
      { filters: false },
    );
    const certificate = await em.findOneOrFail(
      CatalogItem,
      { tenant: kav, key: 'certificate' },
      { filters: false },
    );
    const values = {
      phone: '0700000999',
      fromDate: '2026-12-01',
      toDate: '2026-12-02',
      reason: 'x',
    };
    const kavOrder = em.create(CatalogOrder, {
      id: randomUUID(),
      tenant: kav,
      item: calls,
      orderer: target,
      subject: target,
      status: 'PENDING',
      values,
      createdAt: app.clock.now(),
      updatedAt: app.clock.now(),
    });
    em.create(CatalogOrderVersion, {
      id: randomUUID(),
      tenant: kav,
      order: kavOrder,
      formVersion: 1,
      values,
      submittedBy: target,
      submittedAt: app.clock.now(),
    });
    const inspectionItem = await em.findOneOrFail(
      CatalogItem,
      { tenant: kav, key: 'inspection' },
      { filters: false },
    );
    const sara = await em.findOneOrFail(Person, { username: 'JOSA9804' }, { filters: false });
    const inspectionValues = {
      scope: 'MAILBOX',
      details: 'x',
      ground: 'SERIOUS_BREACH',
      reason: 'x',
    };
    const kavInspection = em.create(CatalogOrder, {
      id: randomUUID(),
      tenant: kav,
      item: inspectionItem,
      orderer: lars,
      subject: sara,
      status: 'PENDING',
      values: inspectionValues,
      createdAt: app.clock.now(),
      updatedAt: app.clock.now(),
    });
    em.create(CatalogOrderVersion, {
      id: randomUUID(),
      tenant: kav,
      order: kavInspection,
      formVersion: 1,
      values: inspectionValues,
      submittedBy: lars,
      submittedAt: app.clock.now(),
    });
    await em.flush();
    ids = {
      kavCatalogItem: certificate.id,
      kavOrder: kavOrder.id,
      kavInspection: kavInspection.id,
      kavTenant: kav.id,
      burTenant: bur.id,
      kavTicket: kavTicket.id,
      burTicket: burTicket.id,
      kavPerson: target.id,
      burPerson: ali.id,
      kavCategory: kavCategory.id,
      now: app.clock.now().toISOString(),
      kavAsset: kavAsset.id,
      kavArticle: kavArticle.id,
    };
    for (const [persona, username] of Object.entries(PERSONAS) as [Persona, string | null][]) {
      cookies.set(persona, username ? await app.signIn(username) : undefined);
    }
    const res = await app.gql<{ __schema: Schema }>(INTROSPECTION);
    if (!res.data) throw new Error(JSON.stringify(res.errors));
    schema = res.data.__schema;
  });
  afterAll(() => app.stop());

  function operations(): { kind: 'query' | 'mutation' | 'subscription'; field: FieldDef }[] {
    const roots = [
      ['query', schema.queryType.name],
      ['mutation', schema.mutationType?.name],
      ['subscription', schema.subscriptionType?.name],
    ] as const;
    return roots.flatMap(([kind, name]) =>
      (schema.types.find((t) => t.name === name)?.fields ?? []).map((field) => ({ kind, field })),
    );
  }

  it('has an entry for every operation in the schema (and none for operations that are gone)', () => {
    const names = operations().map((o) => o.field.name);
    expect(
      names.filter((n) => !(n in MATRIX)),
      'operations missing from the matrix',
    ).toEqual([]);
    expect(
      Object.keys(MATRIX).filter((n) => !names.includes(n)),
      'stale entries',
    ).toEqual([]);
    for (const [name, entry] of Object.entries(MATRIX)) {
      expect(entry.expect.anon, `${name} needs an anonymous expectation`).toBeDefined();
    }
  });

  it('answers every operation as the matrix says, for each role and tenant', async () => {
    const builder = new DocumentBuilder(schema);
    const mismatches: string[] = [];
    for (const { kind, field } of operations()) {
      const entry = MATRIX[field.name];
      if (!entry) continue;
      for (const [persona, expected] of Object.entries(entry.expect) as [Persona, Outcome][]) {
        const doc = builder.document(kind, field, entry.args?.(ids) ?? {}, ids);
        const cookie = cookies.get(persona);
        const res =
          kind === 'subscription'
            ? await subscribeOnce(app, doc.query, cookie)
            : await app.gql(doc.query, doc.variables, cookie);
        const actual = outcomeOf(res);
        if (!matches(expected, actual)) {
          mismatches.push(
            `${field.name} as ${persona}: expected ${expected}, got ${actual} ${JSON.stringify(res.errors?.[0]?.message ?? '')}`,
          );
        }
        // Nothing from Kävlinge may reach a Burlöv-only person, in any nested field.
        if (
          persona === 'lenaBurAgent' ||
          persona === 'aliBurEmployee' ||
          persona === 'idaBurAdmin'
        ) {
          const body = JSON.stringify(res.data ?? null);
          for (const marker of [
            ids.kavTenant,
            ids.kavTicket,
            ids.kavPerson,
            'KAV-',
            'kavlinge.example',
            'Kävlinge',
          ]) {
            if (body.includes(marker))
              mismatches.push(`${field.name} as ${persona} leaked ${marker}`);
          }
        }
      }
    }
    expect(mismatches).toEqual([]);
  });
});

/** First result or error of a subscription; denials arrive at once, before any event. */
async function subscribeOnce(app: TestApp, query: string, cookie?: string): Promise<GqlResponse> {
  const client = app.wsClient(cookie);
  try {
    return await new Promise<GqlResponse>((resolve) => {
      const stop = client.subscribe(
        { query },
        {
          next: (value) => {
            const errors = value.errors as GqlResponse['errors'];
            resolve({ status: 200, data: value.data ?? null, errors, setCookie: null });
            stop();
          },
          error: (err) => {
            const list = Array.isArray(err) ? (err as GqlResponse['errors']) : undefined;
            resolve({
              status: 200,
              errors: list ?? [{ message: String(err), extensions: { code: 'UNAUTHENTICATED' } }],
              setCookie: null,
            });
          },
          complete: () => resolve({ status: 200, data: null, setCookie: null }),
        },
      );
    });
  } finally {
    await client.dispose();
  }
}

import { createHash, randomUUID } from 'node:crypto';
import fs from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AuditEvent } from '../audit/audit-event.entity.js';
import { DEMO_PASSWORD } from '../demo/demo-seed.js';
import { Notification } from '../notifications/notification.entity.js';
import { Person } from '../people/person.entity.js';
import { TestApp, type GqlResponse } from '../test-support/test-app.js';
import { Ticket } from '../tickets/ticket.entity.js';
import {
  CatalogApproval,
  CatalogDocument,
  CatalogFulfilment,
  CatalogItem,
  CatalogOrder,
  CatalogOrderVersion,
  CatalogSignature,
} from './catalog.entities.js';

const SARA = 'JOSA9804'; // Kävlinge employee, reports to Lars
const LARS = 'AHLS8022'; // Kävlinge care home manager, reports to Eva
const EVA = 'NOEA7515'; // Kävlinge care director
const HOMA = 'HOMA8107'; // Kävlinge IT lead, owner of the systems
const OMAR = 'SAOR9112'; // Kävlinge agent, not below Lars
const ALI = 'HAAI9502'; // Burlöv employee

const ITEMS = `{ catalogItems { id key orderableBy signatureRequired fulfilmentGroupName
  fulfilmentWorkingDays fields { key type required correctable label { sv nb en } } } }`;
const ORDER_FIELDS = `id status formVersion stepIndex rejectionReason valuesJson mayDecide
  orderer { displayName } subject { id displayName }
  versions { formVersion valuesJson }
  approvals { formVersion stepIndex decision reason approver { displayName } }
  fulfilments { ticketId ticketNumber dueAt }
  signatures { purpose hash signedAt valid problem signer { displayName } }
  document { id fileName size sha256 valid url }`;
const PLACE = `mutation($input: PlaceCatalogOrderInput!) { placeCatalogOrder(input: $input) { ${ORDER_FIELDS} } }`;
const DECIDE = `mutation($input: DecideCatalogOrderInput!) { decideCatalogOrder(input: $input) { ${ORDER_FIELDS} } }`;
const RESUBMIT = `mutation($input: ResubmitCatalogOrderInput!) { resubmitCatalogOrder(input: $input) { ${ORDER_FIELDS} } }`;
const ORDER = `query($id: ID!) { catalogOrder(id: $id) { ${ORDER_FIELDS} } }`;
const INBOX = `{ catalogApprovalInbox { id } }`;
const MINE = `{ myCatalogOrders { id status } }`;

interface OrderResult {
  id: string;
  status: string;
  formVersion: number;
  stepIndex: number;
  rejectionReason: string | null;
  valuesJson: string;
  mayDecide: boolean;
  subject: { id: string; displayName: string };
  versions: { formVersion: number; valuesJson: string }[];
  approvals: { formVersion: number; stepIndex: number; decision: string; reason: string | null }[];
  fulfilments: { ticketId: string; ticketNumber: string; dueAt: string | null }[];
  signatures: { purpose: string; hash: string; valid: boolean; problem: string | null }[];
  document: {
    id: string;
    fileName: string;
    size: number;
    sha256: string;
    valid: boolean;
    url: string;
  } | null;
}

type Err = Pick<GqlResponse<unknown>, 'errors'>;
const code = (r: Err) => r.errors?.[0]?.extensions?.code;
const fields = (r: Err) =>
  ((r.errors?.[0]?.extensions?.fields ?? []) as { field: string; code: string }[]).map(
    (f) => `${f.field}:${f.code}`,
  );
const signed = { password: DEMO_PASSWORD };
const leave = {
  kind: 'VACATION',
  fromDate: '2026-12-21',
  toDate: '2026-12-30',
  note: 'Christmas',
};

describe.each(['sqlite', 'postgresql'] as const)('service catalog on %s', (database) => {
  let app: TestApp;
  const cookies: Record<string, string> = {};
  let itemIds: Map<string, string>;
  let saraId: string;
  let omarId: string;
  let aliId: string;
  let lastPdf: Buffer | null = null;

  beforeAll(async () => {
    app = await TestApp.start({ database });
    for (const u of [SARA, LARS, EVA, HOMA, OMAR, ALI]) cookies[u] = await app.signIn(u);
    const items = await app.gql<{ catalogItems: { id: string; key: string }[] }>(
      ITEMS,
      {},
      cookies[LARS],
    );
    itemIds = new Map(items.data?.catalogItems.map((i) => [i.key, i.id]));
    const em = app.em();
    const person = async (u: string) =>
      (await em.findOneOrFail(Person, { username: u }, { filters: false })).id;
    saraId = await person(SARA);
    omarId = await person(OMAR);
    aliId = await person(ALI);
  }, 120_000);

  afterAll(async () => {
    // Kept for looking at (pdftoppm -png) when LINJE_PDF_OUT names a file.
    const out = process.env['LINJE_PDF_OUT'];
    if (out && lastPdf) fs.writeFileSync(`${out}-${database}.pdf`, lastPdf);
    await app?.stop();
  });

  const item = (key: string) => itemIds.get(key) ?? 'missing';
  async function place(
    who: string,
    key: string,
    values: Record<string, unknown>,
    extra: Record<string, unknown> = {},
  ) {
    return app.gql<{ placeCatalogOrder: OrderResult }>(
      PLACE,
      { input: { itemId: item(key), valuesJson: JSON.stringify(values), ...extra } },
      cookies[who],
    );
  }
  async function decide(who: string, orderId: string, approve: boolean, more = {}) {
    return app.gql<{ decideCatalogOrder: OrderResult }>(
      DECIDE,
      { input: { orderId, approve, ...more } },
      cookies[who],
    );
  }
  async function count(entity: typeof CatalogOrder | typeof CatalogApproval, where = {}) {
    return app.em().count(entity, where, { filters: false });
  }

  it('lists the seed items per municipality and per role, in three languages', async () => {
    const sara = await app.gql<{ catalogItems: { key: string; orderableBy: string }[] }>(
      ITEMS,
      {},
      cookies[SARA],
    );
    const keys = sara.data?.catalogItems.map((i) => i.key);
    expect(keys).toEqual([
      'computer',
      'licensed-software',
      'international-calls',
      'certificate',
      'leave-application',
      'resignation',
    ]);
    expect(itemIds.size).toBe(11);
    const ali = await app.gql<{
      catalogItems: { key: string; orderableBy: string; fields: { key: string }[] }[];
    }>(ITEMS, {}, cookies[ALI]);
    // Burlöv: remote access is automatic and open to everyone; Kävlinge: the manager names the computer.
    const remote = ali.data?.catalogItems.find((i) => i.key === 'remote-access');
    expect(remote?.orderableBy).toBe('EVERYONE');
    expect(remote?.fields.map((f) => f.key)).toEqual(['reason']);
    expect(ali.data?.catalogItems.every((i) => !itemIds.has(i.key) || true)).toBe(true);
    expect(ali.data?.catalogItems.map((i) => i.key)).not.toContain('system-permission');
    const anon = await app.gql(ITEMS);
    expect(code(anon)).toBe('UNAUTHENTICATED');
  });

  it('leave application: rejected with a reason, corrected in the dates only, approved, to payroll', async () => {
    const placed = await place(SARA, 'leave-application', leave, { signature: signed });
    expect(placed.errors).toBeUndefined();
    const order = placed.data?.placeCatalogOrder as OrderResult;
    expect(order.status).toBe('PENDING');
    expect(order.signatures).toMatchObject([{ purpose: 'SUBMIT', valid: true }]);
    expect(order.signatures[0]?.hash).toMatch(/^[0-9a-f]{64}$/);

    // The applicant cannot decide their own application.
    const own = await decide(SARA, order.id, true, { signature: signed });
    expect(code(own)).toBe('FORBIDDEN');
    // Eva is above Sara too, but Lars's inbox has it; the agent's does not.
    const inbox = await app.gql<{ catalogApprovalInbox: { id: string }[] }>(
      INBOX,
      {},
      cookies[LARS],
    );
    expect(inbox.data?.catalogApprovalInbox.map((o) => o.id)).toContain(order.id);
    const omarInbox = await app.gql<{ catalogApprovalInbox: { id: string }[] }>(
      INBOX,
      {},
      cookies[OMAR],
    );
    expect(omarInbox.data?.catalogApprovalInbox.map((o) => o.id)).not.toContain(order.id);

    // A rejection needs a reason.
    const noReason = await decide(LARS, order.id, false, { reason: '  ', signature: signed });
    expect(code(noReason)).toBe('BAD_USER_INPUT');
    expect(fields(noReason)).toEqual(['reason:REQUIRED']);
    const rejected = await decide(LARS, order.id, false, {
      reason: 'We are short-staffed that week; take 28–30 December instead.',
      signature: signed,
    });
    expect(rejected.errors).toBeUndefined();
    expect(rejected.data?.decideCatalogOrder.status).toBe('REJECTED');
    // A second click answers the same and adds nothing.
    const again = await decide(LARS, order.id, false, { reason: 'again', signature: signed });
    expect(again.errors).toBeUndefined();
    expect(again.data?.decideCatalogOrder.status).toBe('REJECTED');
    expect(await count(CatalogApproval, { order: order.id })).toBe(1);
    const notices = await app
      .em()
      .find(
        Notification,
        { recipient: saraId, kind: 'CATALOG_ORDER_REJECTED' },
        { filters: false },
      );
    expect(notices).toHaveLength(1);

    // Only the dates may change; the kind is locked.
    const locked = await app.gql(
      RESUBMIT,
      {
        input: {
          orderId: order.id,
          valuesJson: JSON.stringify({ ...leave, kind: 'UNPAID', fromDate: '2026-12-28' }),
          signature: signed,
        },
      },
      cookies[SARA],
    );
    expect(code(locked)).toBe('BAD_USER_INPUT');
    expect(fields(locked)).toEqual(['values.kind:NOT_CORRECTABLE']);
    const wrongOrder = await app.gql(
      RESUBMIT,
      {
        input: {
          orderId: order.id,
          valuesJson: JSON.stringify({ ...leave, fromDate: '2026-12-31', toDate: '2026-12-28' }),
          signature: signed,
        },
      },
      cookies[SARA],
    );
    expect(fields(wrongOrder)).toEqual(['values.toDate:FROM_AFTER_TO']);
    // Only the orderer corrects.
    const byLars = await app.gql(
      RESUBMIT,
      { input: { orderId: order.id, valuesJson: JSON.stringify(leave), signature: signed } },
      cookies[LARS],
    );
    expect(code(byLars)).toBe('FORBIDDEN');
    const corrected = await app.gql<{ resubmitCatalogOrder: OrderResult }>(
      RESUBMIT,
      {
        input: {
          orderId: order.id,
          valuesJson: JSON.stringify({ ...leave, fromDate: '2026-12-28' }),
          signature: signed,
        },
      },
      cookies[SARA],
    );
    expect(corrected.errors).toBeUndefined();
    const v2 = corrected.data?.resubmitCatalogOrder as OrderResult;
    expect(v2).toMatchObject({ status: 'PENDING', formVersion: 2, stepIndex: 0 });
    expect(v2.versions.map((v) => JSON.parse(v.valuesJson).fromDate)).toEqual([
      '2026-12-21',
      '2026-12-28',
    ]);

    const approved = await decide(LARS, order.id, true, { signature: signed });
    expect(approved.errors).toBeUndefined();
    const done = approved.data?.decideCatalogOrder as OrderResult;
    expect(done.status).toBe('APPROVED');
    expect(done.approvals.map((a) => `${a.formVersion}:${a.decision}`)).toEqual([
      '1:REJECTED',
      '2:APPROVED',
    ]);
    expect(done.fulfilments).toHaveLength(1);
    expect(done.signatures.map((s) => `${s.purpose}:${s.valid}`)).toEqual([
      'SUBMIT:true',
      'REJECT:true',
      'SUBMIT:true',
      'APPROVE:true',
    ]);
    const ticket = await app
      .em()
      .findOneOrFail(
        Ticket,
        { id: done.fulfilments[0]?.ticketId },
        { filters: false, populate: ['group', 'subject'] },
      );
    expect(ticket.group?.name).toBe('Payroll');
    expect(ticket.subject.id).toBe(saraId);
    // Approved on Monday 23 November 2026: five working days is Monday 30 November, close of day.
    expect(done.fulfilments[0]?.dueAt?.slice(0, 10)).toBe('2026-11-30');

    const twice = await decide(LARS, order.id, true, { signature: signed });
    expect(twice.errors).toBeUndefined();
    expect(twice.data?.decideCatalogOrder.status).toBe('APPROVED');
    expect(await count(CatalogApproval, { order: order.id })).toBe(2);
    expect(await app.em().count(Ticket, { title: ticket.title }, { filters: false })).toBe(1);
    const approvedNotice = await app
      .em()
      .count(
        Notification,
        { recipient: saraId, kind: 'CATALOG_ORDER_APPROVED' },
        { filters: false },
      );
    expect(approvedNotice).toBe(1);
    const audit = await app
      .em()
      .find(AuditEvent, { entityId: order.id }, { filters: false, orderBy: { at: 'asc' } });
    expect(audit.map((a) => a.action)).toEqual([
      'catalog.order.placed',
      'catalog.order.rejected',
      'catalog.order.resubmitted',
      'catalog.order.step_approved',
      'catalog.order.approved',
      'catalog.order.archived',
    ]);
    // The signed PDF: archived, downloadable by those involved, its hash recomputed.
    expect(done.document).toMatchObject({ valid: true });
    const url = `${app.url}${done.document?.url ?? ''}`;
    const pdf = await fetch(url, { headers: { cookie: cookies[SARA] ?? '' } });
    expect(pdf.status).toBe(200);
    expect(pdf.headers.get('content-type')).toBe('application/pdf');
    const bytes = Buffer.from(await pdf.arrayBuffer());
    expect(bytes.subarray(0, 5).toString()).toBe('%PDF-');
    expect(createHash('sha256').update(bytes).digest('hex')).toBe(done.document?.sha256);
    lastPdf = bytes;
    expect((await fetch(url, { headers: { cookie: cookies[LARS] ?? '' } })).status).toBe(200);
    for (const who of [ALI, OMAR]) {
      expect((await fetch(url, { headers: { cookie: cookies[who] ?? '' } })).status).toBe(404);
    }
    expect((await fetch(url)).status).toBe(401);
    const em = app.em();
    const archived = await em.findOneOrFail(
      CatalogDocument,
      { order: order.id },
      { filters: false, populate: ['bytes'] },
    );
    const original = Buffer.from(archived.bytes);
    const changed = Buffer.from(original);
    changed[changed.length - 10] = (changed[changed.length - 10] ?? 0) ^ 1;
    archived.bytes = changed;
    await em.flush();
    const tampered = await app.gql<{ catalogOrder: OrderResult }>(
      ORDER,
      { id: order.id },
      cookies[SARA],
    );
    expect(tampered.data?.catalogOrder.document?.valid).toBe(false);
    archived.bytes = original;
    await em.flush();

    // A rejected decision cannot be reopened once approved.
    const late = await decide(EVA, order.id, false, { reason: 'no', signature: signed });
    expect(code(late)).toBe('CONFLICT');
  });

  it('a manager orders for one of their people; the next manager up approves; IT gets the ticket', async () => {
    const placed = await place(
      LARS,
      'computer',
      { model: 'LAPTOP', accessories: 'Docking station' },
      { subjectId: saraId, signature: signed },
    );
    expect(placed.errors).toBeUndefined();
    const order = placed.data?.placeCatalogOrder as OrderResult;
    expect(order.subject.id).toBe(saraId);
    expect(order.mayDecide).toBe(false);
    const own = await decide(LARS, order.id, true, { signature: signed });
    expect(code(own)).toBe('FORBIDDEN');
    const byOmar = await decide(OMAR, order.id, true, { signature: signed });
    expect(code(byOmar)).toBe('NOT_FOUND');
    const seen = await app.gql<{ catalogOrder: OrderResult }>(
      ORDER,
      { id: order.id },
      cookies[EVA],
    );
    expect(seen.data?.catalogOrder.mayDecide).toBe(true);
    const approved = await decide(EVA, order.id, true, { signature: signed });
    expect(approved.errors).toBeUndefined();
    const done = approved.data?.decideCatalogOrder as OrderResult;
    expect(done.status).toBe('APPROVED');
    const ticket = await app
      .em()
      .findOneOrFail(
        Ticket,
        { id: done.fulfilments[0]?.ticketId },
        { filters: false, populate: ['group'] },
      );
    expect(ticket.group?.name).toBe('Infrastructure');
    expect(ticket.number).toMatch(/^KAV-/);
    // Standard delivery within 10 working days: Monday 7 December.
    expect(done.fulfilments[0]?.dueAt?.slice(0, 10)).toBe('2026-12-07');
    const mine = await app.gql<{ myCatalogOrders: { id: string }[] }>(MINE, {}, cookies[SARA]);
    expect(mine.data?.myCatalogOrders.map((o) => o.id)).toContain(order.id);
  });

  it('resource owner and named role steps', async () => {
    const placed = await place(
      LARS,
      'system-permission',
      { system: 'Treserva', action: 'ORDER', fromDate: '2026-12-01' },
      { subjectId: saraId, signature: signed },
    );
    const order = placed.data?.placeCatalogOrder as OrderResult;
    expect(order.status).toBe('PENDING');
    // The manager above is not the system's owner.
    expect(code(await decide(EVA, order.id, true, { signature: signed }))).toBe('FORBIDDEN');
    const owner = await decide(HOMA, order.id, true, { signature: signed });
    expect(owner.data?.decideCatalogOrder.status).toBe('APPROVED');

    // An item decided by a role: anyone holding it, but not the applicant.
    const em = app.em();
    const template = await em.findOneOrFail(
      CatalogItem,
      { id: item('certificate') },
      { filters: false },
    );
    const roleItem = em.create(CatalogItem, {
      id: randomUUID(),
      tenant: template.tenant,
      key: `role-${database}`,
      name: template.name,
      description: template.description,
      form: template.form,
      orderableBy: 'EVERYONE',
      approvalSteps: [{ kind: 'ROLE', role: 'IT_LEAD' }, { kind: 'SUBJECT_MANAGER' }],
      fulfilmentGroup: null,
      fulfilmentWorkingDays: null,
      createdAt: new Date('2026-11-01T00:00:00Z'),
      updatedAt: new Date('2026-11-01T00:00:00Z'),
    });
    await em.flush();
    const two = await app.gql<{ placeCatalogOrder: OrderResult }>(
      PLACE,
      { input: { itemId: roleItem.id, valuesJson: JSON.stringify({ kind: 'SERVICE' }) } },
      cookies[SARA],
    );
    const id = two.data?.placeCatalogOrder.id ?? '';
    // Step order matters: the manager cannot take the first (role) step.
    expect(code(await decide(LARS, id, true))).toBe('FORBIDDEN');
    const first = await decide(HOMA, id, true);
    expect(first.data?.decideCatalogOrder).toMatchObject({ status: 'PENDING', stepIndex: 1 });
    // The IT lead's second click is a repeat, not a decision on the manager's step.
    const repeat = await decide(HOMA, id, true);
    expect(repeat.data?.decideCatalogOrder).toMatchObject({ status: 'PENDING', stepIndex: 1 });
    const second = await decide(LARS, id, true);
    expect(second.data?.decideCatalogOrder).toMatchObject({ status: 'APPROVED', stepIndex: 2 });
    expect(second.data?.decideCatalogOrder.fulfilments).toEqual([]);
  });

  it('two approval clicks at the same moment record one decision and answer both', async () => {
    const placed = await place(SARA, 'international-calls', {
      phone: '0701234567',
      fromDate: '2026-12-01',
      toDate: '2026-12-24',
      reason: 'Visiting family',
    });
    const id = placed.data?.placeCatalogOrder.id ?? '';
    const [a, b] = await Promise.all([decide(LARS, id, true), decide(LARS, id, true)]);
    expect(a.errors).toBeUndefined();
    expect(b.errors).toBeUndefined();
    expect(a.data?.decideCatalogOrder.status).toBe('APPROVED');
    expect(b.data?.decideCatalogOrder.status).toBe('APPROVED');
    expect(await count(CatalogApproval, { order: id })).toBe(1);
    const tickets = await app.em().count(CatalogFulfilment, { order: id }, { filters: false });
    expect(tickets).toBe(1);
  });

  it('certificates go straight to payroll without a manager', async () => {
    const placed = await place(SARA, 'certificate', { kind: 'EMPLOYMENT' });
    expect(placed.errors).toBeUndefined();
    const order = placed.data?.placeCatalogOrder as OrderResult;
    expect(order.status).toBe('APPROVED');
    expect(order.approvals).toEqual([]);
    expect(order.fulfilments).toHaveLength(1);
    // Nothing signed, nothing archived.
    expect(order.document).toBeNull();
  });

  it('refuses orders for people outside the chain and items for managers only', async () => {
    const before = await count(CatalogOrder);
    const outside = await place(
      LARS,
      'computer',
      { model: 'LAPTOP' },
      { subjectId: omarId, signature: signed },
    );
    expect(code(outside)).toBe('FORBIDDEN');
    expect(fields(outside)).toEqual(['subjectId:NOT_IN_MANAGER_CHAIN']);
    const otherTenant = await place(
      LARS,
      'computer',
      { model: 'LAPTOP' },
      { subjectId: aliId, signature: signed },
    );
    expect(code(otherTenant)).toBe('NOT_FOUND');
    const employeeForOther = await place(
      SARA,
      'computer',
      { model: 'LAPTOP' },
      { subjectId: omarId, signature: signed },
    );
    expect(code(employeeForOther)).toBe('FORBIDDEN');
    const managersOnly = await place(
      SARA,
      'new-account',
      { givenName: 'A', surname: 'B', startDate: '2027-01-04', unit: 'X' },
      { signature: signed },
    );
    expect(code(managersOnly)).toBe('FORBIDDEN');
    const burItem = await app.gql(
      PLACE,
      { input: { itemId: item('computer'), valuesJson: '{"model":"LAPTOP"}' } },
      cookies[ALI],
    );
    expect(code(burItem)).toBe('NOT_FOUND');
    expect(await count(CatalogOrder)).toBe(before);
  });

  it('refuses bad forms and bad signatures with clear errors and keeps nothing', async () => {
    const before = await count(CatalogOrder);
    const missing = await place(SARA, 'leave-application', { note: 'x' }, { signature: signed });
    expect(code(missing)).toBe('BAD_USER_INPUT');
    expect(fields(missing)).toEqual([
      'values.kind:REQUIRED',
      'values.fromDate:REQUIRED',
      'values.toDate:REQUIRED',
    ]);
    const reversed = await place(
      SARA,
      'leave-application',
      { ...leave, fromDate: '2026-12-30', toDate: '2026-12-21' },
      { signature: signed },
    );
    expect(fields(reversed)).toEqual(['values.toDate:FROM_AFTER_TO']);
    const types = await place(
      SARA,
      'licensed-software',
      { software: 'Visio', licences: 'two', extra: true },
      { signature: signed },
    );
    expect(fields(types)).toEqual(['values.extra:UNKNOWN_FIELD', 'values.licences:WRONG_TYPE']);
    const notJson = await app.gql(
      PLACE,
      { input: { itemId: item('certificate'), valuesJson: '[1,2' } },
      cookies[SARA],
    );
    expect(fields(notJson)).toEqual(['valuesJson:INVALID_JSON']);
    const unsigned = await place(SARA, 'leave-application', leave);
    expect(fields(unsigned)).toEqual(['signature:SIGNATURE_REQUIRED']);
    const wrongPassword = await place(SARA, 'leave-application', leave, {
      signature: { password: 'not-mine' },
    });
    expect(fields(wrongPassword)).toEqual(['signature.password:WRONG_PASSWORD']);
    const emptyPassword = await place(SARA, 'leave-application', leave, {
      signature: { password: '' },
    });
    expect(fields(emptyPassword)).toEqual(['signature.password:SIGNATURE_REQUIRED']);
    const unknownProvider = await place(SARA, 'leave-application', leave, {
      signature: { provider: 'FAX', password: DEMO_PASSWORD },
    });
    expect(fields(unknownProvider)).toEqual(['signature.provider:UNKNOWN_PROVIDER']);
    const nul = await place(SARA, 'certificate', { kind: 'EMPLOYMENT', note: 'a\u0000b' });
    expect(nul.errors).toBeUndefined();
    expect(JSON.parse(nul.data?.placeCatalogOrder.valuesJson ?? '{}').note).toBe('ab');
    expect(await count(CatalogOrder)).toBe(before + 1);
  });

  it('keeps orders inside their municipality and their people', async () => {
    const placed = await place(SARA, 'leave-application', leave, { signature: signed });
    const id = placed.data?.placeCatalogOrder.id ?? '';
    for (const who of [ALI, OMAR]) {
      const r = await app.gql(ORDER, { id }, cookies[who]);
      expect(code(r)).toBe('NOT_FOUND');
    }
    const ali = await decide(ALI, id, true);
    expect(code(ali)).toBe('NOT_FOUND');
    const eva = await app.gql<{ catalogOrder: OrderResult }>(ORDER, { id }, cookies[EVA]);
    expect(eva.data?.catalogOrder.id).toBe(id);
  });

  it('verification fails after any change to the stored payload or the signed version', async () => {
    const placed = await place(SARA, 'leave-application', leave, { signature: signed });
    const id = placed.data?.placeCatalogOrder.id ?? '';
    const em = app.em();
    const signature = await em.findOneOrFail(CatalogSignature, { order: id }, { filters: false });
    const original = signature.payload;
    signature.payload = original.replace('2026-12-21', '2026-12-20');
    await em.flush();
    const tampered = await app.gql<{ catalogOrder: OrderResult }>(ORDER, { id }, cookies[SARA]);
    expect(tampered.data?.catalogOrder.signatures[0]).toMatchObject({
      valid: false,
      problem: 'HASH_MISMATCH',
    });
    signature.payload = original;
    await em.flush();
    const restored = await app.gql<{ catalogOrder: OrderResult }>(ORDER, { id }, cookies[SARA]);
    expect(restored.data?.catalogOrder.signatures[0]?.valid).toBe(true);
    const version = await em.findOneOrFail(
      CatalogOrderVersion,
      { order: id, formVersion: 1 },
      { filters: false },
    );
    version.values = { ...version.values, toDate: '2026-12-31' };
    await em.flush();
    const changed = await app.gql<{ catalogOrder: OrderResult }>(ORDER, { id }, cookies[SARA]);
    expect(changed.data?.catalogOrder.signatures[0]).toMatchObject({
      valid: false,
      problem: 'ORDER_CHANGED',
    });
  });
});

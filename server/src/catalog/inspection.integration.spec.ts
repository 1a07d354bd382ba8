import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AuditEvent } from '../audit/audit-event.entity.js';
import { hashPassword } from '../auth/password-hasher.js';
import { DEMO_PASSWORD } from '../demo/demo-seed.js';
import { seedPerson } from '../demo/factories.js';
import { Notification } from '../notifications/notification.entity.js';
import { Person } from '../people/person.entity.js';
import { Tenant } from '../tenants/tenant.entity.js';
import { TestApp, type GqlResponse } from '../test-support/test-app.js';
import { CatalogApproval, CatalogFulfilment, CatalogResult } from './catalog.entities.js';

/*
 * Seed 004: an inspection of an individual's e-mail or files is decided by the responsible
 * manager with the HR chief and the information-security chief, documents reason and result,
 * tells the employee's union at once, and is read only by those involved (and auditors).
 */
const SARA = 'JOSA9804'; // Kävlinge assistant nurse, reports to Lars: the one inspected
const LARS = 'AHLS8022'; // her manager: files the inspection
const EVA = 'NOEA7515'; // above Lars: decides the manager step
const HR = 'WAAA7104'; // Annika Wall, HR chief
const SEC = 'LITS7909'; // Tobias Lindgren, information-security chief
const UNION = 'BEFA8612'; // Fatima Berglund, union representative
const HOMA = 'HOMA8107'; // IT lead: carries it out
const PER = 'EKPR6811'; // another manager, not above Sara
const OMAR = 'SAOR9112'; // agent
const NILS = 'AXNS8514'; // administrator
const ALI = 'HAAI9502'; // Burlöv teacher
const BUR_MANAGER = 'STHA7724'; // Helena Strand, Burlöv principal, Ali's manager
const BUR_DIRECTOR = 'BEAS6609'; // above her
const AUDITOR = 'INSPAUDIT1'; // added below
const UNION2 = 'INSPUNION2'; // a second union representative, added below

const FIELDS = `id status stepIndex rejectionReason valuesJson mayDecide mayRecordResult
  item { key confidential approvalSteps { kind role } }
  orderer { id displayName } subject { id displayName }
  approvals { stepIndex decision reason approver { displayName } }
  fulfilments { ticketId }
  signatures { purpose valid }
  document { id valid }
  result { text recordedBy { displayName } recordedAt }`;
const ITEMS = `{ catalogItems { id key } }`;
const PLACE = `mutation($input: PlaceCatalogOrderInput!) { placeCatalogOrder(input: $input) { ${FIELDS} } }`;
const DECIDE = `mutation($input: DecideCatalogOrderInput!) { decideCatalogOrder(input: $input) { ${FIELDS} } }`;
const RESULT = `mutation($input: RecordCatalogOrderResultInput!) { recordCatalogOrderResult(input: $input) { ${FIELDS} } }`;
const RESUBMIT = `mutation($input: ResubmitCatalogOrderInput!) { resubmitCatalogOrder(input: $input) { id } }`;
const ORDER = `query($id: ID!) { catalogOrder(id: $id) { ${FIELDS} } }`;
const CONFIDENTIAL = `{ confidentialCatalogOrders { id } }`;
const INBOX = `{ catalogApprovalInbox { id } }`;
const MINE = `{ myCatalogOrders { id } }`;
const SUBJECTS = `query($itemId: ID!) { catalogSubjects(itemId: $itemId) { id } }`;

interface Order {
  id: string;
  status: string;
  stepIndex: number;
  rejectionReason: string | null;
  mayDecide: boolean;
  mayRecordResult: boolean;
  item: { key: string; confidential: boolean; approvalSteps: { kind: string; role: string }[] };
  subject: { id: string };
  approvals: { stepIndex: number; decision: string; reason: string | null }[];
  fulfilments: { ticketId: string }[];
  signatures: { purpose: string; valid: boolean }[];
  document: { id: string; valid: boolean } | null;
  result: { text: string; recordedBy: { displayName: string } } | null;
}

type Err = Pick<GqlResponse<unknown>, 'errors'>;
const code = (r: Err) => r.errors?.[0]?.extensions?.code;
const signed = { password: DEMO_PASSWORD };
const values = {
  scope: 'MAILBOX',
  details: 'Sent mail 1–30 November 2026 to external addresses',
  ground: 'SUSPECTED_CRIME',
  reason: 'Care records appear to have been sent outside the municipality.',
};

describe.each(['sqlite', 'postgresql'] as const)('inspection decision on %s', (database) => {
  let app: TestApp;
  const cookies: Record<string, string> = {};
  const ids: Record<string, string> = {};
  let itemId = '';

  beforeAll(async () => {
    app = await TestApp.start({ database });
    const em = app.em();
    const kav = await em.findOneOrFail(Tenant, { code: 'KAV' }, { filters: false });
    const passwordHash = await hashPassword(DEMO_PASSWORD);
    for (const [username, role] of [
      [AUDITOR, 'AUDITOR'],
      [UNION2, 'UNION_REPRESENTATIVE'],
    ] as const) {
      seedPerson(em, {
        tenant: kav,
        username,
        roles: [role, 'EMPLOYEE'],
        passwordHash,
        createdAt: app.clock.now(),
      });
    }
    await em.flush();
    const everyone = [SARA, LARS, EVA, HR, SEC, UNION, HOMA, PER, OMAR, NILS, ALI, AUDITOR, UNION2];
    for (const u of everyone) {
      cookies[u] = await app.signIn(u);
      ids[u] = (await em.findOneOrFail(Person, { username: u }, { filters: false })).id;
    }
    const items = await app.gql<{ catalogItems: { id: string; key: string }[] }>(
      ITEMS,
      {},
      cookies[LARS],
    );
    itemId = items.data?.catalogItems.find((i) => i.key === 'inspection')?.id ?? 'missing';
  }, 120_000);

  afterAll(async () => {
    await app?.stop();
  });

  async function file(who = LARS, extra: Record<string, unknown> = {}) {
    return app.gql<{ placeCatalogOrder: Order }>(
      PLACE,
      {
        input: {
          itemId,
          subjectId: ids[SARA],
          valuesJson: JSON.stringify(values),
          signature: signed,
          ...extra,
        },
      },
      cookies[who],
    );
  }
  async function placed(who = LARS): Promise<Order> {
    const r = await file(who);
    expect(r.errors).toBeUndefined();
    return r.data?.placeCatalogOrder as Order;
  }
  async function decide(who: string, orderId: string, approve: boolean, reason?: string) {
    return app.gql<{ decideCatalogOrder: Order }>(
      DECIDE,
      { input: { orderId, approve, reason: reason ?? null, signature: signed } },
      cookies[who],
    );
  }
  async function read(who: string, id: string) {
    return app.gql<{ catalogOrder: Order }>(ORDER, { id }, cookies[who]);
  }
  async function record(who: string, orderId: string, result: string) {
    return app.gql<{ recordCatalogOrderResult: Order }>(
      RESULT,
      { input: { orderId, result } },
      cookies[who],
    );
  }
  async function notices(who: string, kind: string, orderId: string): Promise<number> {
    const all = await app
      .em()
      .find(Notification, { recipient: ids[who], kind }, { filters: false });
    return all.filter((n) => n.params['orderId'] === orderId).length;
  }
  async function listed(query: string, who: string, key: string): Promise<string[]> {
    const r = await app.gql<Record<string, { id: string }[]>>(query, {}, cookies[who]);
    expect(r.errors).toBeUndefined();
    return (r.data?.[key] ?? []).map((o) => o.id);
  }

  it('offers the item to managers and HR, with three steps, signed and confidential', async () => {
    const lars = await app.gql<{ catalogItems: { key: string }[] }>(ITEMS, {}, cookies[LARS]);
    const hr = await app.gql<{ catalogItems: { key: string }[] }>(ITEMS, {}, cookies[HR]);
    const sara = await app.gql<{ catalogItems: { key: string }[] }>(ITEMS, {}, cookies[SARA]);
    expect(lars.data?.catalogItems.map((i) => i.key)).toContain('inspection');
    expect(hr.data?.catalogItems.map((i) => i.key)).toContain('inspection');
    expect(sara.data?.catalogItems.map((i) => i.key)).not.toContain('inspection');
    expect(code(await file(SARA))).toBe('FORBIDDEN');
    // Naming nobody (or oneself) is refused in place.
    const nobody = await file(LARS, { subjectId: null });
    expect(code(nobody)).toBe('BAD_USER_INPUT');
    expect(nobody.errors?.[0]?.extensions?.fields).toEqual([
      expect.objectContaining({ field: 'subjectId', code: 'SUBJECT_REQUIRED' }),
    ]);
    // The reason and legal ground are required.
    const bare = await file(LARS, { valuesJson: JSON.stringify({ scope: 'MAILBOX' }) });
    expect(code(bare)).toBe('BAD_USER_INPUT');
    const missing = (bare.errors?.[0]?.extensions?.fields as { field: string }[]).map(
      (f) => f.field,
    );
    expect(missing).toEqual(
      expect.arrayContaining(['values.details', 'values.ground', 'values.reason']),
    );
  });

  it('three approvals in order, the union told of filing and decision, IT records the result', async () => {
    const order = await placed();
    expect(order).toMatchObject({ status: 'PENDING', stepIndex: 0, mayDecide: false });
    expect(order.item.confidential).toBe(true);
    expect(order.item.approvalSteps).toEqual([
      { kind: 'SUBJECT_MANAGER', role: null },
      { kind: 'ROLE', role: 'HR_CHIEF' },
      { kind: 'ROLE', role: 'INFOSEC_CHIEF' },
    ]);
    for (const rep of [UNION, UNION2]) {
      expect(await notices(rep, 'SENSITIVE_DECISION_FILED', order.id)).toBe(1);
      expect(await notices(rep, 'SENSITIVE_DECISION_DECIDED', order.id)).toBe(0);
    }
    // The mail text does not name the employee.
    const told = await app
      .em()
      .findOneOrFail(
        Notification,
        { recipient: ids[UNION], kind: 'SENSITIVE_DECISION_FILED' },
        { filters: false },
      );
    expect(told.text).not.toContain('Sara');

    // The order is enforced: the HR chief and the security chief wait for the manager.
    expect(await listed(INBOX, EVA, 'catalogApprovalInbox')).toContain(order.id);
    expect(await listed(INBOX, HR, 'catalogApprovalInbox')).not.toContain(order.id);
    for (const early of [HR, SEC]) {
      expect(code(await decide(early, order.id, true))).toBe('FORBIDDEN');
    }
    expect(await app.em().count(CatalogApproval, { order: order.id }, { filters: false })).toBe(0);

    // Eva, above Lars, approves; her double click records one decision.
    const first = await decide(EVA, order.id, true);
    expect(first.errors).toBeUndefined();
    expect(first.data?.decideCatalogOrder.stepIndex).toBe(1);
    const again = await decide(EVA, order.id, true);
    expect(again.errors).toBeUndefined();
    expect(again.data?.decideCatalogOrder.stepIndex).toBe(1);
    expect(await app.em().count(CatalogApproval, { order: order.id }, { filters: false })).toBe(1);
    expect(code(await decide(SEC, order.id, true))).toBe('FORBIDDEN');
    expect(await listed(INBOX, HR, 'catalogApprovalInbox')).toContain(order.id);

    expect((await decide(HR, order.id, true)).errors).toBeUndefined();
    // Nothing for IT until all three have approved.
    expect(code(await read(HOMA, order.id))).toBe('NOT_FOUND');
    const last = await decide(SEC, order.id, true);
    expect(last.errors).toBeUndefined();
    const approved = last.data?.decideCatalogOrder as Order;
    expect(approved.status).toBe('APPROVED');
    expect(approved.approvals.map((a) => [a.stepIndex, a.decision])).toEqual([
      [0, 'APPROVED'],
      [1, 'APPROVED'],
      [2, 'APPROVED'],
    ]);
    // Every decision signed, the signed PDF archived, and no ticket every agent would see.
    expect(approved.signatures.map((s) => [s.purpose, s.valid])).toEqual([
      ['SUBMIT', true],
      ['APPROVE', true],
      ['APPROVE', true],
      ['APPROVE', true],
    ]);
    expect(approved.document?.valid).toBe(true);
    // The signed PDF downloads for those involved only.
    const pdf = (who: string) =>
      fetch(`${app.url}/api/catalog-orders/${order.id}/document`, {
        headers: { cookie: cookies[who] ?? '' },
      }).then((r) => r.status);
    expect(await pdf(UNION)).toBe(200);
    expect(await pdf(SARA)).toBe(404);
    expect(await pdf(NILS)).toBe(404);
    expect(approved.fulfilments).toEqual([]);
    expect(await app.em().count(CatalogFulfilment, { order: order.id }, { filters: false })).toBe(
      0,
    );
    for (const rep of [UNION, UNION2]) {
      expect(await notices(rep, 'SENSITIVE_DECISION_FILED', order.id)).toBe(1);
      expect(await notices(rep, 'SENSITIVE_DECISION_DECIDED', order.id)).toBe(1);
    }
    expect(await notices(HOMA, 'SENSITIVE_DECISION_DECIDED', order.id)).toBe(1);
    expect(await notices(LARS, 'CATALOG_ORDER_APPROVED', order.id)).toBe(1);
    expect(await notices(SARA, 'CATALOG_ORDER_APPROVED', order.id)).toBe(0);

    // The IT lead now reads it, finds it in the list, and documents the result once.
    const it = await read(HOMA, order.id);
    expect(it.data?.catalogOrder.mayRecordResult).toBe(true);
    expect(await listed(CONFIDENTIAL, HOMA, 'confidentialCatalogOrders')).toContain(order.id);
    expect((await read(LARS, order.id)).data?.catalogOrder.mayRecordResult).toBe(false);
    expect(code(await record(LARS, order.id, 'Nothing'))).toBe('FORBIDDEN');
    expect(code(await record(HOMA, order.id, '   '))).toBe('BAD_USER_INPUT');
    const text = '14 messages with care records to a private address, exported to HR.';
    const done = await record(HOMA, order.id, text);
    expect(done.errors).toBeUndefined();
    expect(done.data?.recordCatalogOrderResult).toMatchObject({
      status: 'COMPLETED',
      mayRecordResult: false,
      result: { text, recordedBy: { displayName: 'Maja Holmberg' } },
    });
    const twice = await record(HOMA, order.id, text);
    expect(twice.errors).toBeUndefined();
    expect(code(await record(HOMA, order.id, 'Something else'))).toBe('CONFLICT');
    expect(await app.em().count(CatalogResult, { order: order.id }, { filters: false })).toBe(1);
    // Those involved read the result; the union is not told again.
    for (const who of [LARS, EVA, HR, SEC, UNION, AUDITOR]) {
      const r = await read(who, order.id);
      expect(r.errors).toBeUndefined();
      expect(r.data?.catalogOrder.result?.text).toBe(text);
    }
    expect(await notices(UNION, 'SENSITIVE_DECISION_DECIDED', order.id)).toBe(1);

    const audit = await app
      .em()
      .find(AuditEvent, { entityId: order.id }, { filters: false, orderBy: { chainSeq: 'asc' } });
    expect(audit.map((a) => a.action)).toEqual([
      'catalog.order.placed',
      'catalog.order.step_approved',
      'catalog.order.step_approved',
      'catalog.order.step_approved',
      'catalog.order.approved',
      'catalog.order.archived',
      'catalog.order.result_recorded',
    ]);
    expect(audit.at(-1)?.actorId).toBe(ids[HOMA]);
    // The result text stays in the order, not in the audit trail.
    expect(JSON.stringify(audit.at(-1)?.data)).not.toContain('care records');
  });

  it('any one rejection, with a reason, ends it', async () => {
    const order = await placed();
    expect((await decide(EVA, order.id, true)).errors).toBeUndefined();
    const noReason = await decide(HR, order.id, false);
    expect(code(noReason)).toBe('BAD_USER_INPUT');
    const rejected = await decide(
      HR,
      order.id,
      false,
      'Not proportionate: ask the employee first.',
    );
    expect(rejected.errors).toBeUndefined();
    expect(rejected.data?.decideCatalogOrder).toMatchObject({
      status: 'REJECTED',
      rejectionReason: 'Not proportionate: ask the employee first.',
    });
    expect(code(await decide(SEC, order.id, true))).toBe('CONFLICT');
    // A rejected inspection cannot be corrected and sent again: it is over.
    const resubmit = await app.gql(
      RESUBMIT,
      { input: { orderId: order.id, valuesJson: JSON.stringify(values), signature: signed } },
      cookies[LARS],
    );
    expect(code(resubmit)).toBe('CONFLICT');
    // IT never gets it.
    expect(code(await read(HOMA, order.id))).toBe('NOT_FOUND');
    expect(code(await record(HOMA, order.id, 'x'))).toBe('NOT_FOUND');
    expect(await notices(UNION, 'SENSITIVE_DECISION_DECIDED', order.id)).toBe(1);
    expect(await notices(HOMA, 'SENSITIVE_DECISION_DECIDED', order.id)).toBe(0);
    expect(await notices(LARS, 'CATALOG_ORDER_REJECTED', order.id)).toBe(1);
    expect(await notices(SARA, 'CATALOG_ORDER_REJECTED', order.id)).toBe(0);
    const audit = await app
      .em()
      .find(AuditEvent, { entityId: order.id }, { filters: false, orderBy: { chainSeq: 'asc' } });
    expect(audit.map((a) => a.action)).toEqual([
      'catalog.order.placed',
      'catalog.order.step_approved',
      'catalog.order.rejected',
    ]);
  });

  it('others cannot read, approve or carry it out, and cannot tell it from a missing one', async () => {
    const order = await placed();
    const missing = randomUUID();
    const nobody = await read(LARS, missing);
    expect(code(nobody)).toBe('NOT_FOUND');
    // The subject, another manager, an agent, an administrator, IT before approval, Burlöv.
    for (const who of [SARA, PER, OMAR, NILS, HOMA, ALI]) {
      const r = await read(who, order.id);
      expect(r.data).toBeNull();
      expect([code(r), r.errors?.[0]?.message]).toEqual([
        code(nobody),
        nobody.errors?.[0]?.message,
      ]);
      const d = await decide(who, order.id, true);
      expect([code(d), d.errors?.[0]?.message]).toEqual([
        code(nobody),
        nobody.errors?.[0]?.message,
      ]);
      expect(code(await record(who, order.id, 'x'))).toBe('NOT_FOUND');
      expect(await listed(CONFIDENTIAL, who, 'confidentialCatalogOrders')).not.toContain(order.id);
      expect(await listed(INBOX, who, 'catalogApprovalInbox')).not.toContain(order.id);
    }
    // The subject does not find it among her own orders either.
    expect(await listed(MINE, SARA, 'myCatalogOrders')).not.toContain(order.id);
    expect(await notices(SARA, 'SENSITIVE_DECISION_FILED', order.id)).toBe(0);
    expect(await notices(SARA, 'CATALOG_APPROVAL_REQUESTED', order.id)).toBe(0);

    // The auditor and the union representative read it but decide nothing.
    for (const who of [AUDITOR, UNION]) {
      const r = await read(who, order.id);
      expect(r.errors).toBeUndefined();
      expect(r.data?.catalogOrder).toMatchObject({ id: order.id, mayDecide: false });
      expect(await listed(CONFIDENTIAL, who, 'confidentialCatalogOrders')).toContain(order.id);
      expect(code(await decide(who, order.id, true))).toBe('FORBIDDEN');
    }
    // The filer may not approve their own case; the manager above them may.
    expect(code(await decide(LARS, order.id, true))).toBe('FORBIDDEN');
    expect((await read(EVA, order.id)).data?.catalogOrder.mayDecide).toBe(true);
    expect(await app.em().count(CatalogApproval, { order: order.id }, { filters: false })).toBe(0);
  });

  it('in Burlöv, served by the shared IT team: its IT lead carries it out; Kävlinge reads nothing', async () => {
    const em = app.em();
    const bur = await em.findOneOrFail(Tenant, { code: 'BUR' }, { filters: false });
    const passwordHash = await hashPassword(DEMO_PASSWORD);
    for (const [username, role] of [
      ['INSPBURHR', 'HR_CHIEF'],
      ['INSPBURSEC', 'INFOSEC_CHIEF'],
    ] as const) {
      seedPerson(em, {
        tenant: bur,
        username,
        roles: [role],
        passwordHash,
        createdAt: app.clock.now(),
      });
    }
    await em.flush();
    for (const u of ['INSPBURHR', 'INSPBURSEC', BUR_MANAGER, BUR_DIRECTOR]) {
      cookies[u] = await app.signIn(u);
    }
    const burItems = await app.gql<{ catalogItems: { id: string; key: string }[] }>(
      ITEMS,
      {},
      cookies[BUR_MANAGER],
    );
    const burItem = burItems.data?.catalogItems.find((i) => i.key === 'inspection')?.id;
    const filed = await app.gql<{ placeCatalogOrder: Order }>(
      PLACE,
      {
        input: {
          itemId: burItem,
          subjectId: ids[ALI],
          valuesJson: JSON.stringify(values),
          signature: signed,
        },
      },
      cookies[BUR_MANAGER],
    );
    expect(filed.errors).toBeUndefined();
    const id = filed.data?.placeCatalogOrder.id ?? '';
    for (const who of [BUR_DIRECTOR, 'INSPBURHR', 'INSPBURSEC']) {
      expect((await decide(who, id, true)).errors).toBeUndefined();
    }
    // Kävlinge's deciders, union representative and auditor, and the shared agent: nothing.
    for (const who of [HR, SEC, UNION, AUDITOR, OMAR, EVA]) {
      expect(code(await read(who, id))).toBe('NOT_FOUND');
    }
    // Kävlinge's IT lead serves Burlöv: told, reads it, records the result.
    expect(await notices(HOMA, 'SENSITIVE_DECISION_DECIDED', id)).toBe(1);
    expect(await listed(CONFIDENTIAL, HOMA, 'confidentialCatalogOrders')).toContain(id);
    const done = await record(HOMA, id, 'Nothing found.');
    expect(done.errors).toBeUndefined();
    expect(done.data?.recordCatalogOrderResult.status).toBe('COMPLETED');
    expect(code(await read(ALI, id))).toBe('NOT_FOUND');
  });

  it('an HR chief files for anyone of the municipality but never approves their own case', async () => {
    const subjects = async (who: string) => {
      const r = await app.gql<{ catalogSubjects: { id: string }[] }>(
        SUBJECTS,
        { itemId },
        cookies[who],
      );
      expect(r.errors).toBeUndefined();
      return (r.data?.catalogSubjects ?? []).map((p) => p.id);
    };
    const forHr = await subjects(HR);
    expect(forHr).toEqual(expect.arrayContaining([ids[SARA], ids[PER], ids[LARS]]));
    expect(forHr).not.toContain(ids[HR]);
    expect(forHr).not.toContain(ids[ALI]);
    const forLars = await subjects(LARS);
    expect(forLars).toContain(ids[SARA]);
    expect(forLars).not.toContain(ids[PER]);
    expect(await subjects(SARA)).toEqual([]);
    const order = await placed(HR);
    expect(order.subject.id).toBe(ids[SARA]);
    expect((await decide(LARS, order.id, true)).errors).toBeUndefined();
    expect(code(await decide(HR, order.id, true))).toBe('FORBIDDEN');
    expect(await listed(INBOX, HR, 'catalogApprovalInbox')).not.toContain(order.id);
    expect(await listed(MINE, HR, 'myCatalogOrders')).toContain(order.id);
  });
});

import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AuditEvent } from '../audit/audit-event.entity.js';
import { Tenant } from '../tenants/tenant.entity.js';
import { TestApp, type GqlResponse } from '../test-support/test-app.js';
import { Ticket } from '../tickets/ticket.entity.js';
import { Category } from './category.entity.js';

const NILS_KAV_ADMIN = 'AXNS8514';
const IDA_BUR_ADMIN = 'LIIA9003';
const SARA_KAV_STAFF = 'JOSA9804';
const OMAR_AGENT = 'SAOR9112';
const LARS_KAV_MANAGER = 'AHLS8022';

const FIELDS = 'id tenantId name parentId active openTickets';
const LIST = `query($tenantId: ID!) { categoriesForAdmin(tenantId: $tenantId) { ${FIELDS} } }`;
const SAVE = `mutation($input: SaveCategoryInput!) { saveCategory(input: $input) { ${FIELDS} } }`;
const SET_ACTIVE = `mutation($id: ID!, $active: Boolean!) { setCategoryActive(id: $id, active: $active) { ${FIELDS} } }`;
const FILING = `query { ticketCategories { id name parentId } }`;
const CREATE_TICKET = `mutation($input: CreateTicketInput!) { createTicket(input: $input) { id category { id name } } }`;
const TICKET = `query($id: ID!) { ticket(id: $id) { id category { id name parentId } } }`;

interface AdminCategory {
  id: string;
  tenantId: string;
  name: string;
  parentId: string | null;
  active: boolean;
  openTickets: number;
}

function problem(res: GqlResponse): { code?: string; field?: string; problem?: string } {
  const error = res.errors?.[0];
  const fields = error?.extensions?.fields as { field: string; code: string }[] | undefined;
  return { code: error?.extensions?.code, field: fields?.[0]?.field, problem: fields?.[0]?.code };
}

describe.each(['sqlite', 'postgresql'] as const)('category administration on %s', (database) => {
  let app: TestApp;
  let admin: string;
  let kav: string;
  let bur: string;

  beforeAll(async () => {
    app = await TestApp.start({ database });
    admin = await app.signIn(NILS_KAV_ADMIN);
    const em = app.em();
    kav = (await em.findOneOrFail(Tenant, { code: 'KAV' }, { filters: false })).id;
    bur = (await em.findOneOrFail(Tenant, { code: 'BUR' }, { filters: false })).id;
  }, 120_000);
  afterAll(() => app?.stop());

  async function save(input: Record<string, unknown>, cookie = admin) {
    return app.gql<{ saveCategory: AdminCategory }>(
      SAVE,
      { input: { tenantId: kav, ...input } },
      cookie,
    );
  }
  async function saved(input: Record<string, unknown>): Promise<AdminCategory> {
    const res = await save(input);
    expect(res.errors).toBeUndefined();
    return res.data!.saveCategory;
  }
  async function setActive(id: string, active: boolean, cookie = admin) {
    return app.gql<{ setCategoryActive: AdminCategory }>(SET_ACTIVE, { id, active }, cookie);
  }
  async function list(): Promise<AdminCategory[]> {
    const res = await app.gql<{ categoriesForAdmin: AdminCategory[] }>(
      LIST,
      { tenantId: kav },
      admin,
    );
    expect(res.errors).toBeUndefined();
    return res.data!.categoriesForAdmin;
  }
  /** Actions audited for a category, sorted (the manual clock gives them all one instant). */
  async function audited(entityId: string): Promise<string[]> {
    const rows = await app.em().find(AuditEvent, { entityId }, { filters: false });
    return rows.map((r) => r.action).sort();
  }

  it('lists every category of the municipality, alphabetically, with open-ticket counts', async () => {
    const em = app.em();
    const all = await em.find(Category, { tenant: kav }, { filters: false });
    const rows = await list();
    expect(rows.map((r) => r.id).sort()).toEqual(all.map((c) => c.id).sort());
    expect(rows.every((r) => r.tenantId === kav)).toBe(true);
    const tops = rows.filter((r) => r.parentId === null).map((r) => r.name);
    expect(tops).toEqual([...tops].sort((a, b) => a.localeCompare(b, 'sv')));
    const open = await em.find(
      Ticket,
      { tenant: kav, status: { $nin: ['RESOLVED', 'CLOSED'] }, category: { $ne: null } },
      { filters: false },
    );
    for (const row of rows) {
      expect(row.openTickets, row.name).toBe(open.filter((t) => t.category?.id === row.id).length);
    }
  });

  it('creates, renames and moves categories, trimming names and auditing each change', async () => {
    const top = await saved({ name: '  Telephony   services ' });
    expect(top).toMatchObject({ name: 'Telephony services', parentId: null, active: true });
    const other = await saved({ name: 'Meeting rooms' });
    const sub = await saved({ name: 'Headsets', parentId: top.id });
    expect(sub.parentId).toBe(top.id);

    const renamed = await saved({ id: sub.id, name: 'Headsets and speakers' });
    expect(renamed).toMatchObject({ name: 'Headsets and speakers', parentId: top.id });
    const moved = await saved({ id: sub.id, name: 'Headsets and speakers', parentId: other.id });
    expect(moved.parentId).toBe(other.id);
    const lifted = await saved({ id: sub.id, name: 'Headsets and speakers', parentId: null });
    expect(lifted.parentId).toBeNull();

    expect(await audited(sub.id)).toEqual([
      'category.created',
      'category.updated',
      'category.updated',
      'category.updated',
    ]);
    const names = (await list()).map((c) => c.name);
    expect(names).toEqual(expect.arrayContaining(['Telephony services', 'Headsets and speakers']));
  });

  it('refuses bad names and duplicates among siblings (case-insensitive)', async () => {
    const top = await saved({ name: 'Badges' });
    await saved({ name: 'Lost badge', parentId: top.id });
    expect(problem(await save({ name: '   ' }))).toEqual({
      code: 'BAD_USER_INPUT',
      field: 'name',
      problem: 'REQUIRED',
    });
    expect(problem(await save({ name: 'x'.repeat(101) }))).toMatchObject({ problem: 'TOO_LONG' });
    expect((await save({ name: 'y'.repeat(100) })).errors).toBeUndefined();
    expect(problem(await save({ name: ' lost BADGE ', parentId: top.id }))).toEqual({
      code: 'BAD_USER_INPUT',
      field: 'name',
      problem: 'DUPLICATE',
    });
    expect(problem(await save({ name: 'bADGES' }))).toMatchObject({ problem: 'DUPLICATE' });
    // The same name under another parent, or at the other level, is fine.
    expect((await save({ name: 'Badges', parentId: top.id })).errors).toBeUndefined();
    const other = await saved({ name: 'Keys' });
    expect((await save({ name: 'Lost badge', parentId: other.id })).errors).toBeUndefined();
  });

  it('keeps to two levels and to the municipality', async () => {
    const top = await saved({ name: 'Depth top' });
    const sub = await saved({ name: 'Depth sub', parentId: top.id });
    const other = await saved({ name: 'Depth other' });
    expect(problem(await save({ name: 'Too deep', parentId: sub.id }))).toEqual({
      code: 'BAD_USER_INPUT',
      field: 'parentId',
      problem: 'TOO_DEEP',
    });
    expect(
      problem(await save({ id: top.id, name: 'Depth top', parentId: other.id })),
    ).toMatchObject({ field: 'parentId', problem: 'TOO_DEEP' });
    expect(problem(await save({ id: top.id, name: 'Depth top', parentId: top.id }))).toMatchObject({
      problem: 'TOO_DEEP',
    });
    const burParent = await app
      .em()
      .findOneOrFail(Category, { tenant: bur, parent: null }, { filters: false });
    expect(problem(await save({ name: 'Across', parentId: burParent.id })).code).toBe('NOT_FOUND');
    expect(problem(await save({ id: burParent.id, name: 'Taken over' })).code).toBe('NOT_FOUND');
  });

  it('deactivating hides a category and its subcategories from filing; tickets keep it', async () => {
    const sara = await app.signIn(SARA_KAV_STAFF);
    const top = await saved({ name: 'Deactivation top' });
    const sub = await saved({ name: 'Deactivation sub', parentId: top.id });
    const filed = await app.gql<{ createTicket: { id: string } }>(
      CREATE_TICKET,
      { input: { title: 'Headset broken', description: 'No sound', categoryId: sub.id } },
      sara,
    );
    expect(filed.errors).toBeUndefined();
    const ticketId = filed.data!.createTicket.id;
    expect((await list()).find((c) => c.id === sub.id)?.openTickets).toBe(1);

    const off = await setActive(top.id, false);
    expect(off.errors).toBeUndefined();
    expect(off.data!.setCategoryActive.active).toBe(false);
    const rows = await list();
    expect(rows.find((c) => c.id === sub.id)).toMatchObject({ active: false, openTickets: 1 });

    const offered = await app.gql<{ ticketCategories: { id: string }[] }>(FILING, {}, sara);
    const offeredIds = offered.data!.ticketCategories.map((c) => c.id);
    expect(offeredIds).not.toContain(top.id);
    expect(offeredIds).not.toContain(sub.id);
    const refused = await app.gql(
      CREATE_TICKET,
      { input: { title: 'Another', description: 'x', categoryId: sub.id } },
      sara,
    );
    expect(problem(refused).code).toBe('NOT_FOUND');

    const ticket = await app.gql<{ ticket: { category: { id: string; name: string } | null } }>(
      TICKET,
      { id: ticketId },
      sara,
    );
    expect(ticket.data!.ticket.category).toMatchObject({ id: sub.id, name: 'Deactivation sub' });

    expect(await audited(top.id)).toContain('category.deactivated');
    expect(await audited(sub.id)).toContain('category.deactivated');
  });

  it('reactivates a subcategory only under an active parent', async () => {
    const top = await saved({ name: 'Reactivation top' });
    const sub = await saved({ name: 'Reactivation sub', parentId: top.id });
    expect((await setActive(top.id, false)).errors).toBeUndefined();
    expect(problem(await setActive(sub.id, true))).toEqual({
      code: 'BAD_USER_INPUT',
      field: 'active',
      problem: 'PARENT_INACTIVE',
    });
    expect(problem(await save({ name: 'New under inactive', parentId: top.id }))).toMatchObject({
      field: 'parentId',
      problem: 'PARENT_INACTIVE',
    });
    expect((await setActive(top.id, true)).data!.setCategoryActive.active).toBe(true);
    // Subcategories come back one by one, as the administrator chooses.
    expect((await list()).find((c) => c.id === sub.id)?.active).toBe(false);
    expect((await setActive(sub.id, true)).data!.setCategoryActive.active).toBe(true);
    expect(await audited(sub.id)).toEqual([
      'category.activated',
      'category.created',
      'category.deactivated',
    ]);
  });

  it('lets only the municipality’s administrators manage its categories', async () => {
    const target = await saved({ name: 'Authorisation target' });
    for (const username of [SARA_KAV_STAFF, OMAR_AGENT, LARS_KAV_MANAGER]) {
      const cookie = await app.signIn(username);
      expect(
        problem(await app.gql(LIST, { tenantId: kav }, cookie)).code,
        `${username} lists`,
      ).toBe('FORBIDDEN');
      expect(problem(await save({ name: 'Nope' }, cookie)).code, `${username} saves`).toBe(
        'FORBIDDEN',
      );
      expect(problem(await setActive(target.id, false, cookie)).code, username).toBe('FORBIDDEN');
    }
    const ida = await app.signIn(IDA_BUR_ADMIN);
    expect(problem(await app.gql(LIST, { tenantId: kav }, ida)).code).toBe('NOT_FOUND');
    expect(problem(await save({ name: 'Nope' }, ida)).code).toBe('NOT_FOUND');
    expect(problem(await setActive(target.id, false, ida)).code).toBe('NOT_FOUND');
    // Her own municipality is hers to manage.
    const own = await app.gql<{ categoriesForAdmin: AdminCategory[] }>(
      LIST,
      { tenantId: bur },
      ida,
    );
    expect(own.errors).toBeUndefined();
    expect(own.data!.categoriesForAdmin.every((c) => c.tenantId === bur)).toBe(true);
    expect((await list()).find((c) => c.id === target.id)?.active).toBe(true);
  });
});

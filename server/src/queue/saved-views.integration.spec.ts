import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { TestApp, type GqlResponse } from '../test-support/test-app.js';
import { Person } from '../people/person.entity.js';
import { Ticket } from '../tickets/ticket.entity.js';

const OMAR = 'SAOR9112';
const JONAS = 'VIJS8530';
const LENA = 'BELA8819';
const SARA = 'JOSA9804';

const LIST =
  '{ queueViews { id name shared mine ownerName count filters { statuses priorities sort } } }';
const SAVE = `mutation($input: SaveQueueViewInput!) { saveQueueView(input: $input) { id name shared mine count } }`;
const DELETE = 'mutation($id: ID!) { deleteQueueView(id: $id) }';

interface View {
  id: string;
  name: string;
  shared: boolean;
  mine: boolean;
  count: number;
}
const code = (r: GqlResponse) => r.errors?.[0]?.extensions?.code;

describe('saved queue views', () => {
  let app: TestApp;
  let omar: string;
  let jonas: string;
  let lena: string;

  beforeAll(async () => {
    app = await TestApp.start();
    omar = await app.signIn(OMAR);
    jonas = await app.signIn(JONAS);
    lena = await app.signIn(LENA);
  });
  afterAll(() => app.stop());

  it('saves personal and shared views with counts that match the queue', async () => {
    const res = await app.gql<{ saveQueueView: View }>(
      SAVE,
      { input: { name: 'New and high', filters: { statuses: ['NEW'], priorities: ['HIGH'] } } },
      omar,
    );
    expect(res.errors).toBeUndefined();
    const expected = await app
      .em()
      .count(Ticket, { status: 'NEW', priority: 'HIGH' }, { filters: false });
    expect(res.data!.saveQueueView).toMatchObject({
      name: 'New and high',
      shared: false,
      mine: true,
      count: expected,
    });
    await app.gql(
      SAVE,
      { input: { name: 'Team: all new', shared: true, filters: { statuses: ['NEW'] } } },
      omar,
    );

    const jonasViews = (await app.gql<{ queueViews: View[] }>(LIST, {}, jonas)).data!.queueViews;
    expect(jonasViews.map((v) => [v.name, v.mine])).toEqual([['Team: all new', false]]);
    // Lena serves Burlöv only: Omar's Kävlinge views are not hers, shared or not.
    expect((await app.gql<{ queueViews: View[] }>(LIST, {}, lena)).data!.queueViews).toEqual([]);
  });

  it('keeps municipality, operator, category and priority sort, and counts by them', async () => {
    const em = app.em();
    const sample = await em.findOneOrFail(
      Ticket,
      { category: { $ne: null }, tenant: { code: 'KAV' } },
      { filters: false, populate: ['category'] },
    );
    sample.operator = await em.findOneOrFail(Person, { username: OMAR }, { filters: false });
    await em.flush();
    const filters = {
      tenantIds: [sample.tenant.id],
      operatorIds: [sample.operator!.id],
      categoryIds: [sample.category!.id],
      sort: 'PRIORITY',
    };
    const res = await app.gql<{ saveQueueView: View & { id: string } }>(
      SAVE,
      { input: { name: 'One operator, one category', filters } },
      omar,
    );
    expect(res.errors).toBeUndefined();
    const expected = await em.count(
      Ticket,
      {
        tenant: sample.tenant.id,
        operator: sample.operator!.id,
        $or: [{ category: sample.category!.id }, { category: { parent: sample.category!.id } }],
      },
      { filters: false },
    );
    expect(expected).toBeGreaterThan(0);
    expect(res.data!.saveQueueView.count).toBe(expected);
    const listed = await app.gql<{
      queueViews: { id: string; filters: Record<string, unknown> }[];
    }>(
      '{ queueViews { id filters { tenantIds operatorIds categoryIds sort statuses } } }',
      {},
      omar,
    );
    expect(
      listed.data!.queueViews.find((v) => v.id === res.data!.saveQueueView.id)?.filters,
    ).toEqual({ ...filters, statuses: null });
    await app.gql(DELETE, { id: res.data!.saveQueueView.id }, omar);
  });

  it('refuses a view that names more than 100 operators', async () => {
    const operatorIds = Array.from(
      { length: 101 },
      (_, i) => `00000000-0000-4000-8000-${String(i).padStart(12, '0')}`,
    );
    const res = await app.gql(
      SAVE,
      { input: { name: 'Too many', filters: { operatorIds } } },
      omar,
    );
    expect(code(res)).toBe('BAD_USER_INPUT');
    expect(res.errors?.[0]?.extensions?.['fields']).toEqual([
      expect.objectContaining({ field: 'filters.operatorIds', code: 'TOO_MANY' }),
    ]);
  });

  it('lets only the owner delete a view', async () => {
    const views = (await app.gql<{ queueViews: View[] }>(LIST, {}, omar)).data!.queueViews;
    const shared = views.find((v) => v.shared)!;
    expect(code(await app.gql(DELETE, { id: shared.id }, jonas))).toBe('FORBIDDEN');
    expect(code(await app.gql(DELETE, { id: shared.id }, lena))).toBe('NOT_FOUND');
    expect((await app.gql(DELETE, { id: shared.id }, omar)).data).toEqual({
      deleteQueueView: true,
    });
    expect(code(await app.gql(DELETE, { id: '00000000-0000-0000-0000-000000000000' }, omar))).toBe(
      'NOT_FOUND',
    );
  });

  it('validates names and keeps staff out', async () => {
    expect(code(await app.gql(SAVE, { input: { name: '  ', filters: {} } }, omar))).toBe(
      'BAD_USER_INPUT',
    );
    expect(code(await app.gql(SAVE, { input: { name: 'x'.repeat(81), filters: {} } }, omar))).toBe(
      'BAD_USER_INPUT',
    );
    const sara = await app.signIn(SARA);
    expect(code(await app.gql(LIST, {}, sara))).toBe('FORBIDDEN');
    expect(code(await app.gql(SAVE, { input: { name: 'Mine', filters: {} } }, sara))).toBe(
      'FORBIDDEN',
    );
    expect(code(await app.gql(LIST, {}))).toBe('UNAUTHENTICATED');
  });
});

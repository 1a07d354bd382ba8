import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AuditEvent } from '../audit/audit-event.entity.js';
import { Asset } from './asset.entity.js';
import { seedAsset } from '../demo/factories.js';
import { randomUUID } from 'node:crypto';
import { CatalogItem, CatalogOrder } from '../catalog/catalog.entities.js';
import { OrgUnit } from '../org/org-unit.entity.js';
import { Person } from '../people/person.entity.js';
import { Tenant } from '../tenants/tenant.entity.js';
import { TestApp, type GqlResponse } from '../test-support/test-app.js';
import { Ticket } from '../tickets/ticket.entity.js';

const NILS = 'AXNS8514'; // Kävlinge administrator
const OMAR = 'SAOR9112'; // agent of Kävlinge and Burlöv
const LENA = 'BELA8819'; // Burlöv-only agent
const SARA = 'JOSA9804'; // Kävlinge staff
const ALI = 'HAAI9502'; // Burlöv staff

const SAVE = `mutation($input: SaveAssetInput!) {
  saveAsset(input: $input) { id tag name kind location active tenantId }
}`;
const LIST = `query($t: ID!, $s: String, $f: Int) { assets(tenantId: $t, search: $s, first: $f) { id tag name active } }`;
const BY_TAG = `query($tag: String!) { assetByTag(tag: $tag) { id tag name kind } }`;
const CREATE = `mutation($input: CreateTicketInput!) {
  createTicket(input: $input) { id version asset { id tag name kind } }
}`;
const RECORD = `mutation($input: RecordTicketForCallerInput!) {
  recordTicketForCaller(input: $input) { id asset { tag } }
}`;
const LINK = `mutation($input: LinkTicketAssetInput!) {
  linkTicketAsset(input: $input) { id version asset { id tag } }
}`;
const TIMELINE = `query($id: ID!) { ticketTimeline(ticketId: $id) { kind field from to } }`;

type Err = Pick<GqlResponse<unknown>, 'errors'>;
const code = (r: Err) => r.errors?.[0]?.extensions?.code;
const fieldCodes = (r: Err) =>
  ((r.errors?.[0]?.extensions?.fields ?? []) as { field: string; code: string }[]).map(
    (f) => f.code,
  );

describe.each(['sqlite', 'postgresql'] as const)('assets on %s', (database) => {
  let app: TestApp;
  let nils: string;
  let omar: string;
  let lena: string;
  let sara: string;
  let ali: string;
  let kav: Tenant;
  let bur: Tenant;

  beforeAll(async () => {
    app = await TestApp.start({ database });
    nils = await app.signIn(NILS);
    omar = await app.signIn(OMAR);
    lena = await app.signIn(LENA);
    sara = await app.signIn(SARA);
    ali = await app.signIn(ALI);
    const em = app.em();
    kav = await em.findOneOrFail(Tenant, { code: 'KAV' }, { filters: false });
    bur = await em.findOneOrFail(Tenant, { code: 'BUR' }, { filters: false });
  }, 120_000);
  afterAll(() => app?.stop());

  async function save(input: Record<string, unknown>, cookie = omar) {
    return app.gql<{ saveAsset: { id: string; tag: string; active: boolean } }>(
      SAVE,
      { input: { tenantId: kav.id, name: 'Lenovo ThinkPad T14', kind: 'COMPUTER', ...input } },
      cookie,
    );
  }

  it('saves an asset with its tag upper-cased, edits it, and audits both', async () => {
    const added = await save({ tag: ' kav-pc-77001 ', location: 'Town hall' });
    expect(added.errors).toBeUndefined();
    expect(added.data!.saveAsset).toMatchObject({
      tag: 'KAV-PC-77001',
      active: true,
      tenantId: kav.id,
    });
    const id = added.data!.saveAsset.id;
    const edited = await save({ id, tag: 'KAV-PC-77001', name: 'HP EliteBook 840' }, nils);
    expect(edited.errors).toBeUndefined();
    expect(edited.data!.saveAsset).toMatchObject({ id, tag: 'KAV-PC-77001' });
    const audits = await app
      .em()
      .find(AuditEvent, { entityId: id }, { filters: false, orderBy: { at: 'asc' } });
    expect(audits.map((a) => a.action)).toEqual(['asset.created', 'asset.updated']);
  });

  it('refuses malformed and duplicate tags with field codes', async () => {
    for (const tag of ['K', 'KAV PC 1', 'KAV_PC', 'x'.repeat(41)]) {
      const res = await save({ tag });
      expect(code(res)).toBe('BAD_USER_INPUT');
      expect(fieldCodes(res)).toEqual(['INVALID']);
    }
    await save({ tag: 'KAV-PC-77002' });
    const dup = await save({ tag: 'kav-pc-77002' });
    expect(code(dup)).toBe('BAD_USER_INPUT');
    expect(fieldCodes(dup)).toEqual(['DUPLICATE']);
    // The same tag in another municipality is another asset.
    const other = await save({ tag: 'KAV-PC-77002', tenantId: bur.id }, lena);
    expect(other.errors).toBeUndefined();
  });

  it('lists by tag prefix or name, at most 50, for agents and administrators only', async () => {
    const byTag = await app.gql<{ assets: { tag: string }[] }>(
      LIST,
      { t: kav.id, s: 'kav-pr' },
      omar,
    );
    expect(byTag.errors).toBeUndefined();
    expect(byTag.data!.assets.length).toBeGreaterThan(0);
    expect(byTag.data!.assets.every((a) => a.tag.startsWith('KAV-PR-'))).toBe(true);
    const byName = await app.gql<{ assets: { name: string }[] }>(
      LIST,
      { t: kav.id, s: 'thinkpad' },
      nils,
    );
    expect(byName.data!.assets.length).toBeGreaterThan(0);
    expect(byName.data!.assets.every((a) => /thinkpad/i.test(a.name))).toBe(true);
    // Case does not matter for letters beyond ASCII either (SQLite's LIKE only folds A–Z).
    await save({ tag: 'KAV-PR-77010', name: 'Skrivare Överförmyndaren', kind: 'PRINTER' });
    const nonAscii = await app.gql<{ assets: { name: string }[] }>(
      LIST,
      { t: kav.id, s: 'överförmyndaren' },
      omar,
    );
    expect(nonAscii.data!.assets.map((a) => a.name)).toContain('Skrivare Överförmyndaren');
    const capped = await app.gql<{ assets: unknown[] }>(LIST, { t: kav.id, f: 500 }, omar);
    expect(capped.data!.assets.length).toBeLessThanOrEqual(50);
    expect(code(await app.gql(LIST, { t: kav.id }, sara))).toBe('FORBIDDEN');
  });

  it('keeps a Burlöv agent out of Kävlinge assets', async () => {
    const em = app.em();
    const kavAsset = seedAsset(em, { tenant: kav, createdAt: app.clock.now() });
    await em.flush();
    expect(code(await app.gql(LIST, { t: kav.id }, lena))).toBe('NOT_FOUND');
    expect(code(await save({ tag: 'KAV-PC-77003' }, lena))).toBe('NOT_FOUND');
    const toggled = await app.gql(
      'mutation($id: ID!) { setAssetActive(id: $id, active: false) { id } }',
      { id: kavAsset.id },
      lena,
    );
    expect(code(toggled)).toBe('NOT_FOUND');
    const burTicket = await app.em().findOneOrFail(Ticket, { tenant: bur }, { filters: false });
    const linked = await app.gql(
      LINK,
      { input: { ticketId: burTicket.id, version: burTicket.version, assetId: kavAsset.id } },
      lena,
    );
    expect(code(linked)).toBe('NOT_FOUND');
    // Omar serves both, but an asset only fits tickets of its own municipality.
    const crossed = await app.gql(
      LINK,
      { input: { ticketId: burTicket.id, version: burTicket.version, assetId: kavAsset.id } },
      omar,
    );
    expect(code(crossed)).toBe('NOT_FOUND');
  });

  it('looks a tag up in the viewer’s own municipality only', async () => {
    const found = await app.gql<{ assetByTag: { tag: string; name: string } | null }>(
      BY_TAG,
      { tag: 'kav-pc-01001' },
      sara,
    );
    expect(found.errors).toBeUndefined();
    expect(found.data!.assetByTag).toMatchObject({ tag: 'KAV-PC-01001' });
    const unknown = await app.gql<{ assetByTag: unknown }>(BY_TAG, { tag: 'KAV-NOPE-1' }, sara);
    expect(unknown.data!.assetByTag).toBeNull();
    const elsewhere = await app.gql<{ assetByTag: unknown }>(BY_TAG, { tag: 'KAV-PC-01001' }, ali);
    expect(elsewhere.data!.assetByTag).toBeNull();
    expect(code(await app.gql(BY_TAG, { tag: 'KAV-PC-01001' }))).toBe('UNAUTHENTICATED');
  });

  it('files a ticket about an asset; inactive or foreign assets are refused', async () => {
    const looked = await app.gql<{ assetByTag: { id: string } }>(
      BY_TAG,
      { tag: 'KAV-PC-01001' },
      sara,
    );
    const assetId = looked.data!.assetByTag.id;
    const filed = await app.gql<{ createTicket: { asset: { tag: string } | null } }>(
      CREATE,
      { input: { title: 'Laptop will not start', assetId } },
      sara,
    );
    expect(filed.errors, JSON.stringify(filed.errors)).toBeUndefined();
    expect(filed.data!.createTicket.asset).toMatchObject({ tag: 'KAV-PC-01001', kind: 'COMPUTER' });

    const em = app.em();
    const retired = seedAsset(em, { tenant: kav, active: false, createdAt: app.clock.now() });
    const burAsset = seedAsset(em, { tenant: bur, createdAt: app.clock.now() });
    await em.flush();
    for (const id of [retired.id, burAsset.id]) {
      const res = await app.gql(CREATE, { input: { title: 'Broken', assetId: id } }, sara);
      expect(code(res)).toBe('NOT_FOUND');
    }

    const ali = await app
      .em()
      .findOneOrFail(Ticket, { tenant: bur }, { filters: false, populate: ['caller'] });
    const recorded = await app.gql<{ recordTicketForCaller: { asset: { tag: string } } }>(
      RECORD,
      {
        input: {
          callerId: ali.caller.id,
          channel: 'PHONE',
          title: 'Printer jams',
          assetId: burAsset.id,
        },
      },
      omar,
    );
    expect(recorded.errors, JSON.stringify(recorded.errors)).toBeUndefined();
    expect(recorded.data!.recordTicketForCaller.asset.tag).toBe(burAsset.tag);
    const wrongTenant = await app.gql(
      RECORD,
      {
        input: { callerId: ali.caller.id, channel: 'PHONE', title: 'Printer jams', assetId },
      },
      omar,
    );
    expect(code(wrongTenant)).toBe('NOT_FOUND');
  });

  it('links and unlinks an asset with a timeline entry, refusing a stale version', async () => {
    const em = app.em();
    const ticket = await em.findOneOrFail(Ticket, { tenant: kav, asset: null }, { filters: false });
    const first = seedAsset(em, { tenant: kav, tag: 'KAV-PC-88001', createdAt: app.clock.now() });
    const second = seedAsset(em, { tenant: kav, tag: 'KAV-PC-88002', createdAt: app.clock.now() });
    await em.flush();
    const linked = await app.gql<{ linkTicketAsset: { version: number; asset: { tag: string } } }>(
      LINK,
      { input: { ticketId: ticket.id, version: ticket.version, assetId: first.id } },
      omar,
    );
    expect(linked.errors).toBeUndefined();
    expect(linked.data!.linkTicketAsset.asset.tag).toBe('KAV-PC-88001');
    const version = linked.data!.linkTicketAsset.version;

    const stale = await app.gql(
      LINK,
      { input: { ticketId: ticket.id, version: ticket.version, assetId: second.id } },
      omar,
    );
    expect(code(stale)).toBe('CONFLICT');

    const staff = await app.gql(
      LINK,
      { input: { ticketId: ticket.id, version, assetId: null } },
      sara,
    );
    expect(['FORBIDDEN', 'NOT_FOUND']).toContain(code(staff));

    const swapped = await app.gql<{ linkTicketAsset: { version: number; asset: unknown } }>(
      LINK,
      { input: { ticketId: ticket.id, version, assetId: second.id } },
      omar,
    );
    expect(swapped.errors).toBeUndefined();
    const unlinked = await app.gql<{ linkTicketAsset: { asset: unknown } }>(
      LINK,
      {
        input: {
          ticketId: ticket.id,
          version: swapped.data!.linkTicketAsset.version,
          assetId: null,
        },
      },
      omar,
    );
    expect(unlinked.errors).toBeUndefined();
    expect(unlinked.data!.linkTicketAsset.asset).toBeNull();

    const timeline = await app.gql<{
      ticketTimeline: {
        kind: string;
        field: string | null;
        from: string | null;
        to: string | null;
      }[];
    }>(TIMELINE, { id: ticket.id }, omar);
    expect(
      timeline
        .data!.ticketTimeline.filter((e) => e.field === 'asset')
        .map((e) => [e.kind, e.from, e.to])
        // The test clock stands still, so entries of one instant come in id order.
        .sort((a, b) => JSON.stringify(a).localeCompare(JSON.stringify(b))),
    ).toEqual([
      ['CHANGE', 'KAV-PC-88001', 'KAV-PC-88002'],
      ['CHANGE', 'KAV-PC-88002', null],
      ['CHANGE', null, 'KAV-PC-88001'],
    ]);
    const audits = await em.count(
      AuditEvent,
      { entityId: ticket.id, action: 'ticket.asset' },
      { filters: false },
    );
    expect(audits).toBe(3);
  });

  it('refuses to link an inactive asset, but keeps and unlinks one that retired while linked', async () => {
    const em = app.em();
    const [ticket, other] = await em.find(
      Ticket,
      { tenant: kav, asset: null },
      { filters: false, limit: 2, orderBy: { number: 'asc' } },
    );
    const retired = seedAsset(em, {
      tenant: kav,
      tag: 'KAV-PC-88101',
      active: false,
      createdAt: app.clock.now(),
    });
    const live = seedAsset(em, { tenant: kav, tag: 'KAV-PC-88102', createdAt: app.clock.now() });
    await em.flush();

    const refused = await app.gql(
      LINK,
      { input: { ticketId: ticket!.id, version: ticket!.version, assetId: retired.id } },
      omar,
    );
    expect(code(refused)).toBe('BAD_USER_INPUT');
    expect(refused.errors?.[0]?.extensions?.fields).toMatchObject([
      { field: 'assetId', code: 'ASSET_INACTIVE' },
    ]);
    const untouched = await app.em().findOneOrFail(Ticket, { id: ticket!.id }, { filters: false });
    expect(untouched.version).toBe(ticket!.version);
    expect(untouched.asset).toBeNull();

    // Linked while active, then retired: the link stays, can be saved again, and can go.
    const linked = await app.gql<{ linkTicketAsset: { version: number } }>(
      LINK,
      { input: { ticketId: other!.id, version: other!.version, assetId: live.id } },
      omar,
    );
    expect(linked.errors).toBeUndefined();
    const off = await app.gql(
      'mutation($id: ID!) { setAssetActive(id: $id, active: false) { active } }',
      { id: live.id },
      omar,
    );
    expect(off.errors).toBeUndefined();
    const kept = await app.gql<{ linkTicketAsset: { version: number; asset: { tag: string } } }>(
      LINK,
      {
        input: {
          ticketId: other!.id,
          version: linked.data!.linkTicketAsset.version,
          assetId: live.id,
        },
      },
      omar,
    );
    expect(kept.errors).toBeUndefined();
    expect(kept.data!.linkTicketAsset.asset.tag).toBe('KAV-PC-88102');
    const unlinked = await app.gql<{ linkTicketAsset: { asset: unknown } }>(
      LINK,
      {
        input: {
          ticketId: other!.id,
          version: kept.data!.linkTicketAsset.version,
          assetId: null,
        },
      },
      omar,
    );
    expect(unlinked.errors).toBeUndefined();
    expect(unlinked.data!.linkTicketAsset.asset).toBeNull();
  });

  it('deactivates an asset, after which the portal no longer finds it', async () => {
    const added = await save({ tag: 'KAV-PC-77009' });
    const id = added.data!.saveAsset.id;
    const off = await app.gql<{ setAssetActive: { active: boolean } }>(
      'mutation($id: ID!) { setAssetActive(id: $id, active: false) { active } }',
      { id },
      nils,
    );
    expect(off.data!.setAssetActive.active).toBe(false);
    const looked = await app.gql<{ assetByTag: unknown }>(BY_TAG, { tag: 'KAV-PC-77009' }, sara);
    expect(looked.data!.assetByTag).toBeNull();
    const byStaff = await app.gql(
      'mutation($id: ID!) { setAssetActive(id: $id, active: true) { active } }',
      { id },
      sara,
    );
    expect(code(byStaff)).toBe('FORBIDDEN');
  });
  const FULL = `mutation($input: SaveAssetInput!) {
    saveAsset(input: $input) {
      id status active model serial purchaseDate priceMinor currency
      assignedPersonId assignedPersonName assignedUnitId assignedUnitName orderId
    }
  }`;
  type Full = {
    saveAsset: {
      id: string;
      status: string;
      active: boolean;
      priceMinor: number | null;
      currency: string;
      assignedPersonId: string | null;
      assignedUnitId: string | null;
    };
  };
  const full = (input: Record<string, unknown>, cookie = omar) =>
    app.gql<Full>(
      FULL,
      { input: { tenantId: kav.id, name: 'Dell Latitude 5450', kind: 'COMPUTER', ...input } },
      cookie,
    );

  it('keeps model, serial, purchase date, price in öre and the assigned person and unit', async () => {
    const em = app.em();
    const person = await em.findOneOrFail(Person, { username: SARA }, { filters: false });
    const unit = await em.findOneOrFail(OrgUnit, { tenant: kav }, { filters: false });
    const added = await full({
      tag: 'KAV-PC-79001',
      status: 'IN_STOCK',
      model: ' Latitude 5450 ',
      serial: 'SN-123',
      purchaseDate: '2026-11-30',
      priceMinor: 1_249_900,
      assignedPersonId: person.id,
      assignedUnitId: unit.id,
    });
    expect(added.errors, JSON.stringify(added.errors)).toBeUndefined();
    expect(added.data!.saveAsset).toMatchObject({
      status: 'IN_STOCK',
      active: true,
      model: 'Latitude 5450',
      serial: 'SN-123',
      purchaseDate: '2026-11-30',
      priceMinor: 1_249_900,
      currency: 'SEK',
      assignedPersonId: person.id,
      assignedPersonName: `${person.givenName} ${person.surname}`,
      assignedUnitId: unit.id,
      assignedUnitName: unit.name,
      orderId: null,
    });
    const id = added.data!.saveAsset.id;
    const inUse = await full({ id, tag: 'KAV-PC-79001', status: 'IN_USE', priceMinor: 0 });
    expect(inUse.data!.saveAsset).toMatchObject({ status: 'IN_USE', priceMinor: 0 });
    const retired = await full({ id, tag: 'KAV-PC-79001', status: 'RETIRED' });
    expect(retired.data!.saveAsset).toMatchObject({ status: 'RETIRED', active: false });
    // Retired assets only come back into stock, never straight into use.
    const refused = await full({ id, tag: 'KAV-PC-79001', status: 'IN_USE' });
    expect(code(refused)).toBe('BAD_USER_INPUT');
    expect(refused.errors?.[0]?.extensions?.fields).toMatchObject([
      { field: 'status', code: 'TRANSITION_NOT_ALLOWED' },
    ]);
    const back = await app.gql<{ setAssetActive: { active: boolean; status: string } }>(
      'mutation($id: ID!) { setAssetActive(id: $id, active: true) { active status } }',
      { id },
      omar,
    );
    expect(back.data!.setAssetActive).toEqual({ active: true, status: 'IN_STOCK' });
    const audits = await app
      .em()
      .find(AuditEvent, { entityId: id }, { filters: false, orderBy: { at: 'asc' } });
    expect(audits.map((a) => a.action)).toEqual([
      'asset.created',
      'asset.updated',
      'asset.updated',
      'asset.activated',
    ]);
  });

  it('shows assets retired before statuses existed as RETIRED', async () => {
    const em = app.em();
    const old = seedAsset(em, { tenant: kav, active: false, createdAt: app.clock.now() });
    await em.flush();
    const listed = await app.gql<{ assets: { tag: string; status: string }[] }>(
      'query($t: ID!, $s: String) { assets(tenantId: $t, search: $s) { tag status } }',
      { t: kav.id, s: old.tag },
      omar,
    );
    expect(listed.data!.assets).toEqual([{ tag: old.tag, status: 'RETIRED' }]);
  });

  it('refuses bad prices, dates and texts with field codes, saving nothing', async () => {
    const cases: [Record<string, unknown>, string, string][] = [
      [{ priceMinor: -1 }, 'priceMinor', 'NEGATIVE'],
      [{ priceMinor: 2_000_000_000 }, 'priceMinor', 'TOO_LARGE'],
      [{ purchaseDate: '2026-02-30' }, 'purchaseDate', 'INVALID'],
      [{ purchaseDate: '30/11/2026' }, 'purchaseDate', 'INVALID'],
      [{ serial: 'x'.repeat(101) }, 'serial', 'TOO_LONG'],
      [{ model: 'x'.repeat(201) }, 'model', 'TOO_LONG'],
    ];
    for (const [input, field, fieldCode] of cases) {
      const res = await full({ tag: 'KAV-PC-79002', ...input });
      expect(code(res)).toBe('BAD_USER_INPUT');
      expect(res.errors?.[0]?.extensions?.fields).toMatchObject([{ field, code: fieldCode }]);
    }
    const saved = await app.gql<{ assets: unknown[] }>(
      LIST,
      { t: kav.id, s: 'KAV-PC-79002' },
      omar,
    );
    expect(saved.data!.assets).toEqual([]);
  });

  it('assigns only people and units of the asset’s own municipality (NOT_FOUND otherwise)', async () => {
    const em = app.em();
    const burPerson = await em.findOneOrFail(Person, { username: ALI }, { filters: false });
    const burUnit = await em.findOneOrFail(OrgUnit, { tenant: bur }, { filters: false });
    for (const input of [
      { assignedPersonId: burPerson.id },
      { assignedUnitId: burUnit.id },
      { assignedPersonId: '00000000-0000-0000-0000-000000000000' },
    ]) {
      const res = await full({ tag: 'KAV-PC-79003', ...input });
      expect(code(res)).toBe('NOT_FOUND');
    }
    // A Burlöv agent editing a Kävlinge asset by id learns nothing either.
    const kavAsset = seedAsset(em, { tenant: kav, createdAt: app.clock.now() });
    await em.flush();
    const foreign = await full({ id: kavAsset.id, tag: kavAsset.tag, tenantId: bur.id }, lena);
    const missing = await full(
      { id: '00000000-0000-0000-0000-000000000000', tag: 'BUR-PC-1', tenantId: bur.id },
      lena,
    );
    expect(code(foreign)).toBe('NOT_FOUND');
    expect(foreign.errors?.[0]?.message).toBe(missing.errors?.[0]?.message);
    expect(code(await full({ tag: 'KAV-PC-79004' }, sara))).toBe('FORBIDDEN');
  });
  const EXPORT = `query($t: ID!) { assetsCsv(tenantId: $t) }`;
  const IMPORT = `mutation($t: ID!, $csv: String!) {
    importAssetsCsv(tenantId: $t, csv: $csv) { created updated problems { row column code } }
  }`;
  type Imported = {
    importAssetsCsv: {
      created: number;
      updated: number;
      problems: { row: number; column: string; code: string }[];
    };
  };
  const importCsv = (csv: string, cookie = omar, t = kav.id) =>
    app.gql<Imported>(IMPORT, { t, csv }, cookie);
  const HEADER =
    'tag,name,kind,status,model,serial,purchase_date,price_minor,location,assigned_person,assigned_unit';

  it('imports a file, and importing it again updates by tag instead of duplicating', async () => {
    const unit = await app.em().findOneOrFail(OrgUnit, { tenant: kav }, { filters: false });
    const csv = [
      HEADER,
      `KAV-PC-80001,Lenovo T14,COMPUTER,IN_USE,T14 Gen 5,SN-1,2026-10-01,1249900,Town hall,${SARA},${unit.code}`,
      'kav-pr-80002,"Ricoh, floor 2",printer,IN_STOCK,,,,,,,',
    ].join('\r\n');
    const first = await importCsv(csv);
    expect(first.errors, JSON.stringify(first.errors)).toBeUndefined();
    expect(first.data!.importAssetsCsv).toEqual({ created: 2, updated: 0, problems: [] });
    const again = await importCsv(csv, nils);
    expect(again.data!.importAssetsCsv).toEqual({ created: 0, updated: 2, problems: [] });
    const rows = await app.em().find(
      Asset,
      { tenant: kav, tag: { $like: 'KAV-P_-8000%' } },
      {
        filters: false,
        populate: ['assignedPerson', 'assignedUnit'],
        orderBy: { tag: 'asc' },
      },
    );
    expect(rows.map((a) => a.tag)).toEqual(['KAV-PC-80001', 'KAV-PR-80002']);
    expect(rows[0]).toMatchObject({ priceMinor: 1_249_900, purchaseDate: '2026-10-01' });
    expect(rows[0]!.assignedPerson?.username).toBe(SARA);
    expect(rows[0]!.assignedUnit?.id).toBe(unit.id);
    expect(rows[1]).toMatchObject({ name: 'Ricoh, floor 2', kind: 'PRINTER', status: 'IN_STOCK' });
  });

  it('imports nothing when any row is bad, and says row, column and code for each', async () => {
    const csv = [
      HEADER,
      'KAV-PC-81001,Fine laptop,COMPUTER,IN_USE,,,,,,,',
      'KAV PC,Bad tag,COMPUTER,,,,,,,,',
      'KAV-PC-81003,,TOASTER,BROKEN,,,2026-02-30,-5,,NOSUCHUSER,NOSUCHUNIT',
      'KAV-PC-81001,Twice in the file,COMPUTER,,,,,12.50,,,',
    ].join('\n');
    const res = await importCsv(csv);
    expect(res.errors).toBeUndefined();
    expect(res.data!.importAssetsCsv.created).toBe(0);
    expect(res.data!.importAssetsCsv.problems).toEqual([
      { row: 3, column: 'tag', code: 'INVALID' },
      { row: 4, column: 'name', code: 'REQUIRED' },
      { row: 4, column: 'kind', code: 'INVALID' },
      { row: 4, column: 'status', code: 'INVALID' },
      { row: 4, column: 'purchase_date', code: 'INVALID' },
      { row: 4, column: 'price_minor', code: 'NEGATIVE' },
      { row: 5, column: 'tag', code: 'DUPLICATE' },
      { row: 5, column: 'price_minor', code: 'INVALID' },
    ]);
    const unknown = await importCsv(
      [HEADER, 'KAV-PC-81004,Laptop,COMPUTER,,,,,,,NOSUCHUSER,NOSUCHUNIT'].join('\n'),
    );
    expect(unknown.data!.importAssetsCsv.problems).toEqual([
      { row: 2, column: 'assigned_person', code: 'NOT_FOUND' },
      { row: 2, column: 'assigned_unit', code: 'NOT_FOUND' },
    ]);
    const none = await app
      .em()
      .count(Asset, { tenant: kav, tag: { $like: 'KAV-PC-8100%' } }, { filters: false });
    expect(none).toBe(0);
    expect((await importCsv('tag,name\nKAV-1,x')).data!.importAssetsCsv.problems).toEqual([
      { row: 1, column: 'kind', code: 'MISSING_COLUMN' },
    ]);
    expect(
      (await importCsv('tag,name,kind,colour\nKAV-1,x,OTHER,red')).data!.importAssetsCsv.problems,
    ).toEqual([{ row: 1, column: 'colour', code: 'UNKNOWN_COLUMN' }]);
    expect(
      (await importCsv('tag,name,kind\n"KAV-1,x,OTHER')).data!.importAssetsCsv.problems[0]?.code,
    ).toBe('MALFORMED');
  });

  it('refuses a status move the register does not allow, in a file too', async () => {
    await importCsv([HEADER, 'KAV-PC-82001,Old laptop,COMPUTER,RETIRED,,,,,,,'].join('\n'));
    const res = await importCsv(
      [HEADER, 'KAV-PC-82001,Old laptop,COMPUTER,IN_USE,,,,,,,'].join('\n'),
    );
    expect(res.data!.importAssetsCsv.problems).toEqual([
      { row: 2, column: 'status', code: 'TRANSITION_NOT_ALLOWED' },
    ]);
  });

  it('exports the register with formula cells neutralised, and the export re-imports unchanged', async () => {
    await save({ tag: 'KAV-PC-83001', name: '=HYPERLINK("http://evil","x")', location: '+46 1' });
    const exported = await app.gql<{ assetsCsv: string }>(EXPORT, { t: kav.id }, omar);
    expect(exported.errors).toBeUndefined();
    const text = exported.data!.assetsCsv;
    expect(text.startsWith(`${HEADER}\r\n`)).toBe(true);
    const line = text.split('\r\n').find((l) => l.startsWith('KAV-PC-83001,'));
    expect(line).toBe(
      `KAV-PC-83001,"'=HYPERLINK(""http://evil"",""x"")",COMPUTER,IN_USE,,,,,'+46 1,,`,
    );
    expect(text).not.toMatch(/BUR-/);
    const before = await app.em().count(Asset, { tenant: kav }, { filters: false });
    const again = await importCsv(text);
    expect(again.data!.importAssetsCsv.problems).toEqual([]);
    expect(again.data!.importAssetsCsv.created).toBe(0);
    expect(await app.em().count(Asset, { tenant: kav }, { filters: false })).toBe(before);
    const kept = await app
      .em()
      .findOneOrFail(Asset, { tenant: kav, tag: 'KAV-PC-83001' }, { filters: false });
    expect(kept).toMatchObject({ name: '=HYPERLINK("http://evil","x")', location: '+46 1' });
  });

  it('keeps CSV export and import to the municipality’s agents and administrators', async () => {
    expect(code(await app.gql(EXPORT, { t: kav.id }, sara))).toBe('FORBIDDEN');
    expect(code(await app.gql(EXPORT, { t: kav.id }, lena))).toBe('NOT_FOUND');
    expect(code(await app.gql(EXPORT, { t: kav.id }))).toBe('UNAUTHENTICATED');
    const csv = [HEADER, 'KAV-PC-84001,Laptop,COMPUTER,,,,,,,,'].join('\n');
    expect(code(await importCsv(csv, sara))).toBe('FORBIDDEN');
    expect(code(await importCsv(csv, lena))).toBe('NOT_FOUND');
    // A Burlöv agent importing into Burlöv cannot assign Kävlinge people.
    const cross = await importCsv(
      [HEADER, `BUR-PC-84002,Laptop,COMPUTER,,,,,,,${SARA},`].join('\n'),
      lena,
      bur.id,
    );
    expect(cross.data!.importAssetsCsv.problems).toEqual([
      { row: 2, column: 'assigned_person', code: 'NOT_FOUND' },
    ]);
  });
  const PRICE = `mutation($t: ID!, $m: String!, $p: Int!) {
    saveAssetPrice(tenantId: $t, model: $m, monthlyMinor: $p) { id model monthlyMinor }
  }`;
  const TRANSFER = `mutation($input: TransferAssetInput!) {
    transferAsset(input: $input) { id status assignedPersonId assignedUnitId }
  }`;
  const REPORT = `query($t: ID!, $m: String!) {
    chargebackReport(tenantId: $t, month: $m) {
      month currency totalMinor lines { unitId costCentre assetTag days monthlyMinor amountMinor }
    }
  }`;
  type Report = {
    chargebackReport: {
      totalMinor: number;
      currency: string;
      lines: {
        unitId: string;
        costCentre: string;
        assetTag: string;
        days: number;
        amountMinor: number;
      }[];
    };
  };
  const report = async (month: string, cookie = omar) =>
    app.gql<Report>(REPORT, { t: kav.id, m: month }, cookie);
  const transfer = (input: Record<string, unknown>, cookie = omar) =>
    app.gql<{ transferAsset: { status: string; assignedUnitId: string } }>(
      TRANSFER,
      { input },
      cookie,
    );

  async function twoPeopleOfDifferentUnits(): Promise<[Person, Person]> {
    const people = await app
      .em()
      .find(
        Person,
        { tenant: kav, orgUnit: { $ne: null } },
        { filters: false, orderBy: { username: 'asc' } },
      );
    const first = people[0]!;
    const second = people.find((p) => p.orgUnit!.id !== first.orgUnit!.id)!;
    return [first, second];
  }

  it('keeps a price list that only administrators of the municipality change', async () => {
    const saved = await app.gql<{ saveAssetPrice: { model: string; monthlyMinor: number } }>(
      PRICE,
      { t: kav.id, m: ' Latitude 7450 ', p: 300_00 },
      nils,
    );
    expect(saved.errors).toBeUndefined();
    expect(saved.data!.saveAssetPrice).toMatchObject({
      model: 'LATITUDE 7450',
      monthlyMinor: 300_00,
    });
    const again = await app.gql<{ saveAssetPrice: { id: string; monthlyMinor: number } }>(
      PRICE,
      { t: kav.id, m: 'latitude 7450', p: 300_00 },
      nils,
    );
    expect(again.data!.saveAssetPrice.monthlyMinor).toBe(300_00);
    const negative = await app.gql(PRICE, { t: kav.id, m: 'X', p: -1 }, nils);
    expect(fieldCodes(negative)).toEqual(['NEGATIVE']);
    expect(fieldCodes(await app.gql(PRICE, { t: kav.id, m: ' ', p: 1 }, nils))).toEqual([
      'REQUIRED',
    ]);
    expect(code(await app.gql(PRICE, { t: kav.id, m: 'X', p: 1 }, omar))).toBe('FORBIDDEN');
    expect(code(await app.gql(PRICE, { t: kav.id, m: 'X', p: 1 }, lena))).toBe('NOT_FOUND');
    const listed = await app.gql<{ assetPrices: { model: string }[] }>(
      'query($t: ID!) { assetPrices(tenantId: $t) { model monthlyMinor } }',
      { t: kav.id },
      omar,
    );
    expect(listed.data!.assetPrices.filter((p) => p.model === 'LATITUDE 7450')).toHaveLength(1);
  });

  it('charges the unit of the person holding an asset by day, and a transfer moves the charge', async () => {
    await app.gql(PRICE, { t: kav.id, m: 'Latitude 7450', p: 300_00 }, nils);
    const [a, b] = await twoPeopleOfDifferentUnits();
    const added = await full({ tag: 'KAV-PC-85001', model: 'Latitude 7450', status: 'IN_STOCK' });
    const id = added.data!.saveAsset.id;
    const first = await transfer({ assetId: id, personId: a.id, date: '2026-11-11' });
    expect(first.errors, JSON.stringify(first.errors)).toBeUndefined();
    expect(first.data!.transferAsset).toMatchObject({
      status: 'IN_USE',
      assignedUnitId: a.orgUnit!.id,
    });
    const before = await report('2026-11');
    expect(before.data!.chargebackReport.currency).toBe('SEK');
    expect(
      before.data!.chargebackReport.lines.filter((l) => l.assetTag === 'KAV-PC-85001'),
    ).toEqual([expect.objectContaining({ unitId: a.orgUnit!.id, days: 20, amountMinor: 200_00 })]);

    const moved = await transfer({ assetId: id, personId: b.id, date: '2026-11-21' });
    expect(moved.data!.transferAsset.assignedUnitId).toBe(b.orgUnit!.id);
    const after = await report('2026-11');
    const mine = after.data!.chargebackReport.lines.filter((l) => l.assetTag === 'KAV-PC-85001');
    expect(mine).toHaveLength(2);
    expect(mine).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ unitId: a.orgUnit!.id, days: 10, amountMinor: 100_00 }),
        expect.objectContaining({ unitId: b.orgUnit!.id, days: 10, amountMinor: 100_00 }),
      ]),
    );
    const total = after.data!.chargebackReport.lines.reduce((s, l) => s + l.amountMinor, 0);
    expect(after.data!.chargebackReport.totalMinor).toBe(total);
    const december = await report('2026-12');
    expect(
      december.data!.chargebackReport.lines.filter((l) => l.assetTag === 'KAV-PC-85001'),
    ).toEqual([expect.objectContaining({ unitId: b.orgUnit!.id, days: 31, amountMinor: 300_00 })]);
    const csv = await app.gql<{ chargebackReportCsv: string }>(
      'query($t: ID!, $m: String!) { chargebackReportCsv(tenantId: $t, month: $m) }',
      { t: kav.id, m: '2026-12' },
      nils,
    );
    const centre = december.data!.chargebackReport.lines.find(
      (l) => l.assetTag === 'KAV-PC-85001',
    )!.costCentre;
    expect(csv.data!.chargebackReportCsv).toContain(`2026-12,${centre},`);
    expect(csv.data!.chargebackReportCsv).toMatch(/KAV-PC-85001,.*,31,30000,30000,SEK,\r\n/);
    const audits = await app
      .em()
      .find(AuditEvent, { entityId: id, action: 'asset.transferred' }, { filters: false });
    expect(audits).toHaveLength(2);

    const early = await transfer({ assetId: id, personId: a.id, date: '2026-11-01' });
    expect(fieldCodes(early)).toEqual(['BEFORE_CURRENT_CHARGE']);
  });

  it('refuses transfers and reports it should not make, revealing nothing of other municipalities', async () => {
    const [a] = await twoPeopleOfDifferentUnits();
    const em = app.em();
    const kavAsset = seedAsset(em, { tenant: kav, createdAt: app.clock.now() });
    const retired = seedAsset(em, { tenant: kav, active: false, createdAt: app.clock.now() });
    await em.flush();
    const ali = await em.findOneOrFail(Person, { username: ALI }, { filters: false });
    const ok = { assetId: kavAsset.id, personId: a.id, date: '2026-11-01' };
    const foreign = await transfer(ok, lena);
    const missing = await transfer(
      { ...ok, assetId: '00000000-0000-0000-0000-000000000000' },
      lena,
    );
    expect(code(foreign)).toBe('NOT_FOUND');
    expect(foreign.errors?.[0]?.message).toBe(missing.errors?.[0]?.message);
    expect(code(await transfer({ ...ok, personId: ali.id }))).toBe('NOT_FOUND');
    expect(code(await transfer(ok, sara))).toBe('FORBIDDEN');
    expect(fieldCodes(await transfer({ ...ok, date: '2026-11-31' }))).toEqual(['INVALID']);
    expect(fieldCodes(await transfer({ ...ok, assetId: retired.id }))).toEqual(['ASSET_INACTIVE']);
    expect(fieldCodes(await report('2026-13'))).toEqual(['INVALID']);
    expect(code(await report('2026-11', sara))).toBe('FORBIDDEN');
    expect(code(await report('2026-11', lena))).toBe('NOT_FOUND');
    expect(code(await app.gql(REPORT, { t: kav.id, m: '2026-11' }))).toBe('UNAUTHENTICATED');
  });
  const DELIVER = `mutation($input: DeliverOrderInput!) {
    deliverCatalogOrder(input: $input) {
      id tag status active serial assignedPersonId assignedUnitId orderId
    }
  }`;
  async function approvedOrder(key: string, status: 'APPROVED' | 'PENDING' = 'APPROVED') {
    const em = app.em();
    const item = await em.findOneOrFail(CatalogItem, { tenant: kav, key }, { filters: false });
    const [orderer, subject] = await twoPeopleOfDifferentUnits();
    const order = em.create(CatalogOrder, {
      id: randomUUID(),
      tenant: kav,
      item,
      orderer,
      subject,
      status,
      values: {},
      createdAt: app.clock.now(),
      updatedAt: app.clock.now(),
    });
    await em.flush();
    return { order, orderer, subject };
  }
  const deliver = (input: Record<string, unknown>, cookie = omar) =>
    app.gql<{
      deliverCatalogOrder: { id: string; assignedPersonId: string; assignedUnitId: string };
    }>(DELIVER, { input }, cookie);

  it('registers a delivered laptop order in use by the subject, charged to the ordering unit', async () => {
    await app.gql(PRICE, { t: kav.id, m: 'computer', p: 450_00 }, nils);
    const { order, orderer, subject } = await approvedOrder('computer');
    const res = await deliver({
      orderId: order.id,
      tag: 'kav-pc-86001',
      serial: 'SN-86001',
      date: '2026-11-16',
    });
    expect(res.errors, JSON.stringify(res.errors)).toBeUndefined();
    expect(res.data!.deliverCatalogOrder).toMatchObject({
      tag: 'KAV-PC-86001',
      status: 'IN_USE',
      active: true,
      serial: 'SN-86001',
      assignedPersonId: subject.id,
      assignedUnitId: orderer.orgUnit!.id,
      orderId: order.id,
    });
    const nov = await report('2026-11');
    expect(nov.data!.chargebackReport.lines.filter((l) => l.assetTag === 'KAV-PC-86001')).toEqual([
      expect.objectContaining({ unitId: orderer.orgUnit!.id, days: 15, amountMinor: 225_00 }),
    ]);
    const dec = await report('2026-12');
    expect(dec.data!.chargebackReport.lines.filter((l) => l.assetTag === 'KAV-PC-86001')).toEqual([
      expect.objectContaining({ days: 31, amountMinor: 450_00 }),
    ]);
    const twice = await deliver({ orderId: order.id, tag: 'KAV-PC-86002', date: '2026-11-16' });
    expect(fieldCodes(twice)).toEqual(['ALREADY_DELIVERED']);
  });

  it('delivers only approved hardware and software orders, within the municipality', async () => {
    const pending = await approvedOrder('computer', 'PENDING');
    expect(
      fieldCodes(
        await deliver({ orderId: pending.order.id, tag: 'KAV-PC-87001', date: '2026-11-02' }),
      ),
    ).toEqual(['NOT_APPROVED']);
    const account = await approvedOrder('new-account');
    expect(
      fieldCodes(
        await deliver({ orderId: account.order.id, tag: 'KAV-PC-87002', date: '2026-11-02' }),
      ),
    ).toEqual(['NOT_DELIVERABLE']);
    const { order } = await approvedOrder('licensed-software');
    const base = { orderId: order.id, tag: 'KAV-SW-87003', date: '2026-11-02' };
    expect(fieldCodes(await deliver({ ...base, tag: 'KAV-PC-01001' }))).toEqual(['DUPLICATE']);
    expect(fieldCodes(await deliver({ ...base, date: '2026-02-30' }))).toEqual(['INVALID']);
    expect(code(await deliver(base, sara))).toBe('FORBIDDEN');
    const foreign = await deliver(base, lena);
    const missing = await deliver(
      { ...base, orderId: '00000000-0000-0000-0000-000000000000' },
      lena,
    );
    expect(code(foreign)).toBe('NOT_FOUND');
    expect(foreign.errors?.[0]?.message).toBe(missing.errors?.[0]?.message);
    expect((await deliver(base)).errors).toBeUndefined();
  });
  it('splits a shared asset’s charge equally, to the öre, with the municipalities Kävlinge IT serves', async () => {
    await app.gql(PRICE, { t: kav.id, m: 'Switch 48', p: 100_01 }, nils);
    const [a] = await twoPeopleOfDifferentUnits();
    const added = await full({ tag: 'KAV-NW-88001', model: 'Switch 48', kind: 'NETWORK' });
    const id = added.data!.saveAsset.id;
    const marked = await app.gql<{ saveAsset: { shared: boolean } }>(
      'mutation($input: SaveAssetInput!) { saveAsset(input: $input) { shared } }',
      {
        input: {
          tenantId: kav.id,
          id,
          tag: 'KAV-NW-88001',
          name: 'Core switch',
          kind: 'NETWORK',
          model: 'Switch 48',
          shared: true,
        },
      },
      omar,
    );
    expect(marked.data!.saveAsset.shared).toBe(true);
    await transfer({ assetId: id, personId: a.id, date: '2026-11-01' });
    const res = await app.gql<{
      chargebackReport: {
        lines: {
          assetTag: string;
          amountMinor: number;
          shares: { tenantId: string; amountMinor: number }[];
        }[];
      };
    }>(
      `query($t: ID!, $m: String!) { chargebackReport(tenantId: $t, month: $m) {
        lines { assetTag amountMinor shares { tenantId tenantName amountMinor } } } }`,
      { t: kav.id, m: '2026-12' },
      omar,
    );
    const line = res.data!.chargebackReport.lines.find((l) => l.assetTag === 'KAV-NW-88001')!;
    expect(line.amountMinor).toBe(100_01);
    expect(line.shares).toEqual([
      { tenantId: kav.id, tenantName: kav.name, amountMinor: 50_01 },
      { tenantId: bur.id, tenantName: bur.name, amountMinor: 50_00 },
    ]);
    const others = res.data!.chargebackReport.lines.filter((l) => l.assetTag !== 'KAV-NW-88001');
    expect(others.every((l) => l.shares.length === 0)).toBe(true);
    const csv = await app.gql<{ chargebackReportCsv: string }>(
      'query($t: ID!, $m: String!) { chargebackReportCsv(tenantId: $t, month: $m) }',
      { t: kav.id, m: '2026-12' },
      omar,
    );
    const rows = csv
      .data!.chargebackReportCsv.split('\r\n')
      .filter((r) => r.includes('KAV-NW-88001'));
    expect(rows).toHaveLength(2);
    expect(rows[0]).toMatch(/,5001,SEK,Kävlinge/);
    expect(rows[1]).toMatch(/,5000,SEK,Burlöv/);
  });
});

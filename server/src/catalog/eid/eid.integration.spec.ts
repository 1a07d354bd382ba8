import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { TestApp, type GqlResponse } from '../../test-support/test-app.js';
import { CatalogOrder } from '../catalog.entities.js';
import { BankIdClient } from './bankid-client.js';
import { startBankIdSimulator, type BankIdSimulator } from './bankid-simulator.js';
import { sameIdentity } from './eid-signature.provider.js';

const SARA = 'JOSA9804';
const LARS = 'AHLS8022';
const sara = {
  personalNumber: '199001011234',
  name: 'Sara Johansson',
  givenName: 'Sara',
  surname: 'Johansson',
};
const lars = {
  personalNumber: '197502021234',
  name: 'Lars Ahlström',
  givenName: 'Lars',
  surname: 'Ahlström',
};

const START = `mutation { startEidSigning { orderRef autoStartToken qrData } }`;
const QR = /^bankid\.[0-9a-f-]{36}\.\d+\.[0-9a-f]{64}$/;
const PLACE = `mutation($input: PlaceCatalogOrderInput!) {
  placeCatalogOrder(input: $input) { id status signatures { provider valid } } }`;
const DECIDE = `mutation($input: DecideCatalogOrderInput!) {
  decideCatalogOrder(input: $input) { id status signatures { provider purpose valid } } }`;
const ITEMS = `{ catalogItems { id key } }`;

type Err = Pick<GqlResponse<unknown>, 'errors'>;
const fields = (r: Err) =>
  ((r.errors?.[0]?.extensions?.fields ?? []) as { field: string; code: string }[]).map(
    (f) => `${f.field}:${f.code}`,
  );
const hint = (r: Err) =>
  (r.errors?.[0]?.extensions?.fields as { params?: { hintCode?: string } }[] | undefined)?.[0]
    ?.params?.hintCode;
const leave = JSON.stringify({ kind: 'VACATION', fromDate: '2026-12-21', toDate: '2026-12-23' });

describe('signing with e-ID against the BankID simulator', () => {
  let sim: BankIdSimulator;
  let app: TestApp;
  let saraCookie: string;
  let larsCookie: string;
  let leaveId: string;

  beforeAll(async () => {
    sim = await startBankIdSimulator();
    app = await TestApp.start({ env: { EID_ENDPOINT: sim.url } });
    saraCookie = await app.signIn(SARA);
    larsCookie = await app.signIn(LARS);
    const items = await app.gql<{ catalogItems: { id: string; key: string }[] }>(
      ITEMS,
      {},
      saraCookie,
    );
    leaveId = items.data?.catalogItems.find((i) => i.key === 'leave-application')?.id ?? '';
  }, 120_000);

  afterAll(async () => {
    await app?.stop();
    await sim?.close();
  });

  async function start(cookie: string): Promise<string> {
    const r = await app.gql<{
      startEidSigning: { orderRef: string; autoStartToken: string; qrData: string | null };
    }>(START, {}, cookie);
    expect(r.errors).toBeUndefined();
    expect(r.data?.startEidSigning.autoStartToken).toMatch(/^[0-9a-f-]{36}$/);
    expect(r.data?.startEidSigning.qrData).toMatch(QR);
    return r.data?.startEidSigning.orderRef ?? '';
  }
  const place = (orderRef: string) =>
    app.gql<{ placeCatalogOrder: { id: string; status: string; signatures: unknown[] } }>(
      PLACE,
      { input: { itemId: leaveId, valuesJson: leave, signature: { provider: 'EID', orderRef } } },
      saraCookie,
    );

  it('start, collect while pending, complete in the app, sign; each order once', async () => {
    const before = await app.em().count(CatalogOrder, {}, { filters: false });
    const orderRef = await start(saraCookie);
    expect(sim.orders()).toContain(orderRef);
    const pending = await place(orderRef);
    expect(fields(pending)).toEqual(['signature.orderRef:EID_PENDING']);
    expect(hint(pending)).toBe('outstandingTransaction');
    // Each try carries the QR code of that second, for the app on another device.
    expect(
      (pending.errors?.[0]?.extensions?.fields as { params?: { qrData?: string } }[])[0]?.params
        ?.qrData,
    ).toMatch(QR);
    // The web polls by sending again; the simulator's app then asks for the code.
    expect(hint(await place(orderRef))).toBe('userSign');
    expect(await app.em().count(CatalogOrder, {}, { filters: false })).toBe(before);

    sim.complete(orderRef, sara);
    const signed = await place(orderRef);
    expect(signed.errors).toBeUndefined();
    expect(signed.data?.placeCatalogOrder.signatures).toEqual([{ provider: 'EID', valid: true }]);
    const again = await place(orderRef);
    expect(fields(again)).toEqual(['signature.orderRef:EID_USED']);

    // The manager decides with his own e-ID.
    const larsRef = await start(larsCookie);
    sim.complete(larsRef, lars);
    const decided = await app.gql<{
      decideCatalogOrder: { status: string; signatures: unknown[] };
    }>(
      DECIDE,
      {
        input: {
          orderId: signed.data?.placeCatalogOrder.id,
          approve: true,
          signature: { provider: 'EID', orderRef: larsRef },
        },
      },
      larsCookie,
    );
    expect(decided.errors).toBeUndefined();
    expect(decided.data?.decideCatalogOrder.status).toBe('APPROVED');
    expect(decided.data?.decideCatalogOrder.signatures).toEqual([
      { provider: 'EID', purpose: 'SUBMIT', valid: true },
      { provider: 'EID', purpose: 'APPROVE', valid: true },
    ]);
  });

  it("refuses someone else's e-ID, a cancelled order, an unknown one and a missing one", async () => {
    const other = await start(saraCookie);
    sim.complete(other, lars);
    expect(fields(await place(other))).toEqual(['signature.orderRef:EID_OTHER_PERSON']);
    const cancelled = await start(saraCookie);
    sim.fail(cancelled, 'userCancel');
    const failed = await place(cancelled);
    expect(fields(failed)).toEqual(['signature.orderRef:EID_FAILED']);
    expect(hint(failed)).toBe('userCancel');
    expect(fields(await place('00000000-0000-0000-0000-000000000000'))).toEqual([
      'signature.orderRef:EID_REFUSED',
    ]);
    expect(fields(await place(''))).toEqual(['signature.orderRef:EID_ORDER_REQUIRED']);
  });

  it('offers e-ID beside the password, and cancels an order the person gives up', async () => {
    const offered = await app.gql<{ signatureProviders: string[] }>(
      `{ signatureProviders }`,
      {},
      saraCookie,
    );
    expect(offered.data?.signatureProviders).toEqual(['PASSWORD', 'EID']);
    const orderRef = await start(saraCookie);
    const cancelled = await app.gql<{ cancelEidSigning: boolean }>(
      `mutation($ref: String!) { cancelEidSigning(orderRef: $ref) }`,
      { ref: orderRef },
      saraCookie,
    );
    expect(cancelled.data?.cancelEidSigning).toBe(true);
    expect(sim.orders()).not.toContain(orderRef);
    expect(fields(await place(orderRef))).toEqual(['signature.orderRef:EID_REFUSED']);
  });

  it('the simulator speaks the relying-party protocol and can complete by itself for demos', async () => {
    const demo = await startBankIdSimulator({ autoComplete: () => sara });
    try {
      const client = new BankIdClient(demo.url);
      const order = await client.sign({
        endUserIp: '127.0.0.1',
        userVisibleData: Buffer.from('Sign').toString('base64'),
      });
      expect((await client.collect(order.orderRef)).status).toBe('pending');
      const done = await client.collect(order.orderRef);
      expect(done.status).toBe('complete');
      expect(done.completionData?.user.personalNumber).toBe('199001011234');
      const second = await client.sign({ endUserIp: '127.0.0.1', userVisibleData: 'eA==' });
      await client.cancel(second.orderRef);
      expect(demo.orders()).not.toContain(second.orderRef);
    } finally {
      await demo.close();
    }
  });

  it('matches the e-ID person by name and, when known, birth date', () => {
    expect(sameIdentity({ givenName: 'Sara', surname: 'JOHANSSON', birthDate: null }, sara)).toBe(
      true,
    );
    expect(
      sameIdentity({ givenName: 'Sara', surname: 'Johansson', birthDate: '1990-01-01' }, sara),
    ).toBe(true);
    expect(
      sameIdentity({ givenName: 'Sara', surname: 'Johansson', birthDate: '1991-01-01' }, sara),
    ).toBe(false);
    expect(sameIdentity({ givenName: 'Lars', surname: 'Johansson' }, sara)).toBe(false);
  });
});

import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Ticket } from './ticket.entity.js';
import { AuditEvent } from '../audit/audit-event.entity.js';
import { TestApp } from '../test-support/test-app.js';

const CREATE = `mutation($input: CreateTicketInput!) {
  createTicket(input: $input) { id number title description status tenant { code } caller { displayName } }
}`;
const QUEUE = `query($first: Int!, $after: String) {
  queue(first: $first, after: $after) { nodes { id number tenant { code } } pageInfo { endCursor hasNextPage } }
}`;

// Demo people: Sara (Kävlinge employee), Omar (Kävlinge agent who also serves Burlöv),
// Lena (Burlöv agent without Kävlinge rights), Ali (Burlöv employee).
const SARA = 'JOSA9804';
const OMAR = 'SAOR9112';
const LENA = 'BELA8819';
const ALI = 'HAAI9502';

describe('tickets over GraphQL (SQLite)', () => {
  let app: TestApp;
  let sara: string;
  let omar: string;
  let lena: string;

  beforeAll(async () => {
    app = await TestApp.start();
    [sara, omar, lena] = await Promise.all([app.signIn(SARA), app.signIn(OMAR), app.signIn(LENA)]);
  });
  afterAll(() => app.stop());

  async function ticketCount(): Promise<number> {
    return app.em().count(Ticket, {}, { filters: false });
  }

  it('files a ticket with a readable number and audits it in the same transaction', async () => {
    const res = await app.gql(
      CREATE,
      { input: { title: '  Printer on floor 2 jams ', description: 'Paper everywhere' } },
      sara,
    );
    expect(res.errors).toBeUndefined();
    const t = (
      res.data as {
        createTicket: {
          id: string;
          number: string;
          title: string;
          status: string;
          tenant: { code: string };
        };
      }
    ).createTicket;
    expect(t.title).toBe('Printer on floor 2 jams');
    expect(t.status).toBe('NEW');
    expect(t.tenant.code).toBe('KAV');
    expect(t.number).toMatch(/^KAV-2611-\d{4}$/);
    const audit = await app.em().find(AuditEvent, { entityId: t.id }, { filters: false });
    expect(audit.map((a) => a.action)).toEqual(['ticket.created']);
  });

  it('numbers tickets consecutively per tenant and month', async () => {
    const a = await app.gql<{ createTicket: { number: string } }>(
      CREATE,
      { input: { title: 'First' } },
      sara,
    );
    const b = await app.gql<{ createTicket: { number: string } }>(
      CREATE,
      { input: { title: 'Second' } },
      sara,
    );
    const seq = (n: string) => Number(n.split('-')[2]);
    expect(seq(b.data!.createTicket.number)).toBe(seq(a.data!.createTicket.number) + 1);
  });

  it('rejects an empty title with BAD_USER_INPUT and stores nothing', async () => {
    const before = await ticketCount();
    const res = await app.gql(CREATE, { input: { title: '   ' } }, sara);
    expect(res.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(res.errors?.[0]?.message).toMatch(/title must not be empty/);
    expect(await ticketCount()).toBe(before);
  });

  it('rejects a 1 MB title with BAD_USER_INPUT and a readable message, and keeps serving', async () => {
    const before = await ticketCount();
    const res = await app.gql(CREATE, { input: { title: 'x'.repeat(1024 * 1024) } }, sara);
    expect(res.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(res.errors?.[0]?.message).toMatch(/title must be at most 200 characters/);
    expect(await ticketCount()).toBe(before);
    const health = await fetch(`${app.url}/healthz`);
    expect(health.status).toBe(200);
  });

  it('answers a body over the size limit with PAYLOAD_TOO_LARGE, not a parser error', async () => {
    const res = await app.gql(CREATE, { input: { title: 'x'.repeat(3 * 1024 * 1024) } }, sara);
    expect(res.status).toBe(413);
    expect(res.errors?.[0]?.extensions?.code).toBe('PAYLOAD_TOO_LARGE');
  });

  it('rejects control characters such as NUL instead of passing them to the database', async () => {
    const before = await ticketCount();
    const res = await app.gql(CREATE, { input: { title: 'Bad\u0000title' } }, sara);
    expect(res.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(JSON.stringify(res.errors)).not.toMatch(/SQLITE|insert into/i);
    expect(await ticketCount()).toBe(before);
  });

  it('stores HTML in a title as text', async () => {
    const res = await app.gql<{ createTicket: { title: string } }>(
      CREATE,
      { input: { title: '<script>alert(1)</script>' } },
      sara,
    );
    expect(res.data?.createTicket.title).toBe('<script>alert(1)</script>');
  });

  it('requires sign-in', async () => {
    const res = await app.gql(CREATE, { input: { title: 'Anonymous' } });
    expect(res.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    const mine = await app.gql('{ myTickets { id } }');
    expect(mine.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
  });

  it('keeps the queue for agents', async () => {
    const res = await app.gql(QUEUE, { first: 10 }, sara);
    expect(res.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  });

  it('validates the page size and cursor', async () => {
    expect((await app.gql(QUEUE, { first: 0 }, omar)).errors?.[0]?.extensions?.code).toBe(
      'BAD_USER_INPUT',
    );
    expect((await app.gql(QUEUE, { first: 201 }, omar)).errors?.[0]?.extensions?.code).toBe(
      'BAD_USER_INPUT',
    );
    expect(
      (await app.gql(QUEUE, { first: 5, after: 'garbage' }, omar)).errors?.[0]?.extensions?.code,
    ).toBe('BAD_USER_INPUT');
  });

  it('pages through the queue with cursors, without repeats or gaps', async () => {
    const seen: string[] = [];
    let after: string | null = null;
    for (;;) {
      const res: Awaited<
        ReturnType<
          typeof app.gql<{
            queue: {
              nodes: { id: string }[];
              pageInfo: { endCursor: string | null; hasNextPage: boolean };
            };
          }>
        >
      > = await app.gql(QUEUE, { first: 7, after }, omar);
      expect(res.errors).toBeUndefined();
      seen.push(...res.data!.queue.nodes.map((n) => n.id));
      if (!res.data!.queue.pageInfo.hasNextPage) break;
      after = res.data!.queue.pageInfo.endCursor;
    }
    expect(new Set(seen).size).toBe(seen.length);
    expect(seen.length).toBe(await ticketCount());
  });

  it('shows an agent only the municipalities they serve', async () => {
    const res = await app.gql<{ queue: { nodes: { tenant: { code: string } }[] } }>(
      QUEUE,
      { first: 200 },
      lena,
    );
    const codes = new Set(res.data!.queue.nodes.map((n) => n.tenant.code));
    expect([...codes]).toEqual(['BUR']);
    const omars = await app.gql<{ queue: { nodes: { tenant: { code: string } }[] } }>(
      QUEUE,
      { first: 200 },
      omar,
    );
    expect(new Set(omars.data!.queue.nodes.map((n) => n.tenant.code))).toEqual(
      new Set(['KAV', 'BUR']),
    );
  });

  it('answers NOT_FOUND for a ticket in another municipality, as for an unknown id', async () => {
    const created = await app.gql<{ createTicket: { id: string } }>(
      CREATE,
      { input: { title: 'Kävlinge only' } },
      sara,
    );
    const id = created.data!.createTicket.id;
    const q = 'query($id: ID!) { ticket(id: $id) { id title } }';
    expect((await app.gql(q, { id }, lena)).errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
    expect(
      (await app.gql(q, { id: '00000000-0000-0000-0000-000000000000' }, lena)).errors?.[0]
        ?.extensions?.code,
    ).toBe('NOT_FOUND');
    expect((await app.gql(q, { id }, omar)).data).toEqual({
      ticket: { id, title: 'Kävlinge only' },
    });
    const ali = await app.signIn(ALI);
    expect((await app.gql(q, { id }, ali)).errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
  });

  it('lists my tickets for the caller only', async () => {
    const ali = await app.signIn(ALI);
    await app.gql(CREATE, { input: { title: 'Ali needs help' } }, ali);
    const res = await app.gql<{ myTickets: { title: string; caller: { displayName: string } }[] }>(
      '{ myTickets { title caller { displayName } } }',
      {},
      ali,
    );
    expect(res.data!.myTickets.some((t) => t.title === 'Ali needs help')).toBe(true);
    expect(res.data!.myTickets.every((t) => t.caller.displayName === 'Ali Hassan')).toBe(true);
  });

  it('pushes new tickets live to agents who may see them, and only to them', async () => {
    const omarEvents: string[] = [];
    const lenaEvents: string[] = [];
    const omarWs = app.wsClient(omar);
    const lenaWs = app.wsClient(lena);
    const query = 'subscription { queueEvents { kind ticket { title tenant { code } } } }';
    const listen = (client: ReturnType<TestApp['wsClient']>, sink: string[]) =>
      client.subscribe<{ queueEvents: { kind: string; ticket: { title: string } } }>(
        { query },
        {
          next: (v) => sink.push(`${v.data?.queueEvents.kind} ${v.data?.queueEvents.ticket.title}`),
          error: () => undefined,
          complete: () => undefined,
        },
      );
    const stopOmar = listen(omarWs, omarEvents);
    const stopLena = listen(lenaWs, lenaEvents);
    await new Promise((r) => setTimeout(r, 300));
    await app.gql(CREATE, { input: { title: 'Live in Kävlinge' } }, sara);
    const ali = await app.signIn(ALI);
    await app.gql(CREATE, { input: { title: 'Live in Burlöv' } }, ali);
    await expect.poll(() => omarEvents.length, { timeout: 5000 }).toBe(2);
    await expect.poll(() => lenaEvents.length, { timeout: 5000 }).toBe(1);
    expect(omarEvents).toEqual(['CREATED Live in Kävlinge', 'CREATED Live in Burlöv']);
    expect(lenaEvents).toEqual(['CREATED Live in Burlöv']);
    stopOmar();
    stopLena();
    await omarWs.dispose();
    await lenaWs.dispose();
  });

  it('refuses the live queue to staff and to anonymous connections', async () => {
    const codes: (string | undefined)[] = [];
    for (const cookie of [sara, undefined]) {
      const ws = app.wsClient(cookie);
      await new Promise<void>((resolve) => {
        ws.subscribe(
          { query: 'subscription { queueEvents { kind } }' },
          {
            next: (v) => {
              codes.push(v.errors?.[0]?.extensions?.['code'] as string | undefined);
            },
            error: () => resolve(),
            complete: () => resolve(),
          },
        );
      });
      await ws.dispose();
    }
    expect(codes).toEqual(['FORBIDDEN', 'UNAUTHENTICATED']);
  });
});

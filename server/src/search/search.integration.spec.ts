import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { TestApp } from '../test-support/test-app.js';

const SARA = 'JOSA9804';
const KARIN = 'LUKN7203';
const OMAR = 'SAOR9112';
const LENA = 'BELA8819';
const ALI = 'HAAI9502';

const CREATE = `mutation($input: CreateTicketInput!) { createTicket(input: $input) { id number } }`;
const ENTRY = `mutation($input: AddTicketEntryInput!) { addTicketEntry(input: $input) { id } }`;
const SEARCH = `query($text: String!) { searchTickets(text: $text) { id title } }`;
const QUEUE = `query($text: String) { queue(first: 50, text: $text) { nodes { id } } }`;

describe.each(['sqlite', 'postgresql'] as const)('full-text search on %s', (database) => {
  let app: TestApp;
  let sara: string;
  let karin: string;
  let omar: string;
  let lena: string;
  let ali: string;
  let skrivare: { id: string; number: string };
  let burlov: { id: string };

  beforeAll(async () => {
    app = await TestApp.start({ database });
    sara = await app.signIn(SARA);
    karin = await app.signIn(KARIN);
    omar = await app.signIn(OMAR);
    lena = await app.signIn(LENA);
    ali = await app.signIn(ALI);
    skrivare = (
      await app.gql<{ createTicket: { id: string; number: string } }>(
        CREATE,
        { input: { title: 'Skrivaren på plan två', description: 'Pappersstopp i facket' } },
        sara,
      )
    ).data!.createTicket;
    await app.gql(
      ENTRY,
      { input: { ticketId: skrivare.id, body: 'Tonerkassetten är bytt' } },
      omar,
    );
    await app.gql(
      ENTRY,
      {
        input: { ticketId: skrivare.id, body: 'Hemlig anteckning om leverantören', internal: true },
      },
      omar,
    );
    burlov = (
      await app.gql<{ createTicket: { id: string } }>(
        CREATE,
        { input: { title: 'Skrivaren i Burlöv', description: 'Pappersstopp' } },
        ali,
      )
    ).data!.createTicket;
  }, 120_000);
  afterAll(() => app?.stop());

  async function ids(text: string, cookie: string): Promise<string[]> {
    const res = await app.gql<{ searchTickets: { id: string }[] }>(SEARCH, { text }, cookie);
    expect(res.errors).toBeUndefined();
    return res.data!.searchTickets.map((t) => t.id);
  }

  it('finds titles, descriptions and replies, by prefix and without caring about accents', async () => {
    expect(await ids('skrivaren', omar)).toContain(skrivare.id);
    expect(await ids('pappersst', omar)).toContain(skrivare.id);
    expect(await ids('tonerkassetten', omar)).toEqual([skrivare.id]);
    expect(await ids('TONERKASSETTEN BYTT', omar)).toEqual([skrivare.id]);
  });

  it('finds a ticket by its number', async () => {
    expect(await ids(skrivare.number.toLowerCase(), omar)).toEqual([skrivare.id]);
  });

  it('keeps results to the viewer’s tenants', async () => {
    expect(await ids('pappersstopp', omar)).toEqual(
      expect.arrayContaining([skrivare.id, burlov.id]),
    );
    expect(await ids('pappersstopp', lena)).toEqual([burlov.id]);
  });

  it('shows staff only their own tickets and never internal notes', async () => {
    expect(await ids('pappersstopp', sara)).toEqual([skrivare.id]);
    expect(await ids('leverantören', sara)).toEqual([]);
    expect(await ids('leverantören', omar)).toEqual([skrivare.id]);
    expect(await ids('pappersstopp', karin)).toEqual([]);
  });

  it('treats query syntax as plain words', async () => {
    for (const text of ['"', 'NEAR(a b)', 'pappers* OR 1=1', "'; drop table ticket; --", ':*&|!']) {
      const res = await app.gql(SEARCH, { text }, omar);
      expect(res.errors).toBeUndefined();
    }
    expect(await ids('pappersstopp OR', omar)).toEqual([]);
  });

  it('filters the queue by text', async () => {
    const res = await app.gql<{ queue: { nodes: { id: string }[] } }>(
      QUEUE,
      { text: 'tonerkassetten' },
      omar,
    );
    expect(res.data!.queue.nodes.map((n) => n.id)).toEqual([skrivare.id]);
  });

  it('rejects over-long queries and anonymous callers', async () => {
    const long = await app.gql(SEARCH, { text: 'x'.repeat(201) }, omar);
    expect(long.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    const anon = await app.gql(SEARCH, { text: 'x' });
    expect(anon.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
  });
});

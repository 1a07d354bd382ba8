import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { TestApp, type GqlResponse } from '../test-support/test-app.js';

const SARA = 'JOSA9804';
const OMAR = 'SAOR9112';
const LENA = 'BELA8819';
const ALI = 'HAAI9502';

const F = 'id number version status majorIncident parentId mergedIntoId';
const CREATE = `mutation($input: CreateTicketInput!) { createTicket(input: $input) { ${F} } }`;
const MARK = `mutation($input: SetMajorIncidentInput!) { setMajorIncident(input: $input) { ${F} } }`;
const LINK = `mutation($input: LinkTicketInput!) { linkTicketToMajorIncident(input: $input) { ${F} } }`;
const RESOLVE = `mutation($input: ResolveMajorIncidentInput!) { resolveMajorIncident(input: $input) { ${F} } }`;
const MERGE = `mutation($input: MergeTicketInput!) { mergeTicket(input: $input) { ${F} } }`;
const GET = `query($id: ID!) { ticket(id: $id) { ${F} } }`;
const TIMELINE = `query($id: ID!) { ticketTimeline(ticketId: $id) { kind body field to } }`;

interface T {
  id: string;
  number: string;
  version: number;
  status: string;
  majorIncident: boolean;
  parentId: string | null;
  mergedIntoId: string | null;
}
const code = (r: GqlResponse) => r.errors?.[0]?.extensions?.code;

describe('major incidents and duplicates', () => {
  let app: TestApp;
  let sara: string;
  let omar: string;
  let lena: string;
  let ali: string;

  beforeAll(async () => {
    app = await TestApp.start();
    sara = await app.signIn(SARA);
    omar = await app.signIn(OMAR);
    lena = await app.signIn(LENA);
    ali = await app.signIn(ALI);
  });
  afterAll(() => app.stop());

  async function file(title: string, who = sara): Promise<T> {
    return (await app.gql<{ createTicket: T }>(CREATE, { input: { title } }, who)).data!
      .createTicket;
  }
  async function get(id: string): Promise<T> {
    return (await app.gql<{ ticket: T }>(GET, { id }, omar)).data!.ticket;
  }

  it('links tickets to a major incident and resolves them all with one reply', async () => {
    const mi = await file('E-mail is down for everyone');
    const a = await file('Cannot send mail');
    const b = await file('Outlook says disconnected');
    const marked = await app.gql<{ setMajorIncident: T }>(
      MARK,
      { input: { id: mi.id, version: mi.version, majorIncident: true } },
      omar,
    );
    expect(marked.data!.setMajorIncident.majorIncident).toBe(true);
    for (const t of [a, b]) {
      const res = await app.gql<{ linkTicketToMajorIncident: T }>(
        LINK,
        { input: { id: t.id, version: t.version, parentId: mi.id } },
        omar,
      );
      expect(res.data!.linkTicketToMajorIncident.parentId).toBe(mi.id);
    }
    const parent = await get(mi.id);
    const res = await app.gql<{ resolveMajorIncident: T }>(
      RESOLVE,
      {
        input: {
          id: parent.id,
          version: parent.version,
          reply: 'The mail server is back.',
          timeSpentMinutes: 30,
        },
      },
      omar,
    );
    expect(res.errors).toBeUndefined();
    expect(res.data!.resolveMajorIncident.status).toBe('RESOLVED');
    for (const t of [a, b]) {
      expect((await get(t.id)).status).toBe('RESOLVED');
      const timeline = await app.gql<{ ticketTimeline: { kind: string; body: string }[] }>(
        TIMELINE,
        { id: t.id },
        sara,
      );
      expect(
        timeline.data!.ticketTimeline.filter((e) => e.kind === 'REPLY').map((e) => e.body),
      ).toEqual(['The mail server is back.']);
    }
  });

  it('refuses links to ordinary tickets, across tenants and by staff', async () => {
    const plain = await file('Plain');
    const child = await file('Child');
    expect(
      code(
        await app.gql(
          LINK,
          { input: { id: child.id, version: child.version, parentId: plain.id } },
          omar,
        ),
      ),
    ).toBe('BAD_USER_INPUT');
    const bur = await file('Burlöv outage', ali);
    const burMi = (
      await app.gql<{ setMajorIncident: T }>(
        MARK,
        { input: { id: bur.id, version: bur.version, majorIncident: true } },
        lena,
      )
    ).data!.setMajorIncident;
    expect(
      code(
        await app.gql(
          LINK,
          { input: { id: child.id, version: child.version, parentId: burMi.id } },
          omar,
        ),
      ),
    ).toBe('NOT_FOUND');
    expect(
      code(
        await app.gql(
          MARK,
          { input: { id: plain.id, version: plain.version, majorIncident: true } },
          sara,
        ),
      ),
    ).toBe('FORBIDDEN');
    expect(
      code(
        await app.gql(
          MARK,
          { input: { id: plain.id, version: plain.version, majorIncident: true } },
          lena,
        ),
      ),
    ).toBe('NOT_FOUND');
    expect(
      code(
        await app.gql(
          RESOLVE,
          { input: { id: plain.id, version: plain.version, reply: 'x' } },
          omar,
        ),
      ),
    ).toBe('CONFLICT');
  });

  it('merges a duplicate into the ticket kept, resolving it and noting both timelines', async () => {
    const kept = await file('Printer jams on floor 2');
    const dup = await file('Floor 2 printer jams again');
    const res = await app.gql<{ mergeTicket: T }>(
      MERGE,
      { input: { id: dup.id, version: dup.version, intoId: kept.id } },
      omar,
    );
    expect(res.errors).toBeUndefined();
    expect(res.data!.mergeTicket).toMatchObject({ status: 'RESOLVED', mergedIntoId: kept.id });
    const keptTimeline = await app.gql<{ ticketTimeline: { field: string; to: string }[] }>(
      TIMELINE,
      { id: kept.id },
      omar,
    );
    expect(keptTimeline.data!.ticketTimeline.some((e) => e.field === 'merged')).toBe(true);
    const again = await get(dup.id);
    expect(
      code(
        await app.gql(
          MERGE,
          { input: { id: again.id, version: again.version, intoId: kept.id } },
          omar,
        ),
      ),
    ).toBe('CONFLICT');
    const self = await get(kept.id);
    expect(
      code(
        await app.gql(
          MERGE,
          { input: { id: self.id, version: self.version, intoId: self.id } },
          omar,
        ),
      ),
    ).toBe('BAD_USER_INPUT');
    expect(
      code(
        await app.gql(
          MERGE,
          {
            input: {
              id: self.id,
              version: self.version,
              intoId: '00000000-0000-0000-0000-000000000000',
            },
          },
          omar,
        ),
      ),
    ).toBe('NOT_FOUND');
    expect(
      code(
        await app.gql(
          MERGE,
          { input: { id: self.id, version: self.version, intoId: dup.id } },
          sara,
        ),
      ),
    ).toBe('FORBIDDEN');
  });
});

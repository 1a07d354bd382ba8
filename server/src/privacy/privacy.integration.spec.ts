import { MikroORM, ReferenceKind } from '@mikro-orm/core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AuditEvent } from '../audit/audit-event.entity.js';
import { Person } from '../people/person.entity.js';
import { TestApp, type GqlResponse } from '../test-support/test-app.js';
import { PERSON_DATA_MAP } from './person-data-map.js';
import type { PersonExport } from './person-export.js';

const NILS = 'AXNS8514'; // Kävlinge administrator
const OMAR = 'SAOR9112'; // agent of Kävlinge and Burlöv
const LENA = 'BELA8819'; // Burlöv-only agent
const SARA = 'JOSA9804'; // Kävlinge staff

const EXPORT = `query($id: ID!) { personDataExport(personId: $id) { fileName json } }`;
const CREATE = `mutation($input: CreateTicketInput!) { createTicket(input: $input) { id } }`;

type Err = Pick<GqlResponse<unknown>, 'errors'>;
const code = (r: Err) => r.errors?.[0]?.extensions?.code;

describe.each(['sqlite', 'postgresql'] as const)('person data export on %s', (database) => {
  let app: TestApp;
  let nils: string;
  let sara: string;
  let saraId: string;

  beforeAll(async () => {
    app = await TestApp.start({ database });
    nils = await app.signIn(NILS);
    sara = await app.signIn(SARA);
    const person = await app.em().findOneOrFail(Person, { username: SARA }, { filters: false });
    saraId = person.id;
  }, 120_000);
  afterAll(async () => app?.stop());

  it('decides for every relation to Person what export and erasure do with it', () => {
    const metadata = app.running.app.get(MikroORM).getMetadata().getAll();
    const undecided: string[] = [];
    for (const meta of Object.values(metadata)) {
      for (const prop of meta.props) {
        const relation =
          prop.kind === ReferenceKind.MANY_TO_ONE ||
          prop.kind === ReferenceKind.ONE_TO_ONE ||
          prop.kind === ReferenceKind.MANY_TO_MANY;
        if (!relation || prop.type !== 'Person') continue;
        const place = PERSON_DATA_MAP.find((p) => p.entity === meta.className);
        if (!place?.references.includes(prop.name))
          undecided.push(`${meta.className}.${prop.name}`);
      }
    }
    expect(undecided).toEqual([]);
    for (const place of PERSON_DATA_MAP) {
      const meta = metadata[place.entity];
      expect(meta, place.entity).toBeDefined();
      for (const name of [...place.references, ...(place.secret ?? [])])
        expect(meta?.properties[name], `${place.entity}.${name}`).toBeDefined();
    }
  });

  it('gives administrators every row about the person, without secrets, and audits it', async () => {
    const filed = await app.gql<{ createTicket: { id: string } }>(
      CREATE,
      { input: { title: 'Skrivaren på plan 2 är trasig', description: 'Den piper.' } },
      sara,
    );
    expect(filed.errors).toBeUndefined();
    const ticketId = filed.data?.createTicket.id;

    const res = await app.gql<{ personDataExport: { fileName: string; json: string } }>(
      EXPORT,
      { id: saraId },
      nils,
    );
    expect(res.errors).toBeUndefined();
    const out = res.data?.personDataExport;
    expect(out?.fileName).toBe(`linje-person-${saraId}-2026-11-23.json`);
    const data = JSON.parse(out?.json ?? '{}') as PersonExport;
    expect(data.personId).toBe(saraId);
    const profile = data.places.Person?.find((p) => p.id === saraId);
    expect(profile?.username).toBe(SARA);
    expect(profile).not.toHaveProperty('passwordHash');
    expect(data.places.Ticket?.map((t) => t.id)).toContain(ticketId);
    expect(data.places.Session?.length).toBeGreaterThan(0);
    expect(data.places.Session?.[0]).not.toHaveProperty('tokenHash');
    expect(data.places).not.toHaveProperty('PasswordHistory');
    expect(out?.json).not.toContain('$argon');
    expect(out?.json).not.toContain('$2');

    const audit = await app
      .em()
      .find(AuditEvent, { action: 'person.data_exported', entityId: saraId }, { filters: false });
    expect(audit).toHaveLength(1);
    expect(JSON.stringify(audit[0]?.data)).not.toContain(profile?.surname as string);
  });

  it('refuses everyone but administrators of the person’s municipality', async () => {
    const omar = await app.signIn(OMAR);
    const lena = await app.signIn(LENA);
    expect(code(await app.gql(EXPORT, { id: saraId }))).toBe('UNAUTHENTICATED');
    expect(code(await app.gql(EXPORT, { id: saraId }, sara))).toBe('FORBIDDEN');
    expect(code(await app.gql(EXPORT, { id: saraId }, omar))).toBe('FORBIDDEN');
    expect(code(await app.gql(EXPORT, { id: saraId }, lena))).toBe('NOT_FOUND');
  });

  it('answers NOT_FOUND for ids that are not people', async () => {
    for (const id of [
      'not-a-uuid',
      '00000000-0000-0000-0000-000000000000',
      "' OR 1=1 --",
      'x'.repeat(5000),
    ])
      expect(code(await app.gql(EXPORT, { id }, nils)), id).toBe('NOT_FOUND');
  });
});

const ERASE = `mutation($id: ID!, $reason: String!) {
  erasePerson(personId: $id, reason: $reason) { personId pseudonym deletedRows }
}`;
const PEEN = 'PEEN9411'; // Kävlinge staff

/** Every row of every table as text, to search for what must be gone. */
async function everyRow(app: TestApp, database: 'sqlite' | 'postgresql'): Promise<string> {
  const conn = app.em().getConnection();
  const tables: { name: string }[] = await conn.execute(
    database === 'sqlite'
      ? "select name from sqlite_master where type = 'table' and name not like 'sqlite_%' and name not like '%_fts%'"
      : "select table_name as name from information_schema.tables where table_schema = 'public' and table_type = 'BASE TABLE'",
  );
  const parts: string[] = [];
  for (const { name } of tables)
    parts.push(JSON.stringify(await conn.execute(`select * from "${name}"`)));
  return parts.join('\n');
}

describe.each(['sqlite', 'postgresql'] as const)('erasing a person on %s', (database) => {
  let app: TestApp;
  let nils: string;
  let peen: Person;

  beforeAll(async () => {
    app = await TestApp.start({ database });
    nils = await app.signIn(NILS);
    peen = await app.em().findOneOrFail(Person, { username: PEEN }, { filters: false });
  }, 120_000);
  afterAll(async () => app?.stop());

  it('deletes the person’s own rows, keeps their tickets under a pseudonym, and leaves nothing that identifies them', async () => {
    const cookie = await app.signIn(PEEN);
    const filed = await app.gql<{ createTicket: { id: string } }>(
      CREATE,
      { input: { title: 'Datorn startar inte', description: 'Svart skärm.' } },
      cookie,
    );
    const ticketId = filed.data?.createTicket.id ?? '';
    expect(ticketId).not.toBe('');
    const email = peen.email ?? '';
    const fullName = `${peen.givenName} ${peen.surname}`;
    expect(email).not.toBe('');
    expect(await everyRow(app, database)).toContain(email);

    const res = await app.gql<{
      erasePerson: { personId: string; pseudonym: string; deletedRows: number };
    }>(ERASE, { id: peen.id, reason: 'Begäran från personen, dnr 2026/117' }, nils);
    expect(res.errors).toBeUndefined();
    expect(res.data?.erasePerson.personId).toBe(peen.id);
    expect(res.data?.erasePerson.deletedRows).toBeGreaterThan(0);
    const pseudonym = res.data?.erasePerson.pseudonym ?? '';
    expect(pseudonym).toMatch(/^P-[0-9a-f]{10}$/);

    // Signed out everywhere, and no way back in.
    expect(code(await app.gql('{ myNotifications { id } }', {}, cookie))).toBe('UNAUTHENTICATED');
    await expect(app.signIn(PEEN)).rejects.toThrow();

    // The ticket stays, with its text, under the pseudonym.
    const omar = await app.signIn(OMAR);
    const ticket = await app.gql<{ ticket: { title: string; caller: { displayName: string } } }>(
      'query($id: ID!) { ticket(id: $id) { title caller { displayName } } }',
      { id: ticketId },
      omar,
    );
    expect(ticket.data?.ticket.title).toBe('Datorn startar inte');
    expect(ticket.data?.ticket.caller.displayName).toContain(pseudonym);

    const rows = await everyRow(app, database);
    expect(rows).not.toContain(email);
    expect(rows).not.toContain(fullName);
    const audit = await app
      .em()
      .find(AuditEvent, { action: 'person.erased', entityId: peen.id }, { filters: false });
    expect(audit).toHaveLength(1);
    expect(audit[0]?.data).toMatchObject({ reason: 'Begäran från personen, dnr 2026/117' });
  });

  it('refuses a second erasure, erasing oneself, a missing reason, and everyone but the municipality’s administrators', async () => {
    const nilsRow = await app.em().findOneOrFail(Person, { username: NILS }, { filters: false });
    const sara = await app.em().findOneOrFail(Person, { username: SARA }, { filters: false });
    const reason = 'Begäran';
    expect(code(await app.gql(ERASE, { id: peen.id, reason }, nils))).toBe('CONFLICT');
    expect(code(await app.gql(ERASE, { id: nilsRow.id, reason }, nils))).toBe('BAD_USER_INPUT');
    expect(code(await app.gql(ERASE, { id: sara.id, reason: '  ' }, nils))).toBe('BAD_USER_INPUT');
    expect(code(await app.gql(ERASE, { id: sara.id, reason }))).toBe('UNAUTHENTICATED');
    expect(code(await app.gql(ERASE, { id: sara.id, reason }, await app.signIn(OMAR)))).toBe(
      'FORBIDDEN',
    );
    expect(code(await app.gql(ERASE, { id: sara.id, reason }, await app.signIn(LENA)))).toBe(
      'NOT_FOUND',
    );
    expect(code(await app.gql(ERASE, { id: 'not-a-uuid', reason }, nils))).toBe('NOT_FOUND');
    const still = await app.em().findOneOrFail(Person, { id: sara.id }, { filters: false });
    expect(still.email).toBe(sara.email);
  });
});

import { randomUUID } from 'node:crypto';
import { createRequire } from 'node:module';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_PASSWORD } from '../demo/demo-seed.js';
import { seedPerson } from '../demo/factories.js';
import { Person } from '../people/person.entity.js';
import { TenantAccess } from '../people/tenant-access.entity.js';
import { Tenant } from '../tenants/tenant.entity.js';
import { TestApp } from '../test-support/test-app.js';
import { hashPassword } from './password-hasher.js';
import { VIEWER_ROWS_TTL_MS } from './viewer-rows-cache.js';

const ME = '{ viewer { roles tenants { code } } }';
type Me = { viewer: { roles: string[]; tenants: { code: string }[] } | null };

async function newEmployee(app: TestApp, hash: string): Promise<Person> {
  const em = app.em();
  const kav = await em.findOneOrFail(Tenant, { code: 'KAV' }, { filters: false });
  const person = seedPerson(em, {
    tenant: kav,
    roles: ['EMPLOYEE'],
    passwordHash: hash,
    createdAt: new Date('2026-01-01T00:00:00Z'),
  });
  person.passwordChangedAt = app.clock.now();
  await em.flush();
  return person;
}

async function me(app: TestApp, cookie: string): Promise<Me['viewer']> {
  const res = await app.gql<Me>(ME, {}, cookie);
  expect(res.errors).toBeUndefined();
  return res.data?.viewer ?? null;
}

/** Runs one statement on the SQLite file through a connection of its own, as the CLI tools do. */
async function fromAnotherProcess(file: string, sql: string, params: unknown[]): Promise<void> {
  const sqlite3 = createRequire(import.meta.url)('sqlite3') as typeof import('sqlite3');
  const db = new sqlite3.Database(file);
  try {
    await new Promise<void>((resolve, reject) =>
      db.run(sql, params, (err) => (err ? reject(err) : resolve())),
    );
  } finally {
    await new Promise<void>((resolve) => db.close(() => resolve()));
  }
}

describe('sessions on SQLite: cached, and every change by this server applies at once', () => {
  let app: TestApp;
  let hash: string;

  beforeAll(async () => {
    app = await TestApp.start();
    hash = await hashPassword(DEMO_PASSWORD);
  });
  afterAll(() => app.stop());

  it('applies role changes, account switch-off, grants and sign-out from the next request', async () => {
    const person = await newEmployee(app, hash);
    const cookie = await app.signIn(person.username);
    expect(await me(app, cookie)).toEqual({ roles: ['EMPLOYEE'], tenants: [{ code: 'KAV' }] });

    // A role change through the ORM.
    const em = app.em();
    const fresh = await em.findOneOrFail(Person, person.id, { filters: false });
    fresh.roles = ['EMPLOYEE', 'AGENT_FIRST_LINE'];
    await em.flush();
    expect((await me(app, cookie))?.roles).toEqual(['EMPLOYEE', 'AGENT_FIRST_LINE']);

    // A grant to another municipality.
    const bur = await em.findOneOrFail(Tenant, { code: 'BUR' }, { filters: false });
    em.create(TenantAccess, {
      id: randomUUID(),
      tenant: bur,
      person: fresh,
      createdAt: new Date(),
    });
    await em.flush();
    const codes = (await me(app, cookie))?.tenants.map((t) => t.code).sort();
    expect(codes).toEqual(['BUR', 'KAV']);

    // Raw SQL run by this server.
    await app
      .em()
      .getConnection()
      .execute('update person set account_enabled = ? where id = ?', [false, person.id]);
    expect(await me(app, cookie)).toBeNull();
  });

  it('signs out from the next request', async () => {
    const person = await newEmployee(app, hash);
    const cookie = await app.signIn(person.username);
    expect(await me(app, cookie)).not.toBeNull();
    const out = await app.gql('mutation { signOut }', {}, cookie);
    expect(out.errors).toBeUndefined();
    expect(await me(app, cookie)).toBeNull();
  });

  it('files tickets with the filer’s current name after a rename', async () => {
    const person = await newEmployee(app, hash);
    const cookie = await app.signIn(person.username);
    const file = async (): Promise<string | undefined> => {
      const res = await app.gql<{ createTicket: { caller: { displayName: string } } }>(
        'mutation($input: CreateTicketInput!) { createTicket(input: $input) { caller { displayName } } }',
        { input: { title: 'Skrivaren står still' } },
        cookie,
      );
      expect(res.errors).toBeUndefined();
      return res.data?.createTicket.caller.displayName;
    };
    expect(await file()).toBe(`Test ${person.surname}`);
    const em = app.em();
    const fresh = await em.findOneOrFail(Person, person.id, { filters: false });
    fresh.surname = 'Lindqvist';
    await em.flush();
    expect(await file()).toBe('Test Lindqvist');
  });

  it('takes up a change written by another process within the time limit', async () => {
    if (app.config.database.kind !== 'sqlite') throw new Error('expected SQLite');
    const person = await newEmployee(app, hash);
    const cookie = await app.signIn(person.username);
    expect((await me(app, cookie))?.roles).toEqual(['EMPLOYEE']);
    await fromAnotherProcess(app.config.database.path, 'update person set roles = ? where id = ?', [
      JSON.stringify(['EMPLOYEE', 'MANAGER']),
      person.id,
    ]);
    // Still the cached rows: this server did not see the write.
    expect((await me(app, cookie))?.roles).toEqual(['EMPLOYEE']);
    await new Promise((r) => setTimeout(r, VIEWER_ROWS_TTL_MS + 50));
    expect((await me(app, cookie))?.roles).toEqual(['EMPLOYEE', 'MANAGER']);
  });
});

describe('sessions on PostgreSQL: read on every request', () => {
  let app: TestApp;

  beforeAll(async () => {
    app = await TestApp.start({ database: 'postgresql' });
  }, 120_000);
  afterAll(() => app?.stop());

  it('sees a change made by another server process at once', async () => {
    const person = await newEmployee(app, await hashPassword(DEMO_PASSWORD));
    const cookie = await app.signIn(person.username);
    expect((await me(app, cookie))?.roles).toEqual(['EMPLOYEE']);
    if (app.config.database.kind !== 'postgresql') throw new Error('expected PostgreSQL');
    // A second server process on the same database.
    const other = await TestApp.start({
      database: 'postgresql',
      databaseUrl: app.config.database.url,
    });
    try {
      const em = other.em();
      const fresh = await em.findOneOrFail(Person, person.id, { filters: false });
      fresh.roles = ['EMPLOYEE', 'MANAGER'];
      await em.flush();
    } finally {
      await other.stop();
    }
    expect((await me(app, cookie))?.roles).toEqual(['EMPLOYEE', 'MANAGER']);
  });
});

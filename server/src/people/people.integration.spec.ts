import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AuditEvent } from '../audit/audit-event.entity.js';
import { Tenant } from '../tenants/tenant.entity.js';
import { TestApp, type GqlResponse } from '../test-support/test-app.js';
import { Person } from './person.entity.js';

const SEARCH = `query($q: String!) { staffSearch(query: $q) {
  id username displayName tenant { code } orgUnit { name } manager { displayName } roles
  accountStatus locked canResetPassword } }`;
const MEMBER = 'query($id: ID!) { staffMember(id: $id) { id username } }';
const CHAIN = 'query($id: ID!) { managerChain(personId: $id) { displayName } }';
const CREATE = `mutation($input: CreatePersonInput!) { createPerson(input: $input) {
  id username accountStatus activeFrom tenant { code } } }`;
const UPDATE = `mutation($id: ID!, $input: UpdatePersonInput!) { updatePerson(id: $id, input: $input) {
  id manager { displayName } endDate accountStatus } }`;
const ROLES =
  'mutation($id: ID!, $roles: [String!]!) { setPersonRoles(id: $id, roles: $roles) { roles } }';
const UNITS = '{ orgUnits { id code name parentId head { displayName } } }';
const SAVE_UNIT = `mutation($input: SaveOrgUnitInput!) { saveOrgUnit(input: $input) { id code parentId } }`;
const SETTINGS = `query($t: ID!) { tenantSettings(tenantId: $t) { code passwordPolicy { minLength }
  usernameScheme featureRules { remoteAccessOrderedByManager } } }`;
const UPDATE_SETTINGS = `mutation($t: ID!, $input: TenantSettingsInput!) {
  updateTenantSettings(tenantId: $t, input: $input) { passwordPolicy { minLength forbiddenCharacters } urgentPhone } }`;

const LARS = 'AHLS8022'; // care home manager: Sara reports to him
const EVA = 'NOEA7515'; // care director, above Lars
const PER = 'EKPR6811'; // finance, not above the care staff
const OMAR = 'SAOR9112'; // Kävlinge support with Burlöv access
const LENA = 'BELA8819'; // Burlöv support, no Kävlinge rights
const SARA = 'JOSA9804'; // employee
const NILS = 'AXNS8514'; // Kävlinge administrator
const IDA = 'LIIA9003'; // Burlöv administrator

type Staff = { username: string; tenant: { code: string }; canResetPassword: boolean };
function codeOf(res: GqlResponse): string | undefined {
  return res.errors?.[0]?.extensions?.code;
}
function fieldCodes(res: GqlResponse): string[] {
  const fields = res.errors?.[0]?.extensions?.fields as { code: string }[] | undefined;
  return (fields ?? []).map((f) => f.code);
}

describe('people, org units and tenant settings', () => {
  let app: TestApp;
  let kavId: string;
  let burId: string;
  const c: Record<string, string> = {};

  beforeAll(async () => {
    app = await TestApp.start();
    for (const u of [LARS, EVA, PER, OMAR, LENA, SARA, NILS, IDA]) c[u] = await app.signIn(u);
    const em = app.em();
    kavId = (await em.findOneOrFail(Tenant, { code: 'KAV' }, { filters: false })).id;
    burId = (await em.findOneOrFail(Tenant, { code: 'BUR' }, { filters: false })).id;
  });
  afterAll(() => app.stop());

  async function search(who: string, q: string): Promise<Staff[]> {
    const res = await app.gql<{ staffSearch: Staff[] }>(SEARCH, { q }, c[who]);
    expect(res.errors).toBeUndefined();
    return res.data?.staffSearch ?? [];
  }
  async function idOf(username: string): Promise<string> {
    return (await app.em().findOneOrFail(Person, { username }, { filters: false })).id;
  }

  it('managers find the people below them, transitively, and nobody else', async () => {
    expect((await search(LARS, 'Johansson')).map((s) => s.username)).toEqual([SARA]);
    expect((await search(EVA, 'Sara Johansson')).map((s) => s.username)).toEqual([SARA]);
    expect(await search(PER, 'Johansson')).toEqual([]);
    const larsSees = await search(LARS, 'a');
    expect(larsSees.map((s) => s.username)).toEqual([SARA, 'PEEN9411']);
    expect(larsSees[0]?.canResetPassword).toBe(true);
  });

  it('support sees its municipalities only; Burlöv support never sees Kävlinge people', async () => {
    const omar = await search(OMAR, 'Hassan');
    expect(omar.map((s) => s.tenant.code)).toEqual(['BUR']);
    expect(await search(LENA, 'Johansson')).toEqual([]);
    const lenaAll = await search(LENA, 'e');
    expect(lenaAll.length).toBeGreaterThan(0);
    expect(lenaAll.every((s) => s.tenant.code === 'BUR')).toBe(true);
    const saraId = await idOf(SARA);
    expect(codeOf(await app.gql(MEMBER, { id: saraId }, c[LENA]))).toBe('NOT_FOUND');
    expect(codeOf(await app.gql(CHAIN, { id: saraId }, c[LENA]))).toBe('NOT_FOUND');
  });

  it('finds names with å, ä and ö whatever their case', async () => {
    for (const q of ['ahlström', 'AHLSTRÖM', 'Ahlström']) {
      expect((await search(NILS, q)).map((s) => s.username)).toContain(LARS);
    }
  });

  it('employees cannot search staff, and see only their own details', async () => {
    expect(codeOf(await app.gql(SEARCH, { q: 'a' }, c[SARA]))).toBe('FORBIDDEN');
    expect(codeOf(await app.gql(SEARCH, { q: 'a' }))).toBe('UNAUTHENTICATED');
    const saraId = await idOf(SARA);
    expect((await app.gql(MEMBER, { id: saraId }, c[SARA])).errors).toBeUndefined();
    expect(codeOf(await app.gql(MEMBER, { id: await idOf(LARS) }, c[SARA]))).toBe('NOT_FOUND');
  });

  it('answers the manager chain up to the municipal director', async () => {
    const res = await app.gql<{ managerChain: { displayName: string }[] }>(
      CHAIN,
      { id: await idOf(SARA) },
      c[SARA],
    );
    expect(res.data?.managerChain.map((p) => p.displayName)).toEqual([
      'Lars Ahlström',
      'Eva Nordin',
      'Karin Lundqvist',
    ]);
  });

  it('administrators register people with scheme usernames, handling collisions; accounts open after 48 h', async () => {
    const input = { givenName: 'Sara', surname: 'Johansson', birthDate: '1998-03-04' };
    const first = await app.gql<{
      createPerson: { id: string; username: string; accountStatus: string; activeFrom: string };
    }>(CREATE, { input }, c[NILS]);
    expect(first.errors).toBeUndefined();
    // JOSA9804 is the demo Sara; the next free candidate gets a letter suffix.
    expect(first.data?.createPerson.username).toBe('JOSA9804A');
    expect(first.data?.createPerson.accountStatus).toBe('NOT_YET_ACTIVE');
    expect(new Date(first.data?.createPerson.activeFrom ?? '').getTime()).toBe(
      app.clock.now().getTime() + 48 * 3_600_000,
    );
    const second = await app.gql<{ createPerson: { username: string } }>(
      CREATE,
      { input },
      c[NILS],
    );
    expect(second.data?.createPerson.username).toBe('JOSA9804B');
    const åsa = await app.gql<{ createPerson: { username: string } }>(
      CREATE,
      { input: { givenName: 'Åsa', surname: 'Öberg', birthDate: '1975-11-23' } },
      c[NILS],
    );
    expect(åsa.data?.createPerson.username).toBe('OBAA7523');
    const audit = await app
      .em()
      .find(AuditEvent, { action: 'person.created', tenant: kavId }, { filters: false });
    expect(audit.length).toBeGreaterThanOrEqual(3);
  });

  it('validates person input and refuses non-administrators and other tenants', async () => {
    const bad = await app.gql(
      CREATE,
      { input: { givenName: ' ', surname: 'X', email: 'not-mail', birthDate: '1999-02-30' } },
      c[NILS],
    );
    expect(codeOf(bad)).toBe('BAD_USER_INPUT');
    expect(fieldCodes(bad)).toEqual(
      expect.arrayContaining(['REQUIRED', 'INVALID_EMAIL', 'INVALID_DATE']),
    );
    const noBirth = await app.gql(CREATE, { input: { givenName: 'A', surname: 'B' } }, c[NILS]);
    expect(fieldCodes(noBirth)).toEqual(['MISSING_BIRTH_DATE']);
    const input = { givenName: 'X', surname: 'Y', birthDate: '1990-01-01' };
    expect(codeOf(await app.gql(CREATE, { input }, c[OMAR]))).toBe('FORBIDDEN');
    expect(codeOf(await app.gql(CREATE, { input }, c[LARS]))).toBe('FORBIDDEN');
    // Ida administers Burlöv, not Kävlinge.
    expect(codeOf(await app.gql(CREATE, { input: { ...input, tenantId: kavId } }, c[IDA]))).toBe(
      'FORBIDDEN',
    );
    expect(
      codeOf(await app.gql(UPDATE, { id: await idOf(SARA), input: { jobTitle: 'x' } }, c[IDA])),
    ).toBe('NOT_FOUND');
  });

  it('moves and ends people, refusing manager cycles', async () => {
    const saraId = await idOf(SARA);
    const larsId = await idOf(LARS);
    const cycle = await app.gql(UPDATE, { id: larsId, input: { managerId: saraId } }, c[NILS]);
    expect(fieldCodes(cycle)).toEqual(['CYCLE']);
    const moved = await app.gql<{ updatePerson: { manager: { displayName: string } } }>(
      UPDATE,
      { id: saraId, input: { managerId: await idOf(EVA) } },
      c[NILS],
    );
    expect(moved.data?.updatePerson.manager.displayName).toBe('Eva Nordin');
    await app.gql(UPDATE, { id: saraId, input: { managerId: larsId } }, c[NILS]);
    const person = await app.gql<{ createPerson: { id: string } }>(
      CREATE,
      { input: { givenName: 'Leaving', surname: 'Soon', birthDate: '1980-05-05' } },
      c[NILS],
    );
    const ended = await app.gql<{ updatePerson: { accountStatus: string } }>(
      UPDATE,
      { id: person.data?.createPerson.id, input: { endDate: '2026-11-23' } },
      c[NILS],
    );
    expect(ended.data?.updatePerson.accountStatus).toBe('ENDED');
  });

  it('records absence and a deputy for the escalation chain', async () => {
    const larsId = await idOf(LARS);
    const evaId = await idOf(EVA);
    const res = await app.gql(
      `mutation($id: ID!, $input: UpdatePersonInput!) { updatePerson(id: $id, input: $input) { absent } }`,
      { id: larsId, input: { absent: true, deputyId: evaId } },
      c[NILS],
    );
    expect(res.data).toEqual({ updatePerson: { absent: true } });
    const lars = await app
      .em()
      .findOneOrFail(Person, { id: larsId }, { filters: false, populate: ['deputy'] });
    expect(lars.deputy?.id).toBe(evaId);
    const idaTries = await app.gql(
      `mutation($id: ID!, $input: UpdatePersonInput!) { updatePerson(id: $id, input: $input) { absent } }`,
      { id: larsId, input: { deputyId: await idOf(IDA) } },
      c[NILS],
    );
    expect(fieldCodes(idaTries)).toEqual(['NOT_FOUND']);
    await app.gql(
      `mutation($id: ID!, $input: UpdatePersonInput!) { updatePerson(id: $id, input: $input) { absent } }`,
      { id: larsId, input: { absent: false, deputyId: '' } },
      c[NILS],
    );
  });

  it('changes roles (administrators only), rejecting unknown roles', async () => {
    const id = await idOf(SARA);
    expect(fieldCodes(await app.gql(ROLES, { id, roles: ['WIZARD'] }, c[NILS]))).toEqual([
      'UNKNOWN_ROLE',
    ]);
    expect(codeOf(await app.gql(ROLES, { id, roles: ['MANAGER'] }, c[LARS]))).toBe('FORBIDDEN');
    const ok = await app.gql(ROLES, { id, roles: ['EMPLOYEE', 'PAYROLL'] }, c[NILS]);
    expect(ok.data).toEqual({ setPersonRoles: { roles: ['EMPLOYEE', 'PAYROLL'] } });
    await app.gql(ROLES, { id, roles: ['EMPLOYEE'] }, c[NILS]);
  });

  it('lists org units per tenant and lets administrators change them without cycles', async () => {
    const units = await app.gql<{
      orgUnits: { id: string; code: string; parentId: string | null }[];
    }>(UNITS, {}, c[SARA]);
    const codes = units.data?.orgUnits.map((u) => u.code) ?? [];
    expect(codes).toEqual(expect.arrayContaining(['VO', 'VO-SOL', 'IT']));
    const lenaUnits = await app.gql<{ orgUnits: { code: string }[] }>(UNITS, {}, c[LENA]);
    expect(lenaUnits.data?.orgUnits.map((u) => u.code).sort()).toEqual(['BUF', 'KS']);
    const vo = units.data?.orgUnits.find((u) => u.code === 'VO');
    const sol = units.data?.orgUnits.find((u) => u.code === 'VO-SOL');
    const cyc = await app.gql(
      SAVE_UNIT,
      { input: { id: vo?.id, code: 'VO', name: 'Vård och omsorg', parentId: sol?.id } },
      c[NILS],
    );
    expect(fieldCodes(cyc)).toEqual(['CYCLE']);
    const created = await app.gql<{ saveOrgUnit: { parentId: string } }>(
      SAVE_UNIT,
      { input: { code: 'VO-HT', name: 'Hemtjänst', parentId: vo?.id } },
      c[NILS],
    );
    expect(created.data?.saveOrgUnit.parentId).toBe(vo?.id);
    expect(codeOf(await app.gql(SAVE_UNIT, { input: { code: 'X', name: 'X' } }, c[LARS]))).toBe(
      'FORBIDDEN',
    );
  });

  it('tenant settings: administrators of the tenant only; the policy is validated', async () => {
    const s = await app.gql<{
      tenantSettings: { featureRules: { remoteAccessOrderedByManager: boolean } };
    }>(SETTINGS, { t: kavId }, c[NILS]);
    expect(s.data?.tenantSettings.featureRules.remoteAccessOrderedByManager).toBe(true);
    expect(codeOf(await app.gql(SETTINGS, { t: kavId }, c[OMAR]))).toBe('FORBIDDEN');
    expect(codeOf(await app.gql(SETTINGS, { t: kavId }, c[IDA]))).toBe('NOT_FOUND');
    const policy = {
      minLength: 2,
      requiredClasses: 3,
      forbiddenCharacters: '',
      forbidNameParts: false,
      maxAgeDays: 90,
      historyCount: 5,
      lockoutThreshold: 3,
      lockoutMinutes: 30,
    };
    const bad = await app.gql(
      UPDATE_SETTINGS,
      { t: burId, input: { passwordPolicy: policy } },
      c[IDA],
    );
    expect(fieldCodes(bad)).toEqual(['REQUIRED_CLASSES_EXCEED_MIN_LENGTH']);
    const ok = await app.gql(
      UPDATE_SETTINGS,
      {
        t: burId,
        input: {
          passwordPolicy: { ...policy, minLength: 12, forbiddenCharacters: 'åäöÅÄÖ' },
          urgentPhone: '95 99',
        },
      },
      c[IDA],
    );
    expect(ok.data).toEqual({
      updateTenantSettings: {
        passwordPolicy: { minLength: 12, forbiddenCharacters: 'åäöÅÄÖ' },
        urgentPhone: '95 99',
      },
    });
  });

  it('administrators let IT staff of another municipality serve theirs, and withdraw it', async () => {
    const GRANT =
      'mutation($t: ID!, $u: String!) { grantTenantAccess(tenantId: $t, username: $u) { id username homeTenantName } }';
    const LIST = 'query($t: ID!) { tenantAccessGrants(tenantId: $t) { id username } }';
    const REVOKE = 'mutation($id: ID!) { revokeTenantAccess(id: $id) }';
    expect(fieldCodes(await app.gql(GRANT, { t: kavId, u: SARA }, c[NILS]))).toEqual([
      'NOT_AN_AGENT',
    ]);
    expect(codeOf(await app.gql(GRANT, { t: kavId, u: LENA }, c[OMAR]))).toBe('FORBIDDEN');
    expect(codeOf(await app.gql(LIST, { t: kavId }, c[IDA]))).toBe('NOT_FOUND');
    const granted = await app.gql<{ grantTenantAccess: { id: string; homeTenantName: string } }>(
      GRANT,
      { t: kavId, u: LENA.toLowerCase() },
      c[NILS],
    );
    expect(granted.data?.grantTenantAccess.homeTenantName).toBe('Burlövs kommun');
    // Lena's next request already sees Kävlinge.
    expect((await search(LENA, 'Johansson')).map((s) => s.username)).toContain(SARA);
    const list = await app.gql<{ tenantAccessGrants: { username: string }[] }>(
      LIST,
      { t: kavId },
      c[NILS],
    );
    expect(list.data?.tenantAccessGrants.map((g) => g.username)).toContain(LENA);
    const id = granted.data?.grantTenantAccess.id;
    expect(codeOf(await app.gql(REVOKE, { id }, c[LENA]))).toBe('FORBIDDEN');
    expect((await app.gql(REVOKE, { id }, c[NILS])).data).toEqual({ revokeTenantAccess: true });
    expect(await search(LENA, 'Johansson')).toEqual([]);
  });
});

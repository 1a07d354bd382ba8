import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_PASSWORD } from '../demo/demo-seed.js';
import { seedPerson } from '../demo/factories.js';
import { hashPassword } from '../auth/password-hasher.js';
import { Person } from '../people/person.entity.js';
import { Tenant } from '../tenants/tenant.entity.js';
import { TestApp } from '../test-support/test-app.js';
import { csvField } from './audit-log.service.js';

const LOG = `query($from: DateTime, $to: DateTime, $actorId: ID, $action: String, $entityType: String, $entityId: ID) {
  auditLog(from: $from, to: $to, actorId: $actorId, action: $action, entityType: $entityType, entityId: $entityId) {
    id at actorId actorName action entityType entityId data chainSeq
  }
}`;
const CSV = 'query($action: String) { auditLogCsv(action: $action) }';
const SET_ROLES =
  'mutation($id: ID!, $roles: [String!]!) { setPersonRoles(id: $id, roles: $roles) { id } }';
const SETTINGS =
  'mutation($t: ID!) { updateTenantSettings(tenantId: $t, input: { urgentPhone: "046-73 90 00" }) { code } }';

interface Entry {
  at: string;
  actorId: string | null;
  actorName: string | null;
  action: string;
  entityType: string;
  entityId: string;
  data: string;
}

describe('audit log search and export (auditors)', () => {
  let app: TestApp;
  let auditor: string;
  let burAuditor: string;
  let nils: string;
  let kavId: string;
  let targetId: string;
  let nilsId: string;

  beforeAll(async () => {
    app = await TestApp.start();
    const em = app.em();
    const kav = await em.findOneOrFail(Tenant, { code: 'KAV' }, { filters: false });
    const bur = await em.findOneOrFail(Tenant, { code: 'BUR' }, { filters: false });
    const hash = await hashPassword(DEMO_PASSWORD);
    const now = app.clock.now();
    const a = seedPerson(em, {
      tenant: kav,
      roles: ['AUDITOR'],
      passwordHash: hash,
      createdAt: now,
    });
    const b = seedPerson(em, {
      tenant: bur,
      roles: ['AUDITOR'],
      passwordHash: hash,
      createdAt: now,
    });
    const t = seedPerson(em, {
      tenant: kav,
      roles: ['EMPLOYEE'],
      passwordHash: hash,
      createdAt: now,
    });
    await em.flush();
    kavId = kav.id;
    targetId = t.id;
    nilsId = (await em.findOneOrFail(Person, { username: 'AXNS8514' }, { filters: false })).id;
    app.clock.advanceMinutes(60);
    auditor = await app.signIn(a.username);
    burAuditor = await app.signIn(b.username);
    nils = await app.signIn('AXNS8514');
    app.clock.advanceMinutes(5);
    expect(
      (await app.gql(SET_ROLES, { id: t.id, roles: ['EMPLOYEE', 'MANAGER'] }, nils)).errors,
    ).toBeUndefined();
    expect((await app.gql(SETTINGS, { t: kav.id }, nils)).errors).toBeUndefined();
  });
  afterAll(() => app.stop());

  it('audits role and municipality settings changes, and lets an auditor find them by actor, action and entity', async () => {
    const roles = await app.gql<{ auditLog: Entry[] }>(
      LOG,
      { action: 'person.roles_changed', entityId: targetId },
      auditor,
    );
    expect(roles.errors).toBeUndefined();
    expect(roles.data!.auditLog).toHaveLength(1);
    expect(roles.data!.auditLog[0]).toMatchObject({
      actorId: nilsId,
      entityType: 'Person',
      entityId: targetId,
    });
    expect(roles.data!.auditLog[0]!.actorName).toMatch(/\S+ \S+/);

    const settings = await app.gql<{ auditLog: Entry[] }>(
      LOG,
      { action: 'tenant.settings_changed' },
      auditor,
    );
    expect(settings.data!.auditLog.map((e) => e.entityId)).toContain(kavId);

    const byActor = await app.gql<{ auditLog: Entry[] }>(LOG, { actorId: nilsId }, auditor);
    const actions = byActor.data!.auditLog.map((e) => e.action);
    expect(actions).toEqual(
      expect.arrayContaining([
        'person.roles_changed',
        'tenant.settings_changed',
        'signin.succeeded',
      ]),
    );
    expect(byActor.data!.auditLog.every((e) => e.actorId === nilsId)).toBe(true);

    const prefix = await app.gql<{ auditLog: Entry[] }>(LOG, { action: 'signin.' }, auditor);
    expect(prefix.data!.auditLog.length).toBeGreaterThan(0);
    expect(prefix.data!.auditLog.every((e) => e.action.startsWith('signin.'))).toBe(true);
  });

  it('filters by time range', async () => {
    const now = app.clock.now().getTime();
    const recent = await app.gql<{ auditLog: Entry[] }>(
      LOG,
      { from: new Date(now - 10 * 60_000).toISOString(), to: new Date(now + 1).toISOString() },
      auditor,
    );
    expect(recent.data!.auditLog.length).toBeGreaterThan(0);
    expect(recent.data!.auditLog.every((e) => Date.parse(e.at) >= now - 10 * 60_000)).toBe(true);
    const none = await app.gql<{ auditLog: Entry[] }>(LOG, { to: '2000-01-01T00:00:00Z' }, auditor);
    expect(none.data!.auditLog).toEqual([]);
    const bad = await app.gql(
      LOG,
      { from: '2026-12-01T00:00:00Z', to: '2026-11-01T00:00:00Z' },
      auditor,
    );
    expect(bad.errors?.[0]?.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      fields: [{ field: 'to', code: 'BEFORE_FROM' }],
    });
    const injected = await app.gql(LOG, { action: "x' OR 1=1 --" }, auditor);
    expect(injected.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
  });

  it('keeps each auditor to their own municipality, and everyone else out', async () => {
    const bur = await app.gql<{ auditLog: Entry[] }>(LOG, { entityId: targetId }, burAuditor);
    expect(bur.errors).toBeUndefined();
    expect(bur.data!.auditLog).toEqual([]);
    const own = await app.gql<{ auditLog: Entry[] }>(LOG, {}, burAuditor);
    expect(own.data!.auditLog.some((e) => e.entityId === kavId)).toBe(false);
    expect((await app.gql(LOG, {}, nils)).errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    expect((await app.gql(LOG, {})).errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
  });

  it('is read-only: an auditor changes nothing', async () => {
    const res = await app.gql(SET_ROLES, { id: targetId, roles: ['EMPLOYEE'] }, auditor);
    expect(res.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    const settings = await app.gql(SETTINGS, { t: kavId }, auditor);
    expect(settings.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  });

  it('exports CSV with every field quoted and formulas neutralised', async () => {
    const res = await app.gql<{ auditLogCsv: string }>(
      CSV,
      { action: 'person.roles_changed' },
      auditor,
    );
    expect(res.errors).toBeUndefined();
    const lines = res.data!.auditLogCsv.trimEnd().split('\r\n');
    expect(lines[0]).toBe('at,actorId,actorName,action,entityType,entityId,chainSeq,data');
    expect(lines).toHaveLength(2);
    expect(lines[1]).toContain(`"${targetId}"`);
    expect(lines[1]).toContain('"person.roles_changed"');
    expect(csvField('=HYPERLINK("http://x")')).toBe('"\'=HYPERLINK(""http://x"")"');
    expect(csvField('plain')).toBe('"plain"');
  });
});

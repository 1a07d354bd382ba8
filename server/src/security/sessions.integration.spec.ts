import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AuditEvent } from '../audit/audit-event.entity.js';
import { DEMO_PASSWORD } from '../demo/demo-seed.js';
import { seedPerson } from '../demo/factories.js';
import { hashPassword } from '../auth/password-hasher.js';
import { Tenant } from '../tenants/tenant.entity.js';
import { TestApp } from '../test-support/test-app.js';

const VIEWER = '{ viewer { id } }';
const CHANGE =
  'mutation($c: String!, $n: String!) { changePassword(currentPassword: $c, newPassword: $n) { mustChangePassword } }';
const SIGN_IN =
  'mutation($i: String!, $p: String!) { signIn(identifier: $i, password: $p) { id } }';

describe('sessions and sign-in auditing', () => {
  let app: TestApp;
  beforeAll(async () => {
    app = await TestApp.start();
  });
  afterAll(() => app.stop());

  async function newPerson(): Promise<{ id: string; username: string }> {
    const em = app.em();
    const kav = await em.findOneOrFail(Tenant, { code: 'KAV' }, { filters: false });
    const person = seedPerson(em, {
      tenant: kav,
      roles: ['EMPLOYEE'],
      passwordHash: await hashPassword(DEMO_PASSWORD),
      createdAt: app.clock.now(),
    });
    await em.flush();
    return { id: person.id, username: person.username };
  }

  it('ends the person’s other sessions on a password change, and keeps the one that changed it', async () => {
    const p = await newPerson();
    const here = await app.signIn(p.username);
    const elsewhere = await app.signIn(p.username);
    const changed = await app.gql(CHANGE, { c: DEMO_PASSWORD, n: 'Vinter-2026-ny' }, here);
    expect(changed.errors).toBeUndefined();
    const mine = await app.gql<{ viewer: { id: string } | null }>(VIEWER, {}, here);
    expect(mine.data?.viewer?.id).toBe(p.id);
    const other = await app.gql<{ viewer: { id: string } | null }>(VIEWER, {}, elsewhere);
    expect(other.data?.viewer).toBeNull();
    const audit = await app
      .em()
      .findOneOrFail(
        AuditEvent,
        { entityId: p.id, action: 'password.changed' },
        { filters: false },
      );
    expect(audit.data).toEqual({ otherSessionsEnded: 1 });
  });

  it('audits successful and failed sign-ins', async () => {
    const p = await newPerson();
    expect((await app.gql(SIGN_IN, { i: p.username, p: 'wrong-password' })).errors).toHaveLength(1);
    await app.signIn(p.username);
    const rows = await app
      .em()
      .find(AuditEvent, { entityId: p.id }, { filters: false, orderBy: { chainSeq: 'asc' } });
    expect(rows.map((r) => [r.action, r.actorId])).toEqual([
      ['signin.failed', null],
      ['signin.succeeded', p.id],
    ]);
    expect(rows.every((r) => typeof r.hash === 'string' && r.hash.length === 64)).toBe(true);
  });
});

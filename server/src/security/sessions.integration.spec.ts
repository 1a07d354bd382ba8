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
    // A longer ordinary sign-in than the agents' 12-hour limit, so the two are told apart.
    app = await TestApp.start({
      env: { SESSION_TTL_HOURS: '24', SESSION_IDLE_MINUTES: '30', SESSION_MAX_HOURS: '12' },
    });
  });
  afterAll(() => app.stop());

  async function newPerson(
    roles: ('EMPLOYEE' | 'AGENT_FIRST_LINE' | 'ADMINISTRATOR')[] = ['EMPLOYEE'],
  ): Promise<{ id: string; username: string }> {
    const em = app.em();
    const kav = await em.findOneOrFail(Tenant, { code: 'KAV' }, { filters: false });
    const person = seedPerson(em, {
      tenant: kav,
      roles,
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

  async function viewerOf(cookie: string) {
    return app.gql<{ viewer: { id: string } | null }>(VIEWER, {}, cookie);
  }
  const ENTRY = 'mutation($id: ID!) { markNotificationRead(id: $id) { id } }';
  const advanceMinutes = (m: number) => app.clock.advanceMinutes(m);

  it('signs an agent out after 30 idle minutes, saying so once', async () => {
    const agent = await newPerson(['AGENT_FIRST_LINE']);
    const cookie = await app.signIn(agent.username);
    // Requests keep it alive: 25-minute gaps over an hour and a half.
    for (let i = 0; i < 4; i += 1) {
      advanceMinutes(25);
      expect((await viewerOf(cookie)).data?.viewer?.id).toBe(agent.id);
    }
    advanceMinutes(31);
    const ended = await app.gql(ENTRY, { id: agent.id }, cookie);
    expect(ended.errors?.[0]?.extensions).toMatchObject({
      code: 'UNAUTHENTICATED',
      fields: [{ field: 'session', code: 'SESSION_EXPIRED' }],
    });
    expect(ended.errors?.[0]?.message).toBe('Your session has ended. Please sign in again.');
    // The session is gone: from now on simply signed out.
    const after = await viewerOf(cookie);
    expect(after.errors).toBeUndefined();
    expect(after.data?.viewer).toBeNull();
  });

  it('tells the web through the viewer query when the session ended, and clears the cookie', async () => {
    const admin = await newPerson(['ADMINISTRATOR']);
    const cookie = await app.signIn(admin.username);
    advanceMinutes(30);
    const res = await viewerOf(cookie);
    expect(res.errors?.[0]?.extensions?.fields).toEqual([
      { field: 'session', code: 'SESSION_EXPIRED', message: 'has ended' },
    ]);
    expect(res.setCookie).toMatch(/^linje_session=;/);
  });

  it('signs an agent out 12 hours after sign-in however busy', async () => {
    const agent = await newPerson(['AGENT_FIRST_LINE']);
    const cookie = await app.signIn(agent.username);
    for (let i = 0; i < 47; i += 1) {
      advanceMinutes(15);
      expect((await viewerOf(cookie)).data?.viewer?.id).toBe(agent.id);
    }
    advanceMinutes(15);
    const res = await viewerOf(cookie);
    expect(res.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
  });

  it('keeps staff signed in while idle, until the ordinary expiry', async () => {
    const staff = await newPerson(['EMPLOYEE']);
    const cookie = await app.signIn(staff.username);
    advanceMinutes(23 * 60);
    expect((await viewerOf(cookie)).data?.viewer?.id).toBe(staff.id);
    advanceMinutes(61);
    const res = await viewerOf(cookie);
    expect(res.errors).toBeUndefined();
    expect(res.data?.viewer).toBeNull();
  });

  it('refuses a WebSocket subscription on the idle session of an IT agent', async () => {
    const agent = await newPerson(['AGENT_FIRST_LINE']);
    const cookie = await app.signIn(agent.username);
    advanceMinutes(31);
    const client = app.wsClient(cookie);
    try {
      const result = await new Promise<unknown>((resolve) => {
        client.subscribe(
          { query: 'subscription { notificationAdded { id } }' },
          { next: resolve, error: resolve, complete: () => resolve('complete') },
        );
      });
      expect(JSON.stringify(result)).toContain('UNAUTHENTICATED');
    } finally {
      await client.dispose();
    }
  });

  it('cuts off an open subscription once the agent’s session has idled out', async () => {
    const agent = await newPerson(['AGENT_FIRST_LINE']);
    const cookie = await app.signIn(agent.username);
    const staff = await app.signIn((await newPerson(['EMPLOYEE'])).username);
    const client = app.wsClient(cookie);
    const seen: unknown[] = [];
    const ended = new Promise<unknown>((resolve) => {
      client.subscribe<{ queueEvents: { ticket: { title: string } } }>(
        { query: 'subscription { queueEvents { ticket { title } } }' },
        {
          next: (v) => {
            seen.push(v);
            if (v.errors) resolve(v.errors);
          },
          error: resolve,
          complete: () => resolve('complete'),
        },
      );
    });
    try {
      await new Promise((r) => setTimeout(r, 300));
      const create = 'mutation($t: String!) { createTicket(input: { title: $t }) { id } }';
      await app.gql(create, { t: 'While the agent is here' }, staff);
      await expect.poll(() => seen.length).toBe(1);
      advanceMinutes(31);
      await app.gql(create, { t: 'After the agent left' }, staff);
      expect(JSON.stringify(await ended)).toContain('SESSION_EXPIRED');
      expect(JSON.stringify(seen)).not.toContain('After the agent left');
    } finally {
      await client.dispose();
    }
  });
});

import { MikroORM, RequestContext } from '@mikro-orm/core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Role } from '@linje/shared';
import { AuditEvent } from '../audit/audit-event.entity.js';
import { DEMO_PASSWORD } from '../demo/demo-seed.js';
import { seedPerson } from '../demo/factories.js';
import { OutgoingMessage } from '../messaging/outgoing-message.entity.js';
import { JobsService } from '../jobs/jobs.service.js';
import { Outbox } from '../messaging/outbox.js';
import { Person } from '../people/person.entity.js';
import { Tenant } from '../tenants/tenant.entity.js';
import { TestApp, type GqlResponse } from '../test-support/test-app.js';
import { hashPassword } from './password-hasher.js';
import { SessionService } from './session.service.js';

const SIGN_IN =
  'mutation($i: String!, $p: String!) { signIn(identifier: $i, password: $p) { id mustChangePassword } }';
const VIEWER = '{ viewer { id mustChangePassword passwordPolicy { minLength } } }';
const MY_TICKETS = '{ myTickets { id } }';
const CHANGE =
  'mutation($c: String!, $n: String!) { changePassword(currentPassword: $c, newPassword: $n) { mustChangePassword } }';
const TEMP = 'mutation($id: ID!) { setTemporaryPassword(personId: $id) { password } }';
const UNLOCK = 'mutation($id: ID!) { unlockAccount(personId: $id) }';
const REQUEST =
  'mutation($i: String!, $c: ResetChannel!) { requestPasswordReset(identifier: $i, channel: $c) }';
const RESET =
  'mutation($i: String!, $c: String!, $n: String!) { resetPasswordWithCode(identifier: $i, code: $c, newPassword: $n) }';
const COLLEAGUE = 'mutation($id: ID!) { requestColleaguePasswordReset(personId: $id) }';
const EVERYWHERE = 'mutation($id: ID) { signOutEverywhere(personId: $id) }';

// Kävlinge demo chain: Karin (director) → Eva (care) → Lars (care home) → Sara.
// Per (finance) is Karin's report but not above Lars's people; Omar is Kävlinge support;
// Lena is Burlöv support without Kävlinge rights.
const LARS = 'AHLS8022';
const KARIN = 'LUKN7203';
const PER = 'EKPR6811';
const OMAR = 'SAOR9112';
const LENA = 'BELA8819';
const SARA = 'JOSA9804';

function code(res: GqlResponse): string | undefined {
  return res.errors?.[0]?.extensions?.code;
}
function fieldCodes(res: GqlResponse): string[] {
  const fields = res.errors?.[0]?.extensions?.fields as { code: string }[] | undefined;
  return (fields ?? []).map((f) => f.code);
}

describe('passwords, lockout and resets', () => {
  let app: TestApp;
  let hash: string;
  let seq = 0;

  beforeAll(async () => {
    app = await TestApp.start();
    hash = await hashPassword(DEMO_PASSWORD);
  });
  afterAll(() => app.stop());

  /** A fresh Kävlinge person reporting to Lars, so tests do not disturb each other. */
  async function newPerson(
    extra: { roles?: Role[]; activeFrom?: Date; mobile?: string } = {},
  ): Promise<Person> {
    const em = app.em();
    const kav = await em.findOneOrFail(Tenant, { code: 'KAV' }, { filters: false });
    const lars = await em.findOneOrFail(Person, { username: LARS }, { filters: false });
    seq += 1;
    const person = seedPerson(em, {
      tenant: kav,
      givenName: 'Test',
      surname: `Person${seq}`,
      manager: lars,
      roles: extra.roles ?? ['EMPLOYEE'],
      mobile: extra.mobile ?? `+4670000${String(seq).padStart(4, '0')}`,
      passwordHash: hash,
      createdAt: app.clock.now(),
    });
    if (extra.activeFrom) person.activeFrom = extra.activeFrom;
    await em.flush();
    return person;
  }

  async function signInRaw(identifier: string, password: string): Promise<GqlResponse> {
    return app.gql(SIGN_IN, { i: identifier, p: password });
  }

  it('locks after the tenant’s threshold (3), without telling a wrong guess apart from an unknown user', async () => {
    const p = await newPerson();
    for (let i = 0; i < 3; i++) {
      const res = await signInRaw(p.username, 'wrong-password');
      expect(code(res)).toBe('UNAUTHENTICATED');
    }
    const wrongOnLocked = await signInRaw(p.username, 'wrong-password');
    const unknown = await signInRaw('NOSUCHUSER', 'wrong-password');
    expect(wrongOnLocked.errors?.[0]).toEqual(unknown.errors?.[0]);
    const right = await signInRaw(p.username, DEMO_PASSWORD);
    expect(code(right)).toBe('UNAUTHENTICATED');
    expect(fieldCodes(right)).toEqual(['ACCOUNT_LOCKED']);
    const audit = await app.em().find(AuditEvent, { entityId: p.id }, { filters: false });
    expect(audit.map((a) => a.action)).toContain('account.locked');

    // Unlock by time: the seed 004 lockout lasts 30 minutes after the last failure.
    app.clock.advanceMinutes(29);
    expect(fieldCodes(await signInRaw(p.username, DEMO_PASSWORD))).toEqual(['ACCOUNT_LOCKED']);
    app.clock.advanceMinutes(1);
    expect((await signInRaw(p.username, DEMO_PASSWORD)).errors).toBeUndefined();
  });

  it('is unlocked by a manager above or by support, not by others', async () => {
    const p = await newPerson();
    for (let i = 0; i < 3; i++) await signInRaw(p.username, 'wrong-password');
    const [per, lena, omar, karin] = await Promise.all([
      app.signIn(PER),
      app.signIn(LENA),
      app.signIn(OMAR),
      app.signIn(KARIN),
    ]);
    expect(code(await app.gql(UNLOCK, { id: p.id }, per))).toBe('FORBIDDEN');
    expect(code(await app.gql(UNLOCK, { id: p.id }, lena))).toBe('NOT_FOUND');
    expect(code(await app.gql(UNLOCK, { id: p.id }))).toBe('UNAUTHENTICATED');
    expect((await app.gql(UNLOCK, { id: p.id }, karin)).errors).toBeUndefined();
    expect((await signInRaw(p.username, DEMO_PASSWORD)).errors).toBeUndefined();
    for (let i = 0; i < 3; i++) await signInRaw(p.username, 'wrong-password');
    expect((await app.gql(UNLOCK, { id: p.id }, omar)).errors).toBeUndefined();
    expect((await signInRaw(p.username, DEMO_PASSWORD)).errors).toBeUndefined();
  });

  it('a manager sets a temporary password; the person must change it before anything else', async () => {
    const p = await newPerson();
    const before = await app.signIn(p.username);
    const lars = await app.signIn(LARS);
    const res = await app.gql<{ setTemporaryPassword: { password: string } }>(
      TEMP,
      { id: p.id },
      lars,
    );
    expect(res.errors).toBeUndefined();
    const temp = res.data?.setTemporaryPassword.password ?? '';
    expect(temp.length).toBeGreaterThanOrEqual(12);

    // Old sessions end; the old password no longer works.
    expect((await app.gql(VIEWER, {}, before)).data).toEqual({ viewer: null });
    expect(code(await signInRaw(p.username, DEMO_PASSWORD))).toBe('UNAUTHENTICATED');

    const cookie = await app.signIn(p.username, temp);
    const v = await app.gql<{ viewer: { mustChangePassword: boolean } }>(VIEWER, {}, cookie);
    expect(v.data?.viewer.mustChangePassword).toBe(true);
    const blocked = await app.gql(MY_TICKETS, {}, cookie);
    expect(code(blocked)).toBe('FORBIDDEN');
    expect(fieldCodes(blocked)).toEqual(['PASSWORD_CHANGE_REQUIRED']);

    const weak = await app.gql(CHANGE, { c: temp, n: 'abc' }, cookie);
    expect(code(weak)).toBe('BAD_USER_INPUT');
    expect(fieldCodes(weak)).toEqual(['TOO_SHORT', 'TOO_FEW_CLASSES']);
    expect(fieldCodes(await app.gql(CHANGE, { c: 'nope', n: 'Sommar-2026x' }, cookie))).toEqual([
      'WRONG_PASSWORD',
    ]);
    expect(fieldCodes(await app.gql(CHANGE, { c: temp, n: temp }, cookie))).toEqual(['REUSED']);
    const ok = await app.gql(CHANGE, { c: temp, n: 'Sommar-2026x' }, cookie);
    expect(ok.errors).toBeUndefined();
    expect(ok.data).toEqual({ changePassword: { mustChangePassword: false } });
    expect((await app.gql(MY_TICKETS, {}, cookie)).errors).toBeUndefined();
    const audit = await app.em().find(AuditEvent, { entityId: p.id }, { filters: false });
    expect(audit.map((a) => a.action)).toEqual(
      expect.arrayContaining(['password.temporary_set', 'password.changed']),
    );
  });

  it('refuses temporary passwords from colleagues, managers elsewhere in the tree and other tenants', async () => {
    const p = await newPerson();
    const [sara, per, lena, omar] = await Promise.all([
      app.signIn(SARA),
      app.signIn(PER),
      app.signIn(LENA),
      app.signIn(OMAR),
    ]);
    expect(code(await app.gql(TEMP, { id: p.id }, sara))).toBe('FORBIDDEN');
    expect(code(await app.gql(TEMP, { id: p.id }, per))).toBe('FORBIDDEN');
    expect(code(await app.gql(TEMP, { id: p.id }, lena))).toBe('NOT_FOUND');
    expect((await app.gql(TEMP, { id: p.id }, omar)).errors).toBeUndefined();
  });

  it('resets with a one-time SMS code, and says nothing about unknown accounts', async () => {
    const p = await newPerson();
    const outbox = app.running.app.get(Outbox);
    const before = outbox.messages().length;
    const unknown = await app.gql(REQUEST, { i: 'NOSUCHUSER', c: 'SMS' });
    expect(unknown.data).toEqual({ requestPasswordReset: true });
    expect(outbox.messages()).toHaveLength(before);

    const res = await app.gql(REQUEST, { i: p.username.toLowerCase(), c: 'SMS' });
    expect(res.data).toEqual({ requestPasswordReset: true });
    const sms = outbox.latest({ to: p.mobile ?? '' });
    const sent = /(\d{6})/.exec(sms?.text ?? '')?.[1] ?? '';
    expect(sent).toMatch(/^\d{6}$/);
    // Kävlinge writes in Swedish, from the municipality's RESET_CODE template.
    expect(sms?.text).toBe(
      `Linje: din kod för att välja ett nytt lösenord är ${sent}. Den gäller i 15 minuter. Användarnamn: ${p.username}.`,
    );

    const wrong = sent === '000000' ? '000001' : '000000';
    expect(
      fieldCodes(await app.gql(RESET, { i: p.username, c: wrong, n: 'Vinter-2026x' })),
    ).toEqual(['INVALID_CODE']);
    expect(fieldCodes(await app.gql(RESET, { i: p.username, c: sent, n: 'short' }))).toContain(
      'TOO_SHORT',
    );
    const ok = await app.gql(RESET, { i: p.username, c: sent, n: 'Vinter-2026x' });
    expect(ok.errors).toBeUndefined();
    // One-time: the same code does not work twice.
    expect(fieldCodes(await app.gql(RESET, { i: p.username, c: sent, n: 'Vinter-2027x' }))).toEqual(
      ['INVALID_CODE'],
    );
    expect((await signInRaw(p.username, 'Vinter-2026x')).errors).toBeUndefined();
  });

  it('sends an e-mail code when asked', async () => {
    const p = await newPerson();
    const outbox = app.running.app.get(Outbox);
    await app.gql(REQUEST, { i: p.email, c: 'EMAIL' });
    const mail = outbox.latest({ to: p.email ?? '' });
    expect(mail?.channel).toBe('EMAIL');
    expect(mail?.subject).toBe('Linje: välj ett nytt lösenord');
    expect(mail?.text).toMatch(/\d{6}/);
  });

  it('a colleague’s reset request sends the code to the owner’s mobile only', async () => {
    const p = await newPerson({ mobile: '+46709990001' });
    const outbox = app.running.app.get(Outbox);
    const sara = await app.signIn(SARA);
    const saraMobile = (
      await app.em().findOneOrFail(Person, { username: SARA }, { filters: false })
    ).mobile;
    const saraBefore = outbox.messages({ to: saraMobile ?? '' }).length;
    const res = await app.gql(COLLEAGUE, { id: p.id }, sara);
    expect(res.errors).toBeUndefined();
    expect(outbox.latest({ to: '+46709990001' })?.text).toMatch(/\d{6}/);
    expect(outbox.messages({ to: saraMobile ?? '' })).toHaveLength(saraBefore);
    const lena = await app.signIn(LENA);
    expect(code(await app.gql(COLLEAGUE, { id: p.id }, lena))).toBe('NOT_FOUND');
    for (let i = 1; i < 10; i++) await app.gql(COLLEAGUE, { id: p.id }, sara);
    expect(code(await app.gql(COLLEAGUE, { id: p.id }, sara))).toBe('TOO_MANY_REQUESTS');
  });

  it('new accounts open 48 hours after registration', async () => {
    const p = await newPerson({ activeFrom: new Date(app.clock.now().getTime() + 48 * 3_600_000) });
    expect(fieldCodes(await signInRaw(p.username, DEMO_PASSWORD))).toEqual([
      'ACCOUNT_NOT_YET_ACTIVE',
    ]);
    app.clock.advanceMinutes(48 * 60);
    expect((await signInRaw(p.username, DEMO_PASSWORD)).errors).toBeUndefined();
  });

  it('forces a change when the password is older than the maximum age (90 days)', async () => {
    const p = await newPerson();
    app.clock.advanceMinutes(90 * 24 * 60);
    const cookie = await app.signIn(p.username);
    const v = await app.gql<{ viewer: { mustChangePassword: boolean } }>(VIEWER, {}, cookie);
    expect(v.data?.viewer.mustChangePassword).toBe(true);
  });

  it('signs out everywhere', async () => {
    const p = await newPerson();
    const [a, b] = [await app.signIn(p.username), await app.signIn(p.username)];
    const res = await app.gql(EVERYWHERE, {}, a);
    expect(res.data).toEqual({ signOutEverywhere: 2 });
    expect((await app.gql(VIEWER, {}, b)).data).toEqual({ viewer: null });
    const sara = await app.signIn(SARA);
    expect(code(await app.gql(EVERYWHERE, { id: p.id }, sara))).toBe('FORBIDDEN');
  });

  it('throttles an identifier after 10 failures, known or unknown alike', async () => {
    const p = await newPerson();
    app.clock.advanceMinutes(60);
    for (let i = 0; i < 10; i++) await signInRaw(`ghost-${p.id}`, 'x');
    expect(code(await signInRaw(`ghost-${p.id}`, 'x'))).toBe('TOO_MANY_REQUESTS');
    // A known account is throttled the same way (and locked long before).
    for (let i = 0; i < 10; i++) await signInRaw(p.username, 'x');
    expect(code(await signInRaw(p.username, DEMO_PASSWORD))).toBe('TOO_MANY_REQUESTS');
    app.clock.advanceMinutes(60);
  });

  it('single sign-on seam: a verified work e-mail opens a session under the same account rules', async () => {
    const p = await newPerson();
    const later = await newPerson({
      activeFrom: new Date(app.clock.now().getTime() + 48 * 3_600_000),
    });
    const sessions = app.running.app.get(SessionService);
    const orm = app.running.app.get(MikroORM);
    const sso = (email: string | null) =>
      RequestContext.create(orm.em, () =>
        sessions.signInWithExternalIdentity({ issuer: 'https://idp.test', subject: 's', email }),
      );
    const { token } = await sso(p.email?.toUpperCase() ?? '');
    const v = await app.gql<{ viewer: { id: string } }>(VIEWER, {}, `linje_session=${token}`);
    expect(v.data?.viewer.id).toBe(p.id);
    await expect(sso('nobody@example.org')).rejects.toMatchObject({ code: 'UNAUTHENTICATED' });
    await expect(sso(null)).rejects.toMatchObject({ code: 'UNAUTHENTICATED' });
    await expect(sso(later.email ?? '')).rejects.toMatchObject({ code: 'UNAUTHENTICATED' });
  });

  it('sends the expiry reminder by SMS where the policy asks for one (seed 001: 5 days before)', async () => {
    const em = app.em();
    const kav = await em.findOneOrFail(Tenant, { code: 'KAV' }, { filters: false });
    const before = kav.passwordPolicy ?? null;
    kav.passwordPolicy = {
      minLength: 12,
      requiredClasses: 3,
      forbiddenCharacters: 'åäöÅÄÖ',
      forbidNameParts: true,
      maxAgeDays: 90,
      historyCount: 5,
      lockoutThreshold: 5,
      lockoutMinutes: 30,
      expiryReminderDays: 5,
    };
    await em.flush();
    try {
      const p = await newPerson({ mobile: '+46709990077' });
      const cookie = await app.signIn(p.username);
      const ok = await app.gql(CHANGE, { c: DEMO_PASSWORD, n: 'Vinterhage-2026' }, cookie);
      expect(ok.errors).toBeUndefined();
      // Someone who turned the SMS off gets none (their e-mail preference stays on).
      const q = await newPerson({ mobile: '+46709990078' });
      const qCookie = await app.signIn(q.username);
      const off = await app.gql(
        'mutation { setNotificationPreferences(changes: [{ event: "PASSWORD_EXPIRY", channel: "SMS", enabled: false }]) { enabled } }',
        {},
        qCookie,
      );
      expect(off.errors).toBeUndefined();
      expect(
        (await app.gql(CHANGE, { c: DEMO_PASSWORD, n: 'Vinterhage-2026' }, qCookie)).errors,
      ).toBeUndefined();
      const outbox = app.running.app.get(Outbox);
      const jobs = app.running.app.get(JobsService);
      app.clock.advanceMinutes(84 * 24 * 60);
      await jobs.runDueJobs();
      expect(outbox.messages({ to: '+46709990077' })).toHaveLength(0);
      app.clock.advanceMinutes(24 * 60);
      await jobs.runDueJobs();
      const sms = outbox.messages({ to: '+46709990077' });
      expect(sms).toHaveLength(1);
      expect(outbox.messages({ to: '+46709990078' })).toHaveLength(0);
      // Five days before the 90-day expiry, in Kävlinge's language, through the outgoing queue.
      expect(sms[0]?.text).toMatch(/lösenord går ut \d{4}-\d{2}-\d{2}/);
      // The day of expiry: 90 days after the change, in Kävlinge's time zone.
      const changedAt = app.clock.now().getTime() - 85 * 24 * 60 * 60_000;
      const expiresOn = new Date(changedAt + 90 * 24 * 60 * 60_000).toISOString().slice(0, 10);
      expect(sms[0]?.text).toContain(expiresOn);
      // And the administrator's SMS outbox shows it (the administrator's own password is
      // renewed first: 85 days on, under this policy it would have to be changed).
      const adminEm = app.em();
      const adminP = await adminEm.findOneOrFail(
        Person,
        { username: 'AXNS8514' },
        { filters: false },
      );
      adminP.passwordChangedAt = app.clock.now();
      await adminEm.flush();
      const admin = await app.signIn('AXNS8514');
      const box = await app.gql<{ outgoingMessages: { recipient: string; kind: string }[] }>(
        'query($t: ID!) { outgoingMessages(tenantId: $t, channel: "SMS", statuses: ["SENT"]) { recipient kind } }',
        { t: kav.id },
        admin,
      );
      expect(box.errors).toBeUndefined();
      expect(box.data?.outgoingMessages).toContainEqual({
        recipient: '+46709990077',
        kind: 'PASSWORD_EXPIRY',
      });
      const queued = await app
        .em()
        .find(
          OutgoingMessage,
          { recipientPersonId: p.id, kind: 'PASSWORD_EXPIRY' },
          { filters: false },
        );
      expect(queued.map((m) => [m.channel, m.status]).sort()).toEqual(
        p.email
          ? [
              ['EMAIL', 'SENT'],
              ['SMS', 'SENT'],
            ]
          : [['SMS', 'SENT']],
      );
    } finally {
      const restore = app.em();
      const fresh = await restore.findOneOrFail(Tenant, { code: 'KAV' }, { filters: false });
      fresh.passwordPolicy = before;
      await restore.flush();
    }
  });
});

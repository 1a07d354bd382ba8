import { MikroORM } from '@mikro-orm/core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AuditEvent } from '../audit/audit-event.entity.js';
import { JobsService } from '../jobs/jobs.service.js';
import { OutgoingMessage } from '../messaging/outgoing-message.entity.js';
import { Person } from '../people/person.entity.js';
import { TestApp } from '../test-support/test-app.js';
import { NotificationPreference } from './notification-preference.entity.js';
import { Notification } from './notification.entity.js';
import { NotificationsService, type NotifyInput } from './notifications.service.js';

const MINE = `query { myNotificationPreferences { event channel enabled locked isDefault } }`;
const SET = `mutation($changes: [NotificationPreferenceInput!]!) {
  setNotificationPreferences(changes: $changes) { event channel enabled locked isDefault } }`;

interface Cell {
  event: string;
  channel: string;
  enabled: boolean;
  locked: boolean;
  isDefault: boolean;
}

describe('notification preferences and delivery hygiene (SQLite, moved clock)', () => {
  let app: TestApp;
  let sara: string;
  let omar: string;
  let saraP: Person;
  let omarP: Person;

  beforeAll(async () => {
    // Tuesday 11:00 in Stockholm: within working hours.
    app = await TestApp.start({ now: '2026-11-24T10:00:00Z' });
    [sara, omar] = await Promise.all([app.signIn('JOSA9804'), app.signIn('SAOR9112')]);
    const em = app.em();
    const load = (u: string) =>
      em.findOneOrFail(Person, { username: u }, { filters: false, populate: ['tenant'] });
    saraP = await load('JOSA9804');
    omarP = await load('SAOR9112');
  });
  afterAll(() => app.stop());

  const cells = async (cookie: string) =>
    (await app.gql<{ myNotificationPreferences: Cell[] }>(MINE, {}, cookie)).data!
      .myNotificationPreferences;
  const cell = (all: Cell[], event: string, channel: string) =>
    all.find((c) => c.event === event && c.channel === channel);

  const notify = async (inputs: Omit<NotifyInput, 'tenantId' | 'params'>[]) => {
    const service = app.running.app.get(NotificationsService);
    await app.running.app
      .get(MikroORM)
      .em.fork()
      .transactional((tx) =>
        service.notifyAll(
          tx,
          inputs.map((i) => ({ ...i, tenantId: saraP.tenant.id, params: {} })),
        ),
      );
    await app.running.app.get(JobsService).runDueJobs();
  };
  const noticesWith = (text: string) =>
    app.em().find(Notification, { text }, { filters: false, populate: ['recipient'] });
  const mailsTo = (person: Person) =>
    app
      .em()
      .find(
        OutgoingMessage,
        { recipientPersonId: person.id, channel: 'EMAIL' },
        { filters: false, orderBy: { createdAt: 'asc', id: 'asc' } },
      );

  it('answers defaults for every event and channel, with paging locked on', async () => {
    const all = await cells(sara);
    expect(all.length).toBe(18 * 3);
    expect(cell(all, 'TICKET_REPLIED', 'EMAIL')).toMatchObject({ enabled: true, isDefault: true });
    expect(cell(all, 'TICKET_REPLIED', 'SMS')).toMatchObject({ enabled: false, locked: false });
    expect(cell(all, 'CRITICAL_ESCALATION', 'SMS')).toMatchObject({ enabled: true, locked: true });
    expect((await app.gql(MINE, {})).errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
  });

  it('stores a person’s own change, audited, without touching anyone else’s', async () => {
    const res = await app.gql<{ setNotificationPreferences: Cell[] }>(
      SET,
      { changes: [{ event: 'ANNOUNCEMENT', channel: 'EMAIL', enabled: false }] },
      sara,
    );
    expect(res.errors).toBeUndefined();
    expect(cell(res.data!.setNotificationPreferences, 'ANNOUNCEMENT', 'EMAIL')).toMatchObject({
      enabled: false,
      isDefault: false,
    });
    expect(cell(await cells(omar), 'ANNOUNCEMENT', 'EMAIL')).toMatchObject({ enabled: true });
    const audit = await app
      .em()
      .find(AuditEvent, { action: 'notification.preferences.changed' }, { filters: false });
    expect(audit.map((a) => a.entityId)).toEqual([saraP.id]);
  });

  it('refuses turning off paging with NOTIFICATION_LOCKED and stores nothing of the request', async () => {
    const before = await app.em().count(NotificationPreference, {}, { filters: false });
    const res = await app.gql(
      SET,
      {
        changes: [
          { event: 'TICKET_UPDATED', channel: 'EMAIL', enabled: false },
          { event: 'CRITICAL_ESCALATION', channel: 'SMS', enabled: false },
        ],
      },
      sara,
    );
    const err = res.errors?.[0];
    expect(err?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(JSON.stringify(err?.extensions)).toContain('NOTIFICATION_LOCKED');
    expect(await app.em().count(NotificationPreference, {}, { filters: false })).toBe(before);
    const bad = await app.gql(
      SET,
      { changes: [{ event: 'NO_SUCH_EVENT', channel: 'PIGEON', enabled: true }] },
      sara,
    );
    expect(bad.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(
      (
        await app.gql(SET, {
          changes: [{ event: 'TICKET_UPDATED', channel: 'EMAIL', enabled: false }],
        })
      ).errors?.[0]?.extensions?.code,
    ).toBe('UNAUTHENTICATED');
  });

  it('delivery honours the preferences: mail off keeps the notice in the app, all off writes none', async () => {
    await notify([{ recipientId: saraP.id, kind: 'ANNOUNCEMENT', text: 'Prefs A' }]);
    const [a] = await noticesWith('Prefs A');
    expect(a).toBeDefined();
    expect(a!.readAt).toBeNull();
    expect((await mailsTo(saraP)).filter((m) => m.key.includes(a!.id))).toEqual([]);

    await app.gql(
      SET,
      { changes: [{ event: 'ANNOUNCEMENT', channel: 'IN_APP', enabled: false }] },
      sara,
    );
    await notify([{ recipientId: saraP.id, kind: 'ANNOUNCEMENT', text: 'Prefs B' }]);
    expect(await noticesWith('Prefs B')).toEqual([]);
  });

  it('bundles a burst of non-urgent mail into one digest when the window closes', async () => {
    const first = (await mailsTo(omarP)).length;
    await notify([{ recipientId: omarP.id, kind: 'TICKET_UPDATED', text: 'Burst 1' }]);
    app.clock.advanceMinutes(2);
    await notify([{ recipientId: omarP.id, kind: 'TICKET_UPDATED', text: 'Burst 2' }]);
    app.clock.advanceMinutes(2);
    await notify([{ recipientId: omarP.id, kind: 'APPROVAL_REQUESTED', text: 'Burst 3' }]);
    let mails = await mailsTo(omarP);
    expect(mails.length).toBe(first + 1);
    expect(await app.em().count(Notification, { mailPending: true }, { filters: false })).toBe(2);

    app.clock.advanceMinutes(15);
    await app.running.app.get(JobsService).runDueJobs();
    mails = await mailsTo(omarP);
    expect(mails.length).toBe(first + 2);
    const digest = mails.at(-1)!;
    expect(digest.kind).toBe('DIGEST');
    expect(digest.subject).toMatch(/^2 /);
    expect(digest.unsubscribeUrl).toMatch(/\/profile\/notifications$/);
    expect(await app.em().count(Notification, { mailPending: true }, { filters: false })).toBe(0);
    // Run again: the digest is not sent twice.
    await app.running.app.get(JobsService).runDueJobs();
    expect((await mailsTo(omarP)).length).toBe(first + 2);
  });

  it('holds non-urgent mail to working hours; paging is never held', async () => {
    // Saturday 19:40 in Stockholm.
    app.clock.set('2026-11-28T18:40:00Z');
    await notify([{ recipientId: omarP.id, kind: 'TICKET_UPDATED', text: 'Weekend update' }]);
    const [n] = await noticesWith('Weekend update');
    const [mail] = await app
      .em()
      .find(OutgoingMessage, { key: `notice:${n!.id}:email` }, { filters: false });
    // Monday 09:00 Stockholm.
    expect(new Date(mail!.nextAttemptAt).toISOString()).toBe('2026-11-30T08:00:00.000Z');

    await notify([{ recipientId: omarP.id, kind: 'CRITICAL_PAGE', text: 'Weekend page' }]);
    const [page] = await noticesWith('Weekend page');
    const out = await app
      .em()
      .find(OutgoingMessage, { key: { $like: `notice:${page!.id}:%` } }, { filters: false });
    expect(out.length).toBe(1);
    expect(out[0]!.nextAttemptAt).toBe(app.clock.now().getTime());
  });

  it('once per recipient and event in a transaction, and once ever for a once-key (an SLA level)', async () => {
    const service = app.running.app.get(NotificationsService);
    await app.running.app
      .get(MikroORM)
      .em.fork()
      .transactional(async (tx) => {
        const base = { tenantId: saraP.tenant.id, params: {}, kind: 'SLA_WARNING' };
        await service.notify(tx, { ...base, recipientId: omarP.id, text: 'Twice rule' });
        await service.notify(tx, { ...base, recipientId: omarP.id, text: 'Twice rule' });
      });
    expect((await noticesWith('Twice rule')).length).toBe(1);

    for (let i = 0; i < 2; i += 1) {
      await notify([
        {
          recipientId: omarP.id,
          kind: 'SLA_BREACHED',
          text: 'Breach level',
          onceKey: 'sla:t1:response:BREACH',
        },
      ]);
    }
    expect((await noticesWith('Breach level')).length).toBe(1);
  });
});

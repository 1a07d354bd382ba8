import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MikroORM } from '@mikro-orm/core';
import { JobsService } from '../jobs/jobs.service.js';
import { OutgoingMessage } from '../messaging/outgoing-message.entity.js';
import { Person } from '../people/person.entity.js';
import { Notification } from './notification.entity.js';
import { NotificationsService } from './notifications.service.js';
import { TestApp } from '../test-support/test-app.js';

const REPORT = `mutation($input: ReportCriticalInput!) { reportCritical(input: $input) { ticketId } }`;
const MINE = `query { myNotifications { id kind ticketId readAt params { name value } } }`;
const READ = `mutation($id: ID!) { markNotificationRead(id: $id) { id readAt } }`;

describe('in-app notifications (SQLite, moved clock)', () => {
  let app: TestApp;
  let nils: string;
  let kari: string;
  let silje: string;
  let sara: string;

  beforeAll(async () => {
    // Saturday evening in Oslo: a critical ticket goes to the reporter's manager.
    app = await TestApp.start({ now: '2026-11-28T18:40:00Z' });
    [nils, kari, silje, sara] = await Promise.all([
      app.signIn('HANI9107'),
      app.signIn('JOKA8203'),
      app.signIn('ANSE7608'),
      app.signIn('JOSA9804'),
    ]);
  });
  afterAll(() => app.stop());

  it('pushes a new notice live to its recipient only, lists it, and marks it read', async () => {
    const received: { kari: string[]; silje: string[] } = { kari: [], silje: [] };
    const query = 'subscription { notificationAdded { kind ticketId } }';
    const clients = [app.wsClient(kari), app.wsClient(silje)];
    const stops = (['kari', 'silje'] as const).map((who, i) =>
      clients[i]!.subscribe<{ notificationAdded: { kind: string } }>(
        { query },
        {
          next: (v) => received[who].push(v.data?.notificationAdded.kind ?? ''),
          error: () => undefined,
          complete: () => undefined,
        },
      ),
    );
    await new Promise((r) => setTimeout(r, 300));

    const res = await app.gql<{ reportCritical: { ticketId: string } }>(
      REPORT,
      { input: { title: 'Nurse call system down', definitionCode: 'DANGER_TO_LIFE_OR_HEALTH' } },
      nils,
    );
    expect(res.errors).toBeUndefined();
    await app.running.app.get(JobsService).runDueJobs();
    await expect.poll(() => received.kari).toEqual(['CRITICAL_ESCALATION']);
    expect(received.silje).toEqual([]);

    const mine = await app.gql<{
      myNotifications: { id: string; kind: string; ticketId: string; readAt: string | null }[];
    }>(MINE, {}, kari);
    const notice = mine.data!.myNotifications.find(
      (n) => n.ticketId === res.data!.reportCritical.ticketId,
    );
    expect(notice).toMatchObject({ kind: 'CRITICAL_ESCALATION', readAt: null });
    expect(
      (await app.gql<{ myNotifications: unknown[] }>(MINE, {}, sara)).data!.myNotifications,
    ).toEqual([]);

    // Someone else's notice is not found; your own is marked read.
    expect((await app.gql(READ, { id: notice!.id }, silje)).errors?.[0]?.extensions?.code).toBe(
      'NOT_FOUND',
    );
    const read = await app.gql<{ markNotificationRead: { readAt: string } }>(
      READ,
      { id: notice!.id },
      kari,
    );
    expect(read.data!.markNotificationRead.readAt).toBe('2026-11-28T18:40:00.000Z');

    stops.forEach((stop) => stop());
    await Promise.all(clients.map((c) => c.dispose()));
  });

  it('counts unread notices for the badge and marks them all read, only the viewer’s own', async () => {
    const COUNT = 'query { unreadNotificationCount }';
    const ALL = 'mutation { markAllNotificationsRead }';
    const res = await app.gql<{ reportCritical: { ticketId: string } }>(
      REPORT,
      { input: { title: 'Door locks offline', definitionCode: 'DANGER_TO_LIFE_OR_HEALTH' } },
      nils,
    );
    expect(res.errors).toBeUndefined();
    await app.running.app.get(JobsService).runDueJobs();
    const count = async (who: string) =>
      (await app.gql<{ unreadNotificationCount: number }>(COUNT, {}, who)).data!
        .unreadNotificationCount;
    const before = await count(kari);
    expect(before).toBeGreaterThanOrEqual(1);
    const siljeBefore = await count(silje);
    expect((await app.gql<{ markAllNotificationsRead: number }>(ALL, {}, kari)).data).toEqual({
      markAllNotificationsRead: before,
    });
    expect(await count(kari)).toBe(0);
    expect(await count(silje)).toBe(siljeBefore);
  });

  it('never notifies people of their own change, and once per recipient however many rules matched', async () => {
    const em = app.em();
    const [kariP, siljeP] = await Promise.all(
      ['JOKA8203', 'ANSE7608'].map((u) =>
        em.findOneOrFail(Person, { username: u }, { filters: false, populate: ['tenant'] }),
      ),
    );
    const service = app.running.app.get(NotificationsService);
    const base = {
      tenantId: kariP!.tenant.id,
      kind: 'ANNOUNCEMENT',
      params: {},
      text: 'Hygiene check',
      actorId: kariP!.id,
    };
    await app.running.app
      .get(MikroORM)
      .em.fork()
      .transactional((tx) =>
        service.notifyAll(tx, [
          { ...base, recipientId: kariP!.id },
          { ...base, recipientId: siljeP!.id },
          { ...base, recipientId: siljeP!.id },
        ]),
      );
    await app.running.app.get(JobsService).runDueJobs();
    const notices = await app
      .em()
      .find(Notification, { text: 'Hygiene check' }, { filters: false, populate: ['recipient'] });
    expect(notices.map((n) => n.recipient.id)).toEqual([siljeP!.id]);
    const mails = await app
      .em()
      .find(OutgoingMessage, { key: `notice:${notices[0]!.id}:email` }, { filters: false });
    expect(mails.length).toBe(siljeP!.email ? 1 : 0);
  });
});

import { MikroORM } from '@mikro-orm/core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { JobsService } from '../jobs/jobs.service.js';
import { Person } from '../people/person.entity.js';
import { TestApp } from '../test-support/test-app.js';
import { Notification } from './notification.entity.js';
import { NotificationsService } from './notifications.service.js';

const SET = `mutation($changes: [NotificationPreferenceInput!]!) {
  setNotificationPreferences(changes: $changes) { event channel enabled } }`;

describe('notification preferences and once-keys (PostgreSQL)', () => {
  let app: TestApp;
  beforeAll(async () => {
    app = await TestApp.start({ database: 'postgresql', now: '2026-11-24T10:00:00Z' });
  });
  afterAll(() => app.stop());

  it('stores a change twice as one row, refuses locked paging, and writes a once-key notice once', async () => {
    const sara = await app.signIn('JOSA9804');
    for (const enabled of [false, true, false]) {
      const res = await app.gql<{
        setNotificationPreferences: { event: string; channel: string; enabled: boolean }[];
      }>(SET, { changes: [{ event: 'TICKET_UPDATED', channel: 'EMAIL', enabled }] }, sara);
      expect(res.errors).toBeUndefined();
      expect(
        res.data!.setNotificationPreferences.find(
          (c) => c.event === 'TICKET_UPDATED' && c.channel === 'EMAIL',
        )?.enabled,
      ).toBe(enabled);
    }
    const locked = await app.gql(
      SET,
      { changes: [{ event: 'CRITICAL_PAGE', channel: 'SMS', enabled: false }] },
      sara,
    );
    expect(JSON.stringify(locked.errors?.[0]?.extensions)).toContain('NOTIFICATION_LOCKED');

    const omar = await app
      .em()
      .findOneOrFail(Person, { username: 'SAOR9112' }, { filters: false, populate: ['tenant'] });
    const service = app.running.app.get(NotificationsService);
    for (let i = 0; i < 2; i += 1) {
      await app.running.app
        .get(MikroORM)
        .em.fork()
        .transactional((tx) =>
          service.notify(tx, {
            tenantId: omar.tenant.id,
            recipientId: omar.id,
            kind: 'SLA_BREACHED',
            params: {},
            text: 'PG breach',
            onceKey: 'sla:pg:resolution:BREACH',
          }),
        );
      await app.running.app.get(JobsService).runDueJobs();
    }
    expect(await app.em().count(Notification, { text: 'PG breach' }, { filters: false })).toBe(1);
  });
});

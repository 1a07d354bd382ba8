import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startApp, type RunningApp } from '../bootstrap.js';
import { Tenant } from '../tenants/tenant.entity.js';
import { TestApp } from '../test-support/test-app.js';
import { TestSmtpServer } from '../test-support/test-smtp-server.js';
import { OutgoingMessage } from './outgoing-message.entity.js';
import { OutgoingQueue } from './outgoing-queue.js';

const N = 60;

/** Two server processes share one PostgreSQL database and race for the same outgoing mail. */
describe('outgoing queue on PostgreSQL with two workers', () => {
  let smtp: TestSmtpServer;
  let app: TestApp;
  let other: RunningApp;

  beforeAll(async () => {
    smtp = await TestSmtpServer.start();
    app = await TestApp.start({
      database: 'postgresql',
      env: { SMTP_URL: smtp.url, MAIL_DOMAIN: 'linje.test.example' },
    });
    other = await startApp(app.config, app.clock);
  }, 120_000);
  afterAll(async () => {
    await other.close();
    await app.stop();
    await smtp.stop();
  });

  it('sends every message exactly once although both workers claim at the same time', async () => {
    const a = app.running.app.get(OutgoingQueue);
    const b = other.app.get(OutgoingQueue);
    const kav = await app.em().findOneOrFail(Tenant, { code: 'KAV' }, { filters: false });
    await app.em().transactional((tx) =>
      a.enqueue(
        tx,
        Array.from({ length: N }, (_, i) => ({
          tenantId: kav.id,
          channel: 'EMAIL' as const,
          to: `pg${i}@example.org`,
          kind: 'ANNOUNCEMENT',
          subject: `Message ${i}`,
          body: 'Body',
          key: `pg:${i}`,
        })),
      ),
    );
    // Claims taken at the same moment are disjoint (FOR UPDATE SKIP LOCKED).
    const [claimedA, claimedB] = await Promise.all([a.claim(N), b.claim(N)]);
    expect(claimedA.filter((id) => claimedB.includes(id))).toEqual([]);
    const held = await app.em().find(OutgoingMessage, { status: 'SENDING' }, { filters: false });
    expect(held).toHaveLength(claimedA.length + claimedB.length);
    await Promise.all([
      ...claimedA.map((id) => a.sendClaimed(id)),
      ...claimedB.map((id) => b.sendClaimed(id)),
    ]);
    const [sentA, sentB] = await Promise.all([a.sendDue(), b.sendDue()]);

    const rows = await app
      .em()
      .find(OutgoingMessage, { key: { $like: 'pg:%' } }, { filters: false });
    expect(rows.every((r) => r.status === 'SENT')).toBe(true);
    expect(claimedA.length + claimedB.length + sentA + sentB).toBe(N);
    const ids = smtp.received.map((m) => m.messageId);
    expect(ids).toHaveLength(N);
    expect(new Set(ids)).toEqual(new Set(rows.map((r) => r.messageId)));
  });
});

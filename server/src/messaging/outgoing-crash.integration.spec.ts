import { execFileSync, fork, type ChildProcess } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Tenant } from '../tenants/tenant.entity.js';
import { TestApp } from '../test-support/test-app.js';
import { TestSmtpServer } from '../test-support/test-smtp-server.js';
import { OutgoingMessage } from './outgoing-message.entity.js';
import { OUTGOING_LEASE_MS, OutgoingQueue } from './outgoing-queue.js';

const here = path.dirname(fileURLToPath(import.meta.url));
const serverDir = path.resolve(here, '../..');
const CHILD = path.join(serverDir, 'src/test-support/outgoing-worker-child.mjs');
const N = 30;
const KILL_AT = 12;

/**
 * A worker process is killed (SIGKILL) while the SMTP server holds its 12th message; after a
 * restart every queued message has been received exactly once, counted by Message-ID.
 */
describe('outgoing queue across a crashed worker (SQLite, two processes)', () => {
  let smtp: TestSmtpServer;
  let app: TestApp;
  let child: ChildProcess | null = null;

  beforeAll(async () => {
    // The child runs the compiled server: build it from these sources.
    execFileSync('npx', ['tsc', '-p', 'tsconfig.build.json'], { cwd: serverDir, stdio: 'inherit' });
    smtp = await TestSmtpServer.start();
    app = await TestApp.start({ env: { SMTP_URL: smtp.url, MAIL_DOMAIN: 'linje.test.example' } });
  }, 180_000);
  afterAll(async () => {
    child?.kill('SIGKILL');
    await app.stop();
    await smtp.stop();
  });

  it('sends every message exactly once after a SIGKILL mid-batch', async () => {
    const em = app.em();
    const kav = await em.findOneOrFail(Tenant, { code: 'KAV' }, { filters: false });
    const queue = app.running.app.get(OutgoingQueue);
    await em.transactional((tx) =>
      queue.enqueue(
        tx,
        Array.from({ length: N }, (_, i) => ({
          tenantId: kav.id,
          channel: 'EMAIL' as const,
          to: `crash${i}@example.org`,
          kind: 'ANNOUNCEMENT',
          subject: `Message ${i}`,
          body: 'Body',
          key: `crash:${i}`,
        })),
      ),
    );

    const killed = new Promise<void>((resolve) => {
      smtp.onReceive = (count) => {
        if (count + 1 < KILL_AT) return true;
        // Hold this message unanswered and kill the worker that is sending it.
        if (child && child.exitCode === null && !child.killed) child.kill('SIGKILL');
        resolve();
        return false;
      };
    });
    const config = app.config.database;
    if (config.kind !== 'sqlite') throw new Error('sqlite expected');
    child = fork(CHILD, [], {
      env: {
        ...process.env,
        CHILD_SQLITE_PATH: config.path,
        CHILD_SMTP_URL: smtp.url,
        CHILD_OUTBOX_DIR: app.config.outboxDir,
        CHILD_NOW: app.clock.now().toISOString(),
      },
      stdio: 'inherit',
    });
    const exited = new Promise<NodeJS.Signals | null>((resolve) =>
      child?.on('exit', (_code, signal) => resolve(signal)),
    );
    await killed;
    expect(await exited).toBe('SIGKILL');
    smtp.onReceive = null;

    const rows = () =>
      app.em().find(OutgoingMessage, { key: { $like: 'crash:%' } }, { filters: false });
    const before = await rows();
    const count = (s: string) => before.filter((r) => r.status === s).length;
    // The dead worker left its message SENDING under a lease; the rest wait or are sent.
    expect(count('SENT')).toBe(KILL_AT - 1);
    expect(count('SENDING')).toBeGreaterThanOrEqual(1);
    expect(count('SENT') + count('SENDING') + count('QUEUED')).toBe(N);

    // Restart: this process takes over once the dead worker's lease has run out.
    await queue.sendDue();
    expect((await rows()).filter((r) => r.status === 'SENDING')).toHaveLength(count('SENDING'));
    app.clock.advanceMinutes(OUTGOING_LEASE_MS / 60_000);
    await queue.sendDue();

    const after = await rows();
    expect(after.every((r) => r.status === 'SENT')).toBe(true);
    const ids = smtp.received.map((m) => m.messageId);
    expect(ids).toHaveLength(N);
    expect(new Set(ids).size).toBe(N);
    expect(new Set(ids)).toEqual(new Set(after.map((r) => r.messageId)));
  });
});

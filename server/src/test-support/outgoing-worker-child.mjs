// A second Linje process that sends the outgoing queue once, for the crash test in
// messaging/outgoing-crash.integration.spec.ts (which kills it with SIGKILL mid-batch).
// Runs the compiled server (server/dist), which that test builds first.
import { startApp } from '../../dist/bootstrap.js';
import { ManualClock } from '../../dist/common/clock.js';
import { loadConfig } from '../../dist/config/config.js';
import { OutgoingQueue } from '../../dist/messaging/outgoing-queue.js';

const config = loadConfig({
  PORT: '0',
  HOST: '127.0.0.1',
  SQLITE_PATH: process.env.CHILD_SQLITE_PATH,
  SMTP_URL: process.env.CHILD_SMTP_URL,
  MAIL_DOMAIN: 'linje.test.example',
  DEMO_SEED: 'never',
  LOG_LEVEL: 'silent',
  WEB_DIST: '/nonexistent',
  OUTBOX_DIR: process.env.CHILD_OUTBOX_DIR,
});
const running = await startApp(config, new ManualClock(process.env.CHILD_NOW ?? ''));
process.send?.('started');
const sent = await running.app.get(OutgoingQueue).sendDue();
process.send?.(`sent ${sent}`);
await running.close();

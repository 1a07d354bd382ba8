#!/usr/bin/env node
// Outgoing mail throughput: BENCH_MAILS (default 2000) messages are queued in one
// transaction, then Linje's outgoing worker sends them to an in-process SMTP server
// (smtp-server) on 127.0.0.1. The ceiling is nodemailer sending the same number of messages
// straight to the same server, without Linje, in the same run. Prints messages per second
// and the ratio to the ceiling; never fails on speed.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { fileURLToPath } from 'node:url';
import nodemailer from 'nodemailer';
import { SMTPServer } from 'smtp-server';
import { ensureStartFlags } from './start-flags.mjs';

ensureStartFlags(import.meta.url);
process.env.NODE_ENV ??= 'production';
const here = path.dirname(fileURLToPath(import.meta.url));
const root = path.resolve(here, '..', '..');
const dist = (p) => path.join(root, 'server', 'dist', p);
const { loadConfig } = await import(dist('config/config.js'));
const { startApp } = await import(dist('bootstrap.js'));
const { ManualClock } = await import(dist('common/clock.js'));
const { OutgoingQueue } = await import(dist('messaging/outgoing-queue.js'));
const { Tenant } = await import(dist('tenants/tenant.entity.js'));
const { MikroORM } = await import('@mikro-orm/core');

const N = Number(process.env.BENCH_MAILS ?? 2000);
const BODY = 'Hej Sara,\n\nOmar Saleh har svarat i ärende KAV-2026-000123:\n\nStarta om datorn.\n';

let received = 0;
const server = new SMTPServer({
  authOptional: true,
  disabledCommands: ['STARTTLS'],
  logger: false,
  disableReverseLookup: true,
  onData(stream, _session, callback) {
    stream.on('data', () => undefined);
    stream.on('end', () => {
      received += 1;
      callback(null);
    });
  },
});
await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
const smtpUrl = `smtp://127.0.0.1:${server.server.address().port}`;

// Ceiling: nodemailer alone, the same pooled transport Linje uses, one message at a time.
const direct = nodemailer.createTransport(smtpUrl, { pool: true });
let t0 = performance.now();
for (let i = 0; i < N; i++) {
  await direct.sendMail({
    from: 'Linje <linje@bench.example>',
    to: `r${i}@example.org`,
    subject: `[KAV-2026-000123] Message ${i}`,
    text: BODY,
    headers: { 'Auto-Submitted': 'auto-generated' },
  });
}
const ceilingSeconds = (performance.now() - t0) / 1000;
direct.close();

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'linje-mail-bench-'));
const config = loadConfig({
  PORT: '0',
  HOST: '127.0.0.1',
  SQLITE_PATH: path.join(dir, 'linje.sqlite'),
  SMTP_URL: smtpUrl,
  MAIL_DOMAIN: 'bench.example',
  MAIL_FROM: 'Linje <linje@bench.example>',
  DEMO_SEED: 'auto',
  LOG_LEVEL: 'silent',
  WEB_DIST: path.join(dir, 'no-web'),
  OUTBOX_DIR: path.join(dir, 'outbox'),
});
const running = await startApp(config, new ManualClock('2026-11-23T09:30:00Z'));
try {
  const orm = running.app.get(MikroORM);
  const queue = running.app.get(OutgoingQueue);
  const em = orm.em.fork();
  const kav = await em.findOneOrFail(Tenant, { code: 'KAV' }, { filters: false });
  t0 = performance.now();
  await em.transactional((tx) =>
    queue.enqueue(
      tx,
      Array.from({ length: N }, (_, i) => ({
        tenantId: kav.id,
        channel: 'EMAIL',
        to: `q${i}@example.org`,
        kind: 'TICKET_REPLIED',
        subject: `[KAV-2026-000123] Message ${i}`,
        body: BODY,
        key: `bench:${i}`,
      })),
    ),
  );
  const queueSeconds = (performance.now() - t0) / 1000;
  received = 0;
  t0 = performance.now();
  const sent = await queue.sendDue();
  const sendSeconds = (performance.now() - t0) / 1000;
  if (sent !== N || received !== N)
    throw new Error(`sent ${sent}, received ${received}, expected ${N}`);

  const linjeRate = N / sendSeconds;
  const ceilingRate = N / ceilingSeconds;
  console.log(`outgoing mail, ${N} messages to a local SMTP server (SQLite):`);
  console.log(`  queueing (one transaction):     ${(N / queueSeconds).toFixed(0)} messages/s`);
  console.log(`  Linje worker (claim, send, mark): ${linjeRate.toFixed(0)} messages/s`);
  console.log(`  ceiling (nodemailer directly):   ${ceilingRate.toFixed(0)} messages/s`);
  console.log(`  ratio Linje / ceiling:           ${(linjeRate / ceilingRate).toFixed(2)}`);
} finally {
  await running.close();
  await new Promise((resolve) => server.close(resolve));
  fs.rmSync(dir, { recursive: true, force: true });
}

#!/usr/bin/env node
// Incoming mail → tickets per second through the built-in SMTP receiver (MAIL_IN_PORT),
// on a fresh SQLite database with the demo data. BENCH_MAIL_IN (default 2,000) mails from a
// known person, each with its own Message-ID, sent with BENCH_CONCURRENCY (default 16)
// SMTP connections by nodemailer; then the same mails again (every one a duplicate).
// Every figure is shown as a ratio to this machine's ceiling measured in the same run: a
// bare smtp-server that reads each message and discards it, fed by the same client.
// Never fails on speed.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { fileURLToPath } from 'node:url';
import { ensureStartFlags } from './start-flags.mjs';

ensureStartFlags(import.meta.url);
process.env.NODE_ENV ??= 'production';
const here = path.dirname(fileURLToPath(import.meta.url));
const root = path.resolve(here, '..', '..');
const dist = (p) => path.join(root, 'server', 'dist', p);
const { loadConfig } = await import(dist('config/config.js'));
const { startApp } = await import(dist('bootstrap.js'));
const { SystemClock } = await import(dist('common/clock.js'));
const { SmtpReceiver } = await import(dist('mail-in/smtp-receiver.js'));
const { MikroORM } = await import('@mikro-orm/core');
const { default: nodemailer } = await import('nodemailer');
const { SMTPServer } = await import('smtp-server');

const MAILS = Number(process.env.BENCH_MAIL_IN ?? 2000);
const CONCURRENCY = Number(process.env.BENCH_CONCURRENCY ?? 16);
const FROM = 'sara.johansson@kavlinge.example';
const TO = 'it@kavlinge.example';

function message(i, run) {
  return {
    from: FROM,
    to: TO,
    messageId: `<bench-${run}-${i}@client.example>`,
    subject: `Skrivaren på plan ${i % 7} skriver inte ut (${i})`,
    text: [
      'Hej!',
      '',
      `Skrivaren blinkar orange sedan i morse, fel ${i}. Jag har startat om den utan att det hjälpte.`,
      '',
      'Mvh Sara',
      '',
      'Den 7 dec. 2026 kl. 09:00 skrev IT-supporten <it@kavlinge.example>:',
      '> Tack för ditt meddelande.',
    ].join('\n'),
  };
}

/** Sends MAILS messages to port with CONCURRENCY pooled connections; mails per second. */
async function send(port, run) {
  const transport = nodemailer.createTransport({
    host: '127.0.0.1',
    port,
    secure: false,
    ignoreTLS: true,
    pool: true,
    maxConnections: CONCURRENCY,
    maxMessages: Infinity,
  });
  let next = 0;
  const t0 = performance.now();
  await Promise.all(
    Array.from({ length: CONCURRENCY }, async () => {
      while (next < MAILS) {
        const i = next++;
        await transport.sendMail(message(i, run));
      }
    }),
  );
  const seconds = (performance.now() - t0) / 1000;
  transport.close();
  return MAILS / seconds;
}

async function ceiling() {
  const server = new SMTPServer({
    disabledCommands: ['AUTH', 'STARTTLS'],
    authOptional: true,
    logger: false,
    onData(stream, _session, callback) {
      const chunks = [];
      stream.on('data', (c) => chunks.push(c));
      stream.on('end', () => {
        Buffer.concat(chunks);
        callback(null);
      });
    },
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.server.address();
  await send(port, 'warm-ceiling');
  const rate = await send(port, 'ceiling');
  await new Promise((resolve) => server.close(resolve));
  return rate;
}

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'linje-bench-mail-in-'));
const config = loadConfig({
  PORT: '0',
  HOST: '127.0.0.1',
  SQLITE_PATH: path.join(dir, 'bench.sqlite'),
  DEMO_SEED: 'auto',
  LOG_LEVEL: 'silent',
  WEB_DIST: path.join(dir, 'no-web'),
  OUTBOX_DIR: path.join(dir, 'outbox'),
  MAIL_IN_PORT: '0',
  MAIL_IN_HOST: '127.0.0.1',
});
const running = await startApp(config, new SystemClock());
try {
  const { port } = running.app.get(SmtpReceiver).listening();
  const em = running.app.get(MikroORM).em.fork();
  const countRows = async (sql) => Number((await em.getConnection().execute(sql))[0].n);

  const ceilingRate = await ceiling();
  const before = await countRows('select count(*) as n from ticket');
  const linjeRate = await send(port, 'linje');
  const filed = (await countRows('select count(*) as n from ticket')) - before;
  const duplicateRate = await send(port, 'linje');
  const afterDuplicates = (await countRows('select count(*) as n from ticket')) - before;
  const duplicates = await countRows(
    "select coalesce(sum(duplicates), 0) as n from inbound_mail where message_id like 'bench-linje-%'",
  );

  const row = (label, rate) =>
    process.stdout.write(
      `${label.padEnd(52)} ${rate.toFixed(1).padStart(8)} mails/s  ratio to ceiling ${(rate / ceilingRate).toFixed(3)}\n`,
    );
  process.stdout.write(
    `${MAILS} mails, ${CONCURRENCY} SMTP connections, SQLite, in one process with the client\n`,
  );
  row('ceiling: smtp-server reading and discarding', ceilingRate);
  row('Linje: new mail → ticket (SMTP receiver)', linjeRate);
  row('Linje: the same mail again (duplicate, logged)', duplicateRate);
  process.stdout.write(
    `tickets filed: ${filed} of ${MAILS}; after the second delivery: ${afterDuplicates}; duplicates counted: ${duplicates}\n`,
  );
  if (filed !== MAILS || afterDuplicates !== MAILS || duplicates !== MAILS) {
    process.stdout.write('UNEXPECTED: every mail should file exactly one ticket\n');
    process.exitCode = 1;
  }
} finally {
  await running.close();
  fs.rmSync(dir, { recursive: true, force: true });
}

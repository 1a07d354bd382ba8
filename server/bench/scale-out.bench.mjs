#!/usr/bin/env node
// SQLite beside PostgreSQL: ticket filings per second and the queue's p95, each against a
// fresh database (the demo data) that the filings themselves fill with BENCH_SCALE_TICKETS
// tickets (default 20,000). Runs:
//   - SQLite, one process, synchronous=FULL (the default) and NORMAL (the trade-off);
//   - PostgreSQL (embedded, fsync on), two processes on one database, filings split
//     between them.
// Every figure is also shown as a ratio to this machine's ceiling measured in the same run:
// a bare Node HTTP server answering the same load generator. Never fails on speed.
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import http from 'node:http';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { startFlags } from './start-flags.mjs';

const here = path.dirname(fileURLToPath(import.meta.url));
const root = path.resolve(here, '..', '..');
const { startEmbeddedPostgres } = await import(
  path.join(root, 'server', 'dist', 'database', 'embedded-postgres.js')
);

const TICKETS = Number(process.env.BENCH_SCALE_TICKETS ?? 20_000);
const CONCURRENCY = Number(process.env.BENCH_CONCURRENCY ?? 16);
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 300);
const STAFF = 'JOSA9804';
const AGENT = 'SAOR9112';
const PASSWORD = 'Linje-demo-2026';
const OPEN = ['NEW', 'IN_PROGRESS', 'WAITING_FOR_CALLER', 'WAITING_FOR_SUPPLIER'];
const QUEUE = `query($statuses: [TicketStatus!]) {
  queue(first: 50, statuses: $statuses, sort: SLA_DUE) {
    nodes { id number title status priority createdAt slaDueAt version tenant { id code } caller { id displayName } group { id name } operator { id displayName } }
    pageInfo { endCursor hasNextPage }
  }
}`;

function freePort() {
  return new Promise((resolve, reject) => {
    const s = net.createServer();
    s.once('error', reject);
    s.listen(0, '127.0.0.1', () => {
      const { port } = s.address();
      s.close(() => resolve(port));
    });
  });
}

function runChild(args) {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, args, { stdio: ['ignore', 'pipe', 'inherit'] });
    let out = '';
    child.stdout.on('data', (chunk) => (out += chunk));
    child.on('error', reject);
    child.on('exit', (code) =>
      code === 0 ? resolve(JSON.parse(out)) : reject(new Error(`${args[0]} exited with ${code}`)),
    );
  });
}

/** A server process as `npm start` runs it. */
async function startServer(env) {
  const port = await freePort();
  const child = spawn(
    process.execPath,
    [...startFlags(), path.join(root, 'server', 'dist', 'main.js')],
    {
      env: {
        ...process.env,
        NODE_ENV: 'production',
        HOST: '127.0.0.1',
        PORT: String(port),
        LOG_LEVEL: 'warn',
        ...env,
      },
      stdio: ['ignore', 'pipe', 'inherit'],
    },
  );
  await new Promise((resolve, reject) => {
    let out = '';
    child.once('exit', (code) => reject(new Error(`server exited with ${code}`)));
    child.stdout.on('data', (chunk) => {
      out += chunk;
      if (out.includes('Linje is running on')) resolve();
    });
  });
  return {
    url: `http://127.0.0.1:${port}/graphql`,
    stop: () =>
      new Promise((resolve) => {
        child.removeAllListeners('exit');
        child.once('exit', resolve);
        child.kill('SIGTERM');
      }),
  };
}

async function signIn(url, identifier) {
  const res = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({
      query: 'mutation($i: String!, $p: String!) { signIn(identifier: $i, password: $p) { id } }',
      variables: { i: identifier, p: PASSWORD },
    }),
  });
  const cookie = res.headers.get('set-cookie')?.split(';')[0];
  if (!cookie) throw new Error(`sign-in of ${identifier} failed`);
  return cookie;
}

/** Files TICKETS tickets split over the servers at once; creates per second over the whole. */
async function file(servers) {
  const cookies = await Promise.all(servers.map((s) => signIn(s.url, STAFF)));
  const share = Math.floor(TICKETS / servers.length);
  const t0 = performance.now();
  const runs = await Promise.all(
    servers.map((s, i) =>
      runChild([
        path.join(here, 'create-load.mjs'),
        s.url,
        cookies[i],
        String(share),
        String(Math.max(1, Math.round(CONCURRENCY / servers.length))),
        'create',
      ]),
    ),
  );
  const seconds = (performance.now() - t0) / 1000;
  return (share * servers.length) / Math.max(seconds, ...runs.map((r) => r.seconds));
}

async function queueTimes(server, dir) {
  const cookie = await signIn(server.url, AGENT);
  const job = path.join(dir, 'queue-job.json');
  fs.writeFileSync(
    job,
    JSON.stringify({
      url: server.url,
      cookie,
      rounds: ROUNDS,
      requests: [{ query: QUEUE, variables: { statuses: OPEN } }],
    }),
  );
  return runChild([path.join(here, 'timed-requests.mjs'), job]);
}

async function ceiling() {
  const bare = http.createServer((req, res) => {
    req.resume();
    req.on('end', () => {
      res.setHeader('content-type', 'application/json');
      res.end('{"data":{"__typename":"Query"}}');
    });
  });
  await new Promise((resolve) => bare.listen(0, '127.0.0.1', resolve));
  try {
    const load = await runChild([
      path.join(here, 'create-load.mjs'),
      `http://127.0.0.1:${bare.address().port}/graphql`,
      'x=y',
      '3000',
      String(CONCURRENCY),
      'empty',
    ]);
    return load.created / load.seconds;
  } finally {
    bare.close();
  }
}

async function sqliteRun(synchronous) {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'linje-scale-'));
  const server = await startServer({
    SQLITE_PATH: path.join(dir, 'linje.sqlite'),
    SQLITE_SYNCHRONOUS: synchronous,
    WEB_DIST: path.join(dir, 'no-web'),
    OUTBOX_DIR: path.join(dir, 'outbox'),
  });
  try {
    const perSecond = await file([server]);
    const queue = await queueTimes(server, dir);
    return { perSecond, queue };
  } finally {
    await server.stop();
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

async function postgresRun(processes) {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'linje-scale-'));
  const pg = await startEmbeddedPostgres({ fsync: true });
  const env = {
    DATABASE_URL: pg.url,
    WEB_DIST: path.join(dir, 'no-web'),
    OUTBOX_DIR: path.join(dir, 'outbox'),
    FILES_DIR: path.join(dir, 'files'),
  };
  const servers = [];
  try {
    // The first migrates and seeds; the others start on the ready database.
    servers.push(await startServer(env));
    for (let i = 1; i < processes; i++) servers.push(await startServer(env));
    const perSecond = await file(servers);
    const queue = await queueTimes(servers[0], dir);
    return { perSecond, queue };
  } finally {
    await Promise.all(servers.map((s) => s.stop()));
    await pg.stop();
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

process.stdout.write(
  `${TICKETS} tickets filed per run (BENCH_SCALE_TICKETS), concurrency ${CONCURRENCY}, ${os.cpus().length} cores, ` +
    `node flags as npm start: ${startFlags().join(' ') || '(none)'}\n`,
);
const bare = await ceiling();
process.stdout.write(
  `bare Node HTTP server, same load generator: ${bare.toFixed(0)} /s (this machine's ceiling)\n\n`,
);
const runs = [
  ['SQLite, 1 process, synchronous=FULL', () => sqliteRun('FULL')],
  ['SQLite, 1 process, synchronous=NORMAL', () => sqliteRun('NORMAL')],
  ['PostgreSQL, 2 processes', () => postgresRun(2)],
];
process.stdout.write(
  `${'database'.padEnd(40)} ${'creates/s'.padStart(10)} ${'of ceiling'.padStart(11)} ${'queue p50'.padStart(10)} ${'queue p95'.padStart(10)}\n`,
);
for (const [label, run] of runs) {
  const r = await run();
  process.stdout.write(
    `${label.padEnd(40)} ${r.perSecond.toFixed(0).padStart(10)} ${(r.perSecond / bare).toFixed(3).padStart(11)} ` +
      `${`${r.queue.p50.toFixed(2)} ms`.padStart(10)} ${`${r.queue.p95.toFixed(2)} ms`.padStart(10)}\n`,
  );
}

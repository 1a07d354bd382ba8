#!/usr/bin/env node
// Times GraphQL requests over HTTP one after another, from its own process: real clients
// are elsewhere, and a client sharing the server's event loop (its HTTP client, its JSON
// parsing of a 50-row page) would be measured as server time.
// Usage: timed-requests.mjs <job.json>, where the job is
//   { "url": ..., "cookie": ..., "rounds": n, "warmup": n, "requests": [{ "query", "variables" }] }
// and the requests are sent in turn, round after round. Prints one JSON line: { "p50", "p95" } in ms.
import fs from 'node:fs';
import { performance } from 'node:perf_hooks';
import { graphqlClient } from './graphql-client.mjs';

const job = JSON.parse(fs.readFileSync(process.argv[2] ?? '', 'utf8'));
const { url, cookie, rounds, warmup = 20, requests } = job;
if (!url || !(rounds > 0) || !Array.isArray(requests) || requests.length === 0) {
  process.stderr.write('usage: timed-requests.mjs <job.json> (see the header)\n');
  process.exit(2);
}
const bodies = requests.map((r) => JSON.stringify(r));

const client = graphqlClient(url, cookie);
const send = (i) => client.post(bodies[i % bodies.length]);

for (let i = 0; i < warmup; i++) await send(i);
const samples = [];
for (let i = 0; i < rounds; i++) {
  const t0 = performance.now();
  await send(i);
  samples.push(performance.now() - t0);
}
client.close();
samples.sort((a, b) => a - b);
const at = (p) => samples[Math.min(samples.length - 1, Math.floor((p / 100) * samples.length))];
process.stdout.write(`${JSON.stringify({ p50: at(50), p95: at(95) })}\n`);

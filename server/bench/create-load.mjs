#!/usr/bin/env node
// Files tickets over GraphQL as fast as CONCURRENCY clients can, from its own process:
// real clients are elsewhere, and a load generator sharing the server's event loop would
// be measured as server time.
// Usage: create-load.mjs <graphql url> <cookie> <count> <concurrency> [create|empty]
// `empty` sends `{ __typename }` with the same session instead: what any request costs the
// server (HTTP, session, GraphQL) and so the most requests per second it can answer here.
// Prints one JSON line: { "created": n, "seconds": s }.
import { performance } from 'node:perf_hooks';
import { graphqlClient } from './graphql-client.mjs';

const [url, cookie, countArg, concurrencyArg, operation = 'create'] = process.argv.slice(2);
const count = Number(countArg);
const concurrency = Number(concurrencyArg);
if (
  !url ||
  !cookie ||
  !(count > 0) ||
  !(concurrency > 0) ||
  !['create', 'empty'].includes(operation)
) {
  process.stderr.write(
    'usage: create-load.mjs <graphql url> <cookie> <count> <concurrency> [create|empty]\n',
  );
  process.exit(2);
}

const CREATE = 'mutation($input: CreateTicketInput!) { createTicket(input: $input) { id number } }';

const client = graphqlClient(url, cookie, concurrency);
function file(i) {
  return client.post(
    operation === 'empty'
      ? '{"query":"{ __typename }"}'
      : JSON.stringify({
          query: CREATE,
          variables: {
            input: {
              title: `Bench ticket ${i}`,
              description: 'Skrivaren på plan 2 fastnar.',
              impact: 'GROUP',
              urgency: 'MEDIUM',
            },
          },
        }),
  );
}

let next = 0;
const t0 = performance.now();
await Promise.all(
  Array.from({ length: concurrency }, async () => {
    for (let i = next++; i < count; i = next++) await file(i);
  }),
);
const seconds = (performance.now() - t0) / 1000;
client.close();
process.stdout.write(`${JSON.stringify({ created: count, seconds })}\n`);

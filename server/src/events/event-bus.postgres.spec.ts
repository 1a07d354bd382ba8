import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  startEmbeddedPostgres,
  type EmbeddedPostgresHandle,
} from '../database/embedded-postgres.js';
import { TestApp } from '../test-support/test-app.js';

/** Two server processes' worth of Linje on one PostgreSQL, as behind a load balancer. */
describe('scale-out on PostgreSQL', () => {
  let pg: EmbeddedPostgresHandle;
  let nodeA: TestApp;
  let nodeB: TestApp;

  beforeAll(async () => {
    pg = await startEmbeddedPostgres();
    nodeA = await TestApp.start({ database: 'postgresql', databaseUrl: pg.url });
    nodeB = await TestApp.start({ database: 'postgresql', databaseUrl: pg.url });
  });
  afterAll(async () => {
    await nodeA?.stop();
    await nodeB?.stop();
    await pg?.stop();
  });

  it('shares sessions: a cookie from node A works on node B', async () => {
    const cookie = await nodeA.signIn('JOSA9804');
    const res = await nodeB.gql<{ viewer: { person: { displayName: string } } }>(
      '{ viewer { person { displayName } } }',
      {},
      cookie,
    );
    expect(res.data?.viewer.person.displayName).toBe('Sara Johansson');
  });

  it('delivers a ticket filed on node A to an agent subscribed on node B, once', async () => {
    const agent = await nodeA.signIn('SAOR9112');
    const staff = await nodeA.signIn('JOSA9804');
    const ws = nodeB.wsClient(agent);
    const seen: string[] = [];
    const stop = ws.subscribe<{ queueEvents: { ticket: { title: string } } }>(
      { query: 'subscription { queueEvents { ticket { title } } }' },
      {
        next: (v) => {
          if (v.data) seen.push(v.data.queueEvents.ticket.title);
        },
        error: () => undefined,
        complete: () => undefined,
      },
    );
    await new Promise((r) => setTimeout(r, 300));
    const created = await nodeA.gql(
      'mutation { createTicket(input: { title: "Filed on node A" }) { number } }',
      {},
      staff,
    );
    expect(created.errors).toBeUndefined();
    await expect.poll(() => seen, { timeout: 5000 }).toEqual(['Filed on node A']);
    // Give a duplicate delivery the chance to show up before checking it did not.
    await new Promise((r) => setTimeout(r, 300));
    expect(seen).toEqual(['Filed on node A']);
    stop();
    await ws.dispose();
  });

  it('numbers tickets without gaps or duplicates when both nodes file at once', async () => {
    const a = await nodeA.signIn('JOSA9804');
    const b = await nodeB.signIn('HAAI9502');
    const kav = await nodeB.signIn('AHLS8022');
    const file = (app: TestApp, cookie: string, i: number) =>
      app.gql<{ createTicket: { number: string } }>(
        'mutation($t: String!) { createTicket(input: { title: $t }) { number } }',
        { t: `Concurrent ${i}` },
        cookie,
      );
    const results = await Promise.all(
      Array.from({ length: 20 }, (_, i) =>
        i % 3 === 0 ? file(nodeA, a, i) : i % 3 === 1 ? file(nodeB, kav, i) : file(nodeB, b, i),
      ),
    );
    const numbers = results.map((r) => {
      expect(r.errors).toBeUndefined();
      return r.data!.createTicket.number;
    });
    expect(new Set(numbers).size).toBe(numbers.length);
  });
});

import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { TestApp } from '../test-support/test-app.js';
import { routeFamily } from './metrics.service.js';

const TOKEN = 'scrape-token-0123456789';

async function scrape(app: TestApp, authorization?: string): Promise<Response> {
  return fetch(`${app.url}/metrics`, {
    headers: authorization ? { authorization } : {},
  });
}

describe('/metrics with METRICS_TOKEN', () => {
  let app: TestApp;
  beforeAll(async () => {
    app = await TestApp.start({ env: { METRICS_TOKEN: TOKEN } });
  });
  afterAll(() => app.stop());

  it('refuses a scrape without the token or with a wrong one', async () => {
    const none = await scrape(app);
    expect(none.status).toBe(401);
    expect(none.headers.get('www-authenticate')).toBe('Bearer');
    expect((await scrape(app, 'Bearer scrape-token-0123456780')).status).toBe(401);
    expect((await scrape(app, `Basic ${TOKEN}`)).status).toBe(401);
    expect(await (await scrape(app, 'Bearer short')).text()).not.toContain('linje_');
  });

  it('answers a scrape with latency, queue, job lag and process figures', async () => {
    const cookie = await app.signIn('SAOR9112');
    await app.gql('query Limit { attachmentMaxBytes }', {}, cookie);
    const res = await scrape(app, `Bearer ${TOKEN}`);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toContain('text/plain');
    const text = await res.text();
    expect(text).toMatch(
      /linje_http_request_duration_seconds_count\{method="POST",route="\/graphql",status="2xx"\} \d+/,
    );
    expect(text).toMatch(
      /linje_graphql_operation_duration_seconds_count\{operation="Limit",status="2xx"\} 1\b/,
    );
    expect(text).toMatch(/linje_open_tickets\{tenant="[^"]+"\} \d+/);
    expect(text).toMatch(/^linje_jobs_due \d+$/m);
    expect(text).toMatch(/^linje_job_lag_seconds [\d.e+-]+$/m);
    expect(text).toContain('linje_process_resident_memory_bytes');
  });

  it('reports the job lag of the oldest due job', async () => {
    const cookie = await app.signIn('SAOR9112');
    const created = await app.gql(
      'mutation($i: CreateTicketInput!) { createTicket(input: $i) { id } }',
      { i: { title: 'Skrivaren fastnar', urgency: 'HIGH', impact: 'GROUP' } },
      cookie,
    );
    expect(created.errors).toBeUndefined();
    app.clock.advanceMinutes(60 * 24 * 400);
    const text = await (await scrape(app, `Bearer ${TOKEN}`)).text();
    const lag = Number(/^linje_job_lag_seconds (\S+)$/m.exec(text)?.[1]);
    const jobs = Number(/^linje_jobs_due (\S+)$/m.exec(text)?.[1]);
    expect(jobs).toBeGreaterThan(0);
    // The oldest timer was due at most 400 days ago and is at least some days late.
    expect(lag).toBeGreaterThan(24 * 3600);
    expect(lag).toBeLessThanOrEqual(400 * 24 * 3600);
  });
});

describe('/metrics without METRICS_TOKEN', () => {
  let app: TestApp;
  beforeAll(async () => {
    app = await TestApp.start({ demo: false });
  });
  afterAll(() => app.stop());

  it('does not exist', async () => {
    const res = await scrape(app, `Bearer ${TOKEN}`);
    expect(res.status).toBe(404);
    expect(await res.text()).not.toContain('linje_');
  });
});

describe('routeFamily', () => {
  it('keeps ids out of the labels', () => {
    expect(routeFamily('/api/attachments/0b6c1c1e-9f3c?x=1')).toBe('/api/attachments');
    expect(routeFamily('/api/whatever/1')).toBe('/api/other');
    expect(routeFamily('/tickets/123')).toBe('web');
    expect(routeFamily('/graphql')).toBe('/graphql');
  });
});

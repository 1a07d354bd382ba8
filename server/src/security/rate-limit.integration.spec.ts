import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_PASSWORD } from '../demo/demo-seed.js';
import { TestApp } from '../test-support/test-app.js';

const SIGN_IN =
  'mutation($i: String!, $p: String!) { signIn(identifier: $i, password: $p) { id } }';
const RESET = 'mutation($i: String!) { requestPasswordReset(identifier: $i, channel: EMAIL) }';
const MARK = 'mutation($id: ID!) { markNotificationRead(id: $id) { id } }';
const VIEWER = '{ viewer { id } }';

function advance(app: TestApp, ms: number): void {
  app.clock.set(new Date(app.clock.now().getTime() + ms));
}

async function post(
  app: TestApp,
  query: string,
  variables: Record<string, unknown>,
  cookie?: string,
): Promise<{ code: string | undefined; message: string | undefined; retryAfter: string | null }> {
  const res = await fetch(`${app.url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(cookie ? { cookie } : {}) },
    body: JSON.stringify({ query, variables }),
  });
  const body = (await res.json()) as {
    errors?: { message: string; extensions?: { code?: string } }[];
  };
  return {
    code: body.errors?.[0]?.extensions?.code,
    message: body.errors?.[0]?.message,
    retryAfter: res.headers.get('retry-after'),
  };
}

describe.each(['sqlite', 'postgresql'] as const)('rate limits on %s', (database) => {
  let app: TestApp;
  let second: TestApp | null = null;
  beforeAll(async () => {
    app = await TestApp.start({
      database,
      env: { RATE_LIMIT_AUTH: '3', RATE_LIMIT_MUTATIONS: '5', RATE_LIMIT_WINDOW_SECONDS: '60' },
    });
  }, 120_000);
  afterAll(async () => {
    await second?.stop();
    await app.stop();
  });

  it('limits sign-in per address, with TOO_MANY_REQUESTS, a human message and Retry-After', async () => {
    for (let i = 0; i < 3; i += 1) {
      expect((await post(app, SIGN_IN, { i: 'nobody-here', p: 'wrong' })).code).toBe(
        'UNAUTHENTICATED',
      );
    }
    // Even the right password waits now: the limit counts attempts, not failures.
    const blocked = await post(app, SIGN_IN, { i: 'NOEA7515', p: DEMO_PASSWORD });
    expect(blocked.code).toBe('TOO_MANY_REQUESTS');
    expect(blocked.message).toBe('Too many requests. Wait 60 seconds and try again.');
    expect(blocked.retryAfter).toBe('60');
    // Password reset shares the sign-in bucket of the address.
    expect((await post(app, RESET, { i: 'NOEA7515' })).code).toBe('TOO_MANY_REQUESTS');

    advance(app, 30_000);
    const later = await post(app, SIGN_IN, { i: 'NOEA7515', p: DEMO_PASSWORD });
    expect(later).toMatchObject({ code: 'TOO_MANY_REQUESTS', retryAfter: '30' });

    advance(app, 31_000);
    expect((await post(app, SIGN_IN, { i: 'NOEA7515', p: DEMO_PASSWORD })).code).toBeUndefined();
  });

  it('limits mutations per signed-in person, not queries', async () => {
    advance(app, 120_000);
    const cookie = await app.signIn('NOEA7515');
    advance(app, 120_000);
    const codes: (string | undefined)[] = [];
    for (let i = 0; i < 6; i += 1)
      codes.push((await post(app, MARK, { id: randomUUID() }, cookie)).code);
    expect(codes.slice(0, 5).every((c) => c === 'NOT_FOUND')).toBe(true);
    expect(codes[5]).toBe('TOO_MANY_REQUESTS');
    for (let i = 0; i < 10; i += 1) {
      const res = await app.gql<{ viewer: { id: string } | null }>(VIEWER, {}, cookie);
      expect(res.errors).toBeUndefined();
      expect(res.data?.viewer?.id).toBeTruthy();
    }
    advance(app, 61_000);
    expect((await post(app, MARK, { id: randomUUID() }, cookie)).code).toBe('NOT_FOUND');
  });

  if (database === 'postgresql') {
    it('counts one budget across server processes sharing the database', async () => {
      const config = app.config.database;
      if (config.kind !== 'postgresql') throw new Error('expected PostgreSQL');
      second = await TestApp.start({
        databaseUrl: config.url,
        env: {
          RATE_LIMIT_AUTH: '3',
          RATE_LIMIT_MUTATIONS: '1000',
          RATE_LIMIT_WINDOW_SECONDS: '60',
        },
      });
      // Both clocks well past the earlier tests' windows, at the same instant.
      const target = app.clock.now().getTime() + 600_000;
      app.clock.set(new Date(target));
      second.clock.set(new Date(target));
      expect((await post(app, SIGN_IN, { i: 'x', p: 'wrong' })).code).toBe('UNAUTHENTICATED');
      expect((await post(second, SIGN_IN, { i: 'x', p: 'wrong' })).code).toBe('UNAUTHENTICATED');
      expect((await post(app, SIGN_IN, { i: 'x', p: 'wrong' })).code).toBe('UNAUTHENTICATED');
      expect((await post(second, SIGN_IN, { i: 'x', p: 'wrong' })).code).toBe('TOO_MANY_REQUESTS');
      expect((await post(app, SIGN_IN, { i: 'x', p: 'wrong' })).code).toBe('TOO_MANY_REQUESTS');
    }, 120_000);
  }
});

import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startApp, type RunningApp } from '../bootstrap.js';
import { ManualClock } from './clock.js';
import { loadConfig } from '../config/config.js';

describe('the access log at LOG_LEVEL=info', () => {
  let dir: string;
  let running: RunningApp;
  const lines: Record<string, unknown>[] = [];

  beforeAll(async () => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'linje-log-'));
    const config = loadConfig({
      PORT: '0',
      HOST: '127.0.0.1',
      SQLITE_PATH: path.join(dir, 'db.sqlite'),
      DEMO_SEED: 'never',
      LOG_LEVEL: 'info',
      WEB_DIST: path.join(dir, 'no-web'),
    });
    const logStream = {
      write: (chunk: string) => {
        for (const line of chunk.split('\n').filter(Boolean)) {
          lines.push(JSON.parse(line) as Record<string, unknown>);
        }
      },
    };
    running = await startApp(config, new ManualClock('2026-11-02T10:00:00Z'), { logStream });
  }, 60_000);
  afterAll(async () => {
    await running?.close();
    fs.rmSync(dir, { recursive: true, force: true });
  });

  const completed = () => lines.filter((l) => l.msg === 'request completed');
  const failed = () => lines.filter((l) => l.msg === 'request errored');

  it('writes one short line per request: method, path, status, time and request id', async () => {
    const before = completed().length;
    const res = await fetch(`${running.url}/graphql?token=s3cret-in-query`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', cookie: 'linje_session=s3cret-cookie' },
      body: JSON.stringify({ query: '{ __typename }' }),
    });
    expect(res.status).toBe(200);
    await new Promise((resolve) => setImmediate(resolve));
    const mine = completed().slice(before);
    expect(mine).toHaveLength(1);
    const line = mine[0] ?? {};
    expect(line).toMatchObject({ method: 'POST', path: '/graphql', statusCode: 200, level: 30 });
    expect(typeof line.responseTime).toBe('number');
    expect(line.reqId).toBeDefined();
    // Neither the request's headers nor its query string reach the log.
    const text = JSON.stringify(lines);
    expect(text).not.toContain('s3cret');
    expect(line).not.toHaveProperty('req');
    expect(line).not.toHaveProperty('res');
  });

  it('logs a request for an unknown path with its status, and probes not at all', async () => {
    const before = lines.length;
    expect((await fetch(`${running.url}/healthz`)).status).toBe(200);
    await new Promise((resolve) => setImmediate(resolve));
    expect(lines.slice(before).filter((l) => l.path === '/healthz')).toEqual([]);

    const res = await fetch(`${running.url}/api/no-such-endpoint`);
    expect(res.status).toBe(404);
    await new Promise((resolve) => setImmediate(resolve));
    const line = completed().find((l) => l.path === '/api/no-such-endpoint');
    expect(line).toMatchObject({ method: 'GET', statusCode: 404 });
    expect(failed()).toEqual([]);
  });
});

import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ConfigError, loadConfig } from './config.js';

describe('loadConfig', () => {
  it('has the portal address and a real clock by default, and validates both', () => {
    const config = loadConfig({});
    expect(config.publicUrl).toBe('http://localhost:4000');
    expect(config.clockStart).toBeNull();
    const set = loadConfig({
      PUBLIC_URL: 'https://linje.example.org/',
      LINJE_CLOCK_START: '2026-12-12T18:40:00Z',
    });
    expect(set.publicUrl).toBe('https://linje.example.org');
    expect(set.clockStart?.toISOString()).toBe('2026-12-12T18:40:00.000Z');
    expect(() => loadConfig({ PUBLIC_URL: 'ftp://x', LINJE_CLOCK_START: 'saturday' })).toThrow(
      /PUBLIC_URL="ftp:\/\/x": must be an http\(s\) URL[\s\S]*LINJE_CLOCK_START="saturday"/,
    );
  });

  it('defaults to the embedded SQLite database on port 4000', () => {
    const config = loadConfig({});
    expect(config.port).toBe(4000);
    expect(config.database.kind).toBe('sqlite');
    expect(config.database.kind === 'sqlite' && path.basename(config.database.path)).toBe(
      'linje.sqlite',
    );
    expect(config.demoSeed).toBe('auto');
  });

  it('uses PostgreSQL when DATABASE_URL is set', () => {
    const config = loadConfig({ DATABASE_URL: 'postgresql://u:p@127.0.0.1:5432/linje' });
    expect(config.database).toEqual({
      kind: 'postgresql',
      url: 'postgresql://u:p@127.0.0.1:5432/linje',
    });
  });

  it('treats empty variables as unset', () => {
    expect(loadConfig({ PORT: '' }).port).toBe(4000);
  });

  it.each([
    ['PORT', 'abc', /PORT="abc": must be a number/],
    ['PORT', '70000', /PORT="70000": must be between 0 and 65535/],
    ['PORT', '4000.5', /PORT="4000.5": must be a whole number/],
    ['DATABASE_URL', 'mysql://x', /DATABASE_URL="mysql:\/\/x": must be a postgres/],
    ['LOG_LEVEL', 'loud', /LOG_LEVEL="loud": must be one of/],
    ['DEMO_SEED', 'yes', /DEMO_SEED="yes": must be "auto" or "never"/],
    ['SESSION_TTL_HOURS', '0', /SESSION_TTL_HOURS="0": must be at least 1/],
    ['COOKIE_SECURE', 'maybe', /COOKIE_SECURE="maybe": must be "true" or "false"/],
  ])('rejects %s=%s with a clear message', (key, value, message) => {
    expect(() => loadConfig({ [key]: value })).toThrow(ConfigError);
    expect(() => loadConfig({ [key]: value })).toThrow(message);
  });

  it('reports every problem at once', () => {
    try {
      loadConfig({ PORT: 'abc', LOG_LEVEL: 'loud' });
      expect.unreachable();
    } catch (err) {
      expect((err as ConfigError).problems).toHaveLength(2);
    }
  });
});

describe('mail domain', () => {
  it('comes from MAIL_FROM unless MAIL_DOMAIN is set, and is validated', () => {
    expect(loadConfig({}).mail.domain).toBe('localhost');
    expect(loadConfig({ MAIL_FROM: 'IT <it@kavlinge.example>' }).mail.domain).toBe(
      'kavlinge.example',
    );
    expect(loadConfig({ MAIL_DOMAIN: 'linje.example.org' }).mail.domain).toBe('linje.example.org');
    expect(() => loadConfig({ MAIL_DOMAIN: 'a b' })).toThrow(/MAIL_DOMAIN/);
  });

  it('reads the operations settings: SQLite synchronous, metrics token, job lease and poll', () => {
    const d = loadConfig({});
    expect(d.database.kind === 'sqlite' && d.database.synchronous).toBe('FULL');
    expect(d.metricsToken).toBeNull();
    expect(d.jobs).toEqual({ leaseMs: 300_000, pollMs: 5_000 });
    const c = loadConfig({
      SQLITE_SYNCHRONOUS: 'NORMAL',
      METRICS_TOKEN: 'a-long-enough-token',
      JOB_LEASE_SECONDS: '2',
      JOB_POLL_SECONDS: '0.2',
    });
    expect(c.database.kind === 'sqlite' && c.database.synchronous).toBe('NORMAL');
    expect(c.metricsToken).toBe('a-long-enough-token');
    expect(c.jobs).toEqual({ leaseMs: 2_000, pollMs: 200 });
    expect(() => loadConfig({ SQLITE_SYNCHRONOUS: 'OFF' })).toThrow(/SQLITE_SYNCHRONOUS="OFF"/);
    expect(() => loadConfig({ METRICS_TOKEN: 'short' })).toThrow(/at least 16 characters/);
    expect(() => loadConfig({ JOB_LEASE_SECONDS: '0' })).toThrow(/JOB_LEASE_SECONDS/);
  });
});

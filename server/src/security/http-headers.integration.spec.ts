import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { TestApp } from '../test-support/test-app.js';

describe('security headers over plain HTTP', () => {
  let app: TestApp;
  beforeAll(async () => {
    app = await TestApp.start({ demo: false });
  });
  afterAll(() => app.stop());

  it('sends a strict Content-Security-Policy without inline scripts', async () => {
    const res = await fetch(`${app.url}/healthz`);
    const csp = res.headers.get('content-security-policy') ?? '';
    const directives = new Map(
      csp.split(';').map((d) => {
        const [name = '', ...values] = d.trim().split(/\s+/);
        return [name, values] as const;
      }),
    );
    expect(directives.get('default-src')).toEqual(["'self'"]);
    expect(directives.get('script-src')).toEqual(["'self'"]);
    expect(directives.get('script-src-attr')).toEqual(["'none'"]);
    expect(directives.get('object-src')).toEqual(["'none'"]);
    expect(directives.get('frame-ancestors')).toEqual(["'none'"]);
    expect(csp).not.toMatch(/unsafe-eval/);
    expect(directives.get('script-src')).not.toContain("'unsafe-inline'");
  });

  it('forbids framing, sniffing and cross-site referrers, and says nothing about the server', async () => {
    for (const path of ['/healthz', '/graphql?query=%7B__typename%7D', '/no-such-page']) {
      const res = await fetch(`${app.url}${path}`, {
        headers: { 'apollo-require-preflight': '1' },
      });
      expect(res.headers.get('x-frame-options')).toBe('DENY');
      expect(res.headers.get('x-content-type-options')).toBe('nosniff');
      expect(res.headers.get('referrer-policy')).toBe('same-origin');
      expect(res.headers.get('cross-origin-opener-policy')).toBe('same-origin');
      expect(res.headers.get('x-powered-by')).toBeNull();
    }
  });

  it('announces no HSTS when not served over TLS', async () => {
    const res = await fetch(`${app.url}/healthz`);
    expect(res.headers.get('strict-transport-security')).toBeNull();
  });
});

describe('security headers behind TLS (COOKIE_SECURE=true)', () => {
  let app: TestApp;
  beforeAll(async () => {
    app = await TestApp.start({ demo: false, env: { COOKIE_SECURE: 'true' } });
  });
  afterAll(() => app.stop());

  it('sends HSTS for a year, subdomains included', async () => {
    const res = await fetch(`${app.url}/healthz`);
    expect(res.headers.get('strict-transport-security')).toBe(
      'max-age=31536000; includeSubDomains',
    );
  });
});

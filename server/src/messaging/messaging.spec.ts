import fs from 'node:fs';
import http from 'node:http';
import os from 'node:os';
import path from 'node:path';
import type { AddressInfo } from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import { ManualClock } from '../common/clock.js';
import { loadConfig } from '../config/config.js';
import { SimulatedMailSender } from './mail-sender.js';
import { Outbox } from './outbox.js';
import { HttpSmsSender, SimulatedSmsSender, SmsDeliveryError } from './sms-sender.js';

const dirs: string[] = [];
function tmp(): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'linje-outbox-'));
  dirs.push(dir);
  return dir;
}
afterEach(() => {
  for (const d of dirs.splice(0)) fs.rmSync(d, { recursive: true, force: true });
});

describe('simulated delivery', () => {
  it('writes mail as a real .eml and keeps it queryable', async () => {
    const outbox = new Outbox(tmp());
    const clock = new ManualClock('2026-11-23T09:00:00Z');
    const mail = new SimulatedMailSender('Linje <linje@example.org>', outbox, clock);
    await mail.send({ to: 'sara@example.org', subject: 'Din kod', text: 'Koden är 123456' });
    const msg = outbox.latest({ to: 'sara@example.org' });
    expect(msg).toMatchObject({ channel: 'EMAIL', subject: 'Din kod', text: 'Koden är 123456' });
    const files = fs.readdirSync(outbox.dir);
    expect(files).toHaveLength(1);
    const eml = fs.readFileSync(path.join(outbox.dir, files[0] ?? ''), 'utf8');
    expect(eml).toMatch(/^From: Linje <linje@example.org>$/m);
    expect(eml).toMatch(/^To: sara@example.org$/m);
    expect(eml).toMatch(/^Subject: Din kod$/m);
  });

  it('writes SMS as JSON', async () => {
    const outbox = new Outbox(tmp());
    const sms = new SimulatedSmsSender('Linje', outbox, new ManualClock('2026-11-23T09:00:00Z'));
    await sms.send({ to: '+46701234567', text: 'Kod 654321' });
    expect(outbox.messages({ channel: 'SMS' })).toHaveLength(1);
    const file = fs.readdirSync(outbox.dir)[0] ?? '';
    expect(file.endsWith('.sms.json')).toBe(true);
    expect(JSON.parse(fs.readFileSync(path.join(outbox.dir, file), 'utf8'))).toEqual({
      from: 'Linje',
      to: '+46701234567',
      text: 'Kod 654321',
      at: '2026-11-23T09:00:00.000Z',
    });
  });
});

describe('HTTP SMS gateway', () => {
  async function gateway(status: number): Promise<{
    url: string;
    received: { headers: http.IncomingHttpHeaders; body: unknown }[];
    close: () => Promise<void>;
  }> {
    const received: { headers: http.IncomingHttpHeaders; body: unknown }[] = [];
    const server = http.createServer((req, res) => {
      let data = '';
      req.on('data', (c: Buffer) => (data += c.toString('utf8')));
      req.on('end', () => {
        received.push({ headers: req.headers, body: JSON.parse(data) as unknown });
        res.statusCode = status;
        res.end('{}');
      });
    });
    await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
    const { port } = server.address() as AddressInfo;
    return {
      url: `http://127.0.0.1:${port}/sms`,
      received,
      close: () => new Promise((r) => server.close(() => r())),
    };
  }

  it('posts JSON with a bearer token', async () => {
    const gw = await gateway(202);
    try {
      await new HttpSmsSender({
        url: gw.url,
        sender: 'Linje',
        auth: { kind: 'bearer', token: 'secret' },
      }).send({ to: '+4670', text: 'Hej' });
      expect(gw.received).toHaveLength(1);
      expect(gw.received[0]?.body).toEqual({ from: 'Linje', to: '+4670', text: 'Hej' });
      expect(gw.received[0]?.headers.authorization).toBe('Bearer secret');
      expect(gw.received[0]?.headers['content-type']).toBe('application/json');
    } finally {
      await gw.close();
    }
  });

  it('fills a body template and authenticates with basic', async () => {
    const gw = await gateway(200);
    try {
      await new HttpSmsSender({
        url: gw.url,
        sender: 'Linje',
        auth: { kind: 'basic', user: 'u', password: 'p' },
        body: '{"msisdn":"{{to}}","message":"{{ text }}","originator":"{{from}}"}',
      }).send({ to: '+4670', text: 'Säg "hej"\nnu' });
      expect(gw.received[0]?.body).toEqual({
        msisdn: '+4670',
        message: 'Säg "hej"\nnu',
        originator: 'Linje',
      });
      expect(gw.received[0]?.headers.authorization).toBe(
        `Basic ${Buffer.from('u:p').toString('base64')}`,
      );
    } finally {
      await gw.close();
    }
  });

  it('reports a refused message as a delivery error', async () => {
    const gw = await gateway(500);
    try {
      await expect(
        new HttpSmsSender({ url: gw.url, sender: 'Linje', auth: { kind: 'none' } }).send({
          to: '+4670',
          text: 'Hej',
        }),
      ).rejects.toBeInstanceOf(SmsDeliveryError);
    } finally {
      await gw.close();
    }
  });
});

describe('messaging configuration', () => {
  it('defaults to the simulators', () => {
    const config = loadConfig({});
    expect(config.mail.smtpUrl).toBeNull();
    expect(config.sms.provider).toBe('simulator');
    expect(config.accountActivationHours).toBe(48);
  });

  it('requires a URL for the http provider and validates the values', () => {
    expect(() => loadConfig({ SMS_PROVIDER: 'http' })).toThrow(/SMS_HTTP_URL/);
    expect(() => loadConfig({ SMS_PROVIDER: 'carrier-pigeon' })).toThrow(/SMS_PROVIDER/);
    expect(() => loadConfig({ SMTP_URL: 'http://mail' })).toThrow(/SMTP_URL/);
    const config = loadConfig({ SMS_PROVIDER: 'http', SMS_HTTP_URL: 'https://sms.example/send' });
    expect(config.sms).toMatchObject({ provider: 'http', url: 'https://sms.example/send' });
    expect(() =>
      loadConfig({
        SMS_PROVIDER: 'http',
        SMS_HTTP_URL: 'https://s.example',
        SMS_HTTP_AUTH: 'basic',
      }),
    ).toThrow(/SMS_HTTP_USER/);
    expect(
      loadConfig({ SMS_PROVIDER: 'http', SMS_HTTP_URL: 'https://s.example', SMS_HTTP_TOKEN: 't' })
        .sms,
    ).toMatchObject({ auth: { kind: 'bearer', token: 't' } });
  });
});

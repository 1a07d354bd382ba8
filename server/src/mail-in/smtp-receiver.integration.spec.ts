import nodemailer from 'nodemailer';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadConfig } from '../config/config.js';
import { TestApp } from '../test-support/test-app.js';
import { InboundMail } from './inbound-mail.entity.js';
import { SmtpReceiver } from './smtp-receiver.js';

describe('mail-in configuration', () => {
  it('is off unless MAIL_IN_PORT is set, and checks its values', () => {
    expect(loadConfig({}).mailIn).toBeNull();
    expect(loadConfig({ MAIL_IN_PORT: '2525' }).mailIn).toEqual({
      port: 2525,
      host: '127.0.0.1',
      maxBytes: 25 * 1024 * 1024,
    });
    expect(
      loadConfig({ MAIL_IN_PORT: '25', MAIL_IN_HOST: '0.0.0.0', MAIL_IN_MAX_MB: '40' }).mailIn,
    ).toEqual({ port: 25, host: '0.0.0.0', maxBytes: 40 * 1024 * 1024 });
    expect(() => loadConfig({ MAIL_IN_PORT: 'smtp' })).toThrow(/MAIL_IN_PORT/);
    expect(() => loadConfig({ MAIL_IN_PORT: '70000' })).toThrow(/MAIL_IN_PORT/);
    expect(() => loadConfig({ MAIL_IN_PORT: '2525', MAIL_IN_MAX_MB: '0' })).toThrow(
      /MAIL_IN_MAX_MB/,
    );
  });
});

describe('the SMTP receiver', () => {
  let app: TestApp;
  let off: TestApp;

  beforeAll(async () => {
    app = await TestApp.start({ env: { MAIL_IN_PORT: '0', MAIL_IN_MAX_MB: '1' } });
    off = await TestApp.start();
  }, 120_000);
  afterAll(async () => {
    await app?.stop();
    await off?.stop();
  });

  it('does not listen unless configured', () => {
    expect(off.running.app.get(SmtpReceiver).listening()).toBeNull();
    const at = app.running.app.get(SmtpReceiver).listening();
    expect(at?.address).toBe('127.0.0.1');
    expect(at?.port).toBeGreaterThan(0);
  });

  it('refuses a message over MAIL_IN_MAX_MB at DATA with 552 and keeps nothing', async () => {
    const at = app.running.app.get(SmtpReceiver).listening();
    const smtp = nodemailer.createTransport({
      host: '127.0.0.1',
      port: at?.port,
      secure: false,
      ignoreTLS: true,
    });
    try {
      const err = await smtp
        .sendMail({
          from: 'sara.johansson@kavlinge.example',
          to: 'it@kavlinge.example',
          subject: 'Stor',
          text: 'x'.repeat(1024 * 1024 + 10),
        })
        .then(
          () => null,
          (e: unknown) => e as { responseCode?: number },
        );
      expect(err?.responseCode).toBe(552);
      expect(await app.em().count(InboundMail, {}, { filters: false })).toBe(0);
      // The receiver goes on taking mail of the allowed size.
      await smtp.sendMail({
        from: 'sara.johansson@kavlinge.example',
        to: 'it@kavlinge.example',
        subject: 'Liten',
        text: 'Hej',
      });
      expect(await app.em().count(InboundMail, {}, { filters: false })).toBe(1);
    } finally {
      smtp.close();
    }
  });
});

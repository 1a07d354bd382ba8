import nodemailer, { type Transporter } from 'nodemailer';
import type { Clock } from '../common/clock.js';
import type { Outbox } from './outbox.js';

export interface MailMessage {
  to: string;
  subject: string;
  text: string;
  /** Extra headers, e.g. Auto-Submitted on automatic replies (RFC 3834). */
  headers?: Record<string, string>;
}

/** Sends e-mail. Inject this; never call nodemailer directly. */
export abstract class MailSender {
  abstract send(message: MailMessage): Promise<void>;
}

/** Real delivery over SMTP (`SMTP_URL`, e.g. smtps://user:pass@mail.example.org:465). */
export class SmtpMailSender extends MailSender {
  private readonly transport: Transporter;

  constructor(
    smtpUrl: string,
    private readonly from: string,
  ) {
    super();
    this.transport = nodemailer.createTransport(smtpUrl);
  }

  async send(message: MailMessage): Promise<void> {
    await this.transport.sendMail({ from: this.from, ...message });
  }
}

/**
 * Used when `SMTP_URL` is not set: nodemailer builds the exact RFC 5322 message it would
 * send, and it is written as a .eml file to the outbox instead (open it in any mail client).
 */
export class SimulatedMailSender extends MailSender {
  private readonly transport = nodemailer.createTransport({ streamTransport: true, buffer: true });

  constructor(
    private readonly from: string,
    private readonly outbox: Outbox,
    private readonly clock: Clock,
  ) {
    super();
  }

  async send(message: MailMessage): Promise<void> {
    const info = await this.transport.sendMail({
      from: this.from,
      date: this.clock.now(),
      ...message,
    });
    const raw: unknown = info.message;
    this.outbox.write(
      {
        channel: 'EMAIL',
        at: this.clock.now().toISOString(),
        to: message.to,
        subject: message.subject,
        text: message.text,
      },
      Buffer.isBuffer(raw) ? raw : String(raw),
      'eml',
    );
  }
}

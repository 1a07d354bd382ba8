import nodemailer, { type SendMailOptions, type Transporter } from 'nodemailer';
import type { Clock } from '../common/clock.js';
import type { Outbox } from './outbox.js';

export interface MailMessage {
  to: string;
  subject: string;
  text: string;
  /** With angle brackets; nodemailer makes one up when absent. */
  messageId?: string;
  inReplyTo?: string;
  references?: string[];
  /** Non-essential mail: where the recipient turns it off (List-Unsubscribe). */
  unsubscribeUrl?: string;
  /** Extra headers, e.g. `Auto-Submitted: auto-replied` on a bounce (RFC 3834). */
  headers?: Record<string, string>;
}

export interface MailSent {
  /** What the server answered on accepting the message (e.g. "250 2.0.0 Ok: queued as …"). */
  providerId: string | null;
}

/** Every mail Linje sends is automatic (RFC 3834): auto-responders must not answer it. */
function envelope(from: string, message: MailMessage): SendMailOptions {
  const { unsubscribeUrl, inReplyTo, references, messageId, headers, ...rest } = message;
  return {
    from,
    ...rest,
    ...(messageId ? { messageId } : {}),
    ...(inReplyTo ? { inReplyTo } : {}),
    ...(references?.length ? { references } : {}),
    ...(unsubscribeUrl
      ? { list: { unsubscribe: { url: unsubscribeUrl, comment: 'Notification preferences' } } }
      : {}),
    headers: { 'Auto-Submitted': 'auto-generated', ...headers },
  };
}

/** Sends e-mail. Inject this; never call nodemailer directly. */
export abstract class MailSender {
  abstract send(message: MailMessage): Promise<MailSent>;
}

/** Real delivery over SMTP (`SMTP_URL`, e.g. smtps://user:pass@mail.example.org:465). */
export class SmtpMailSender extends MailSender {
  private readonly transport: Transporter;

  constructor(
    smtpUrl: string,
    private readonly from: string,
  ) {
    super();
    this.transport = nodemailer.createTransport(smtpUrl, { pool: true } as object);
  }

  async send(message: MailMessage): Promise<MailSent> {
    const info = (await this.transport.sendMail(envelope(this.from, message))) as {
      response?: unknown;
    };
    return { providerId: typeof info.response === 'string' ? info.response.slice(0, 400) : null };
  }

  onModuleDestroy(): void {
    this.transport.close();
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

  async send(message: MailMessage): Promise<MailSent> {
    const info = await this.transport.sendMail({
      ...envelope(this.from, message),
      date: this.clock.now(),
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
    return { providerId: null };
  }
}

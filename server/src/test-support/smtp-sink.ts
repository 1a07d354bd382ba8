import type { AddressInfo } from 'node:net';
import { simpleParser, type ParsedMail } from 'mailparser';
import { SMTPServer } from 'smtp-server';

export interface SunkMail {
  readonly mailFrom: string | null;
  readonly recipients: readonly string[];
  readonly raw: Buffer;
  readonly parsed: ParsedMail;
}

/**
 * A real SMTP server on a free 127.0.0.1 port that keeps what it is sent, to point Linje's
 * SMTP_URL at in tests (and benches). A message is kept before the server answers 250, so
 * once the sender's `send` has resolved, it is in `messages`.
 */
export class SmtpSink {
  readonly messages: SunkMail[] = [];

  private constructor(
    private readonly server: SMTPServer,
    readonly port: number,
  ) {}

  static async start(): Promise<SmtpSink> {
    let sink: SmtpSink | null = null;
    const server = new SMTPServer({
      disabledCommands: ['AUTH', 'STARTTLS'],
      authOptional: true,
      logger: false,
      onData(stream, session, callback) {
        const chunks: Buffer[] = [];
        stream.on('data', (c: Buffer) => chunks.push(c));
        stream.on('end', () => {
          const raw = Buffer.concat(chunks);
          simpleParser(raw).then(
            (parsed) => {
              sink?.messages.push({
                mailFrom: session.envelope.mailFrom ? session.envelope.mailFrom.address : null,
                recipients: session.envelope.rcptTo.map((r) => r.address),
                raw,
                parsed,
              });
              callback(null);
            },
            (err: Error) => callback(err),
          );
        });
      },
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const { port } = server.server.address() as AddressInfo;
    sink = new SmtpSink(server, port);
    return sink;
  }

  /** For SMTP_URL. */
  get url(): string {
    return `smtp://127.0.0.1:${this.port}`;
  }

  to(address: string): SunkMail[] {
    return this.messages.filter((m) => m.recipients.includes(address));
  }

  async stop(): Promise<void> {
    await new Promise<void>((resolve) => this.server.close(() => resolve()));
  }
}

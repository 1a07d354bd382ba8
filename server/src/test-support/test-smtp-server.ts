import type { AddressInfo } from 'node:net';
import { simpleParser, type ParsedMail } from 'mailparser';
import { SMTPServer } from 'smtp-server';

export interface ReceivedMail {
  parsed: ParsedMail;
  messageId: string;
  header(name: string): string | null;
}

/**
 * A real SMTP server on a free 127.0.0.1 port for tests and benchmarks: it receives what
 * Linje sends and can refuse the first messages with a temporary error.
 */
export class TestSmtpServer {
  readonly received: ReceivedMail[] = [];
  /** How many more messages to refuse with 451 before accepting. */
  refuse = 0;
  /**
   * Called with the number of messages accepted so far when one has arrived; answering false
   * leaves it unanswered (the client waits, as if the server were slow).
   */
  onReceive: ((acceptedSoFar: number) => boolean) | null = null;

  private constructor(
    private readonly server: SMTPServer,
    readonly port: number,
  ) {}

  static async start(options: { parse?: boolean } = {}): Promise<TestSmtpServer> {
    let self: TestSmtpServer | null = null;
    const server = new SMTPServer({
      authOptional: true,
      disabledCommands: ['STARTTLS'],
      logger: false,
      onData(stream, _session, callback) {
        const chunks: Buffer[] = [];
        stream.on('data', (c: Buffer) => chunks.push(c));
        stream.on('end', () => {
          const me = self;
          if (me && me.refuse > 0) {
            me.refuse -= 1;
            const err = Object.assign(new Error('Try again later'), { responseCode: 451 });
            callback(err);
            return;
          }
          if (me?.onReceive && !me.onReceive(me.received.length)) return;
          const raw = Buffer.concat(chunks);
          if (options.parse === false) {
            const m = /^Message-ID:\s*(<[^>]+>)/im.exec(raw.toString('latin1'));
            me?.received.push({
              parsed: {} as ParsedMail,
              messageId: m?.[1] ?? '',
              header: () => null,
            });
            callback(null);
            return;
          }
          simpleParser(raw)
            .then((parsed) => {
              me?.received.push({
                parsed,
                messageId: parsed.messageId ?? '',
                header(name: string): string | null {
                  const line = parsed.headerLines.find((h) => h.key === name.toLowerCase());
                  return line
                    ? line.line
                        .slice(line.line.indexOf(':') + 1)
                        .replace(/\r?\n[ \t]+/g, ' ')
                        .trim()
                    : null;
                },
              });
              callback(null);
            })
            .catch((err: unknown) => callback(err instanceof Error ? err : new Error('parse')));
        });
      },
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', () => resolve()));
    const { port } = server.server.address() as AddressInfo;
    self = new TestSmtpServer(server, port);
    return self;
  }

  get url(): string {
    return `smtp://127.0.0.1:${this.port}`;
  }

  to(address: string): ReceivedMail[] {
    return this.received.filter((m) => {
      const to = m.parsed.to;
      const list = Array.isArray(to) ? to : to ? [to] : [];
      return list.some((a) => a.value.some((v) => v.address === address));
    });
  }

  async stop(): Promise<void> {
    await new Promise<void>((resolve) => this.server.close(() => resolve()));
  }
}

import type { AddressInfo } from 'node:net';
import {
  Inject,
  Injectable,
  type OnApplicationBootstrap,
  type OnApplicationShutdown,
} from '@nestjs/common';
import { PinoLogger } from 'nestjs-pino';
import { SMTPServer, type SMTPServerDataStream, type SMTPServerSession } from 'smtp-server';
import { APP_CONFIG } from '../config/config.module.js';
import type { AppConfig } from '../config/config.js';
import { MailInService } from './mail-in.service.js';

function smtpError(message: string, responseCode: number): Error {
  return Object.assign(new Error(message), { responseCode });
}

/**
 * The built-in SMTP receiver (`MAIL_IN_PORT`): the municipality's mail server forwards
 * the service desk's mailbox to it. It accepts only the municipalities' mailbox
 * addresses (others are refused at RCPT) and answers 250 only after the message has been
 * committed; a failure answers 451, so the sending server tries again later, and the
 * message's idempotency key keeps a retry from filing twice.
 */
@Injectable()
export class SmtpReceiver implements OnApplicationBootstrap, OnApplicationShutdown {
  private server: SMTPServer | null = null;
  private address: AddressInfo | null = null;

  constructor(
    private readonly mailIn: MailInService,
    private readonly logger: PinoLogger,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {
    this.logger.setContext('SmtpReceiver');
  }

  /** Where it listens; null when it is off. */
  listening(): AddressInfo | null {
    return this.address;
  }

  async onApplicationBootstrap(): Promise<void> {
    const options = this.config.mailIn;
    if (!options) return;
    const server = new SMTPServer({
      // TLS and authentication belong to the mail server in front (see README).
      disabledCommands: ['AUTH', 'STARTTLS'],
      authOptional: true,
      size: options.maxBytes,
      banner: 'Linje mail receiver',
      logger: false,
      onRcptTo: (address, _session, callback) => {
        this.mailIn
          .tenantOfMailbox(address.address)
          .then((tenant) => callback(tenant ? null : smtpError('No such mailbox here', 550)))
          .catch((err: unknown) => {
            this.logger.error({ err }, 'looking up a mailbox failed');
            callback(smtpError('Try again later', 451));
          });
      },
      onData: (stream, session, callback) => {
        this.onData(stream, session).then(
          () => callback(null),
          (err: Error) => callback(err),
        );
      },
    });
    server.on('error', (err) => this.logger.warn({ err }, 'SMTP receiver error'));
    await new Promise<void>((resolve, reject) => {
      const net = server.server;
      net.once('error', reject);
      server.listen(options.port, options.host, () => {
        net.off('error', reject);
        resolve();
      });
    });
    this.server = server;
    this.address = server.server.address() as AddressInfo;
    this.logger.info(
      { host: this.address.address, port: this.address.port },
      'receiving mail by SMTP',
    );
  }

  private async onData(stream: SMTPServerDataStream, session: SMTPServerSession): Promise<void> {
    const chunks: Buffer[] = [];
    for await (const chunk of stream) chunks.push(chunk as Buffer);
    if (stream.sizeExceeded) {
      throw smtpError('Message too large', 552);
    }
    const raw = Buffer.concat(chunks);
    const mailFrom = session.envelope.mailFrom === false ? null : session.envelope.mailFrom.address;
    try {
      await this.mailIn.receive(raw, {
        mailFrom: mailFrom ?? '',
        recipients: session.envelope.rcptTo.map((r) => r.address),
      });
    } catch (err) {
      this.logger.error({ err }, 'a received mail could not be stored');
      throw smtpError('Could not store the message; try again later', 451);
    }
  }

  async onApplicationShutdown(): Promise<void> {
    const server = this.server;
    if (!server) return;
    this.server = null;
    await new Promise<void>((resolve) => server.close(() => resolve()));
  }
}

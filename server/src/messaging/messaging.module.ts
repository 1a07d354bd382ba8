import { Global, Injectable, Module, type OnModuleInit } from '@nestjs/common';
import { JobsModule } from '../jobs/jobs.module.js';
import { JobsService } from '../jobs/jobs.service.js';
import { OutgoingQueue } from './outgoing-queue.js';
import { Clock } from '../common/clock.js';
import { APP_CONFIG } from '../config/config.module.js';
import type { AppConfig } from '../config/config.js';
import { MailSender, SimulatedMailSender, SmtpMailSender } from './mail-sender.js';
import { Outbox } from './outbox.js';
import { HttpSmsSender, SimulatedSmsSender, SmsSender } from './sms-sender.js';

/** Sends the outgoing queue on the jobs poller, after each round of due jobs. */
@Injectable()
class OutgoingWorker implements OnModuleInit {
  constructor(
    private readonly jobs: JobsService,
    private readonly queue: OutgoingQueue,
  ) {}

  onModuleInit(): void {
    this.jobs.afterEachRun(() => this.queue.sendDue());
  }
}

/** Mail and SMS delivery, configured from the environment; available everywhere. */
@Global()
@Module({
  imports: [JobsModule],
  providers: [
    OutgoingQueue,
    OutgoingWorker,
    {
      provide: Outbox,
      inject: [APP_CONFIG],
      useFactory: (config: AppConfig) => new Outbox(config.outboxDir),
    },
    {
      provide: MailSender,
      inject: [APP_CONFIG, Outbox, Clock],
      useFactory: (config: AppConfig, outbox: Outbox, clock: Clock): MailSender =>
        config.mail.smtpUrl
          ? new SmtpMailSender(config.mail.smtpUrl, config.mail.from)
          : new SimulatedMailSender(config.mail.from, outbox, clock),
    },
    {
      provide: SmsSender,
      inject: [APP_CONFIG, Outbox, Clock],
      useFactory: (config: AppConfig, outbox: Outbox, clock: Clock): SmsSender =>
        config.sms.provider === 'http'
          ? new HttpSmsSender({
              url: config.sms.url,
              sender: config.sms.sender,
              auth: config.sms.auth,
              body: config.sms.body,
              contentType: config.sms.contentType,
            })
          : new SimulatedSmsSender(config.sms.sender, outbox, clock),
    },
  ],
  exports: [Outbox, MailSender, SmsSender, OutgoingQueue],
})
export class MessagingModule {}

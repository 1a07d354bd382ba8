import { Global, Module } from '@nestjs/common';
import { Clock } from '../common/clock.js';
import { APP_CONFIG } from '../config/config.module.js';
import type { AppConfig } from '../config/config.js';
import { MailSender, SimulatedMailSender, SmtpMailSender } from './mail-sender.js';
import { Outbox } from './outbox.js';
import { HttpSmsSender, SimulatedSmsSender, SmsSender } from './sms-sender.js';

/** Mail and SMS delivery, configured from the environment; available everywhere. */
@Global()
@Module({
  providers: [
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
          ? new HttpSmsSender(config.sms.url, config.sms.token, config.sms.sender)
          : new SimulatedSmsSender(config.sms.sender, outbox, clock),
    },
  ],
  exports: [Outbox, MailSender, SmsSender],
})
export class MessagingModule {}

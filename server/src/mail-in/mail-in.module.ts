import { Module } from '@nestjs/common';
import { AttachmentsModule } from '../attachments/attachments.module.js';
import { AuditModule } from '../audit/audit.module.js';
import { TicketsModule } from '../tickets/tickets.module.js';
import { MailInAgentService } from './mail-in-agent.service.js';
import { MailInResolver, TicketMailResolver } from './mail-in.resolver.js';
import { MailInService } from './mail-in.service.js';
import { SmtpReceiver } from './smtp-receiver.js';

/** Incoming e-mail: the SMTP receiver (MAIL_IN_PORT) and mail → tickets and replies. */
@Module({
  imports: [AuditModule, TicketsModule, AttachmentsModule],
  providers: [MailInService, MailInAgentService, SmtpReceiver, MailInResolver, TicketMailResolver],
  exports: [MailInService, SmtpReceiver],
})
export class MailInModule {}

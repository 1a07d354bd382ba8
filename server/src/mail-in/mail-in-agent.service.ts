import { EntityManager } from '@mikro-orm/core';
import { Injectable } from '@nestjs/common';
import { AuditService } from '../audit/audit.service.js';
import { assertVisible, inTenant, isAgent } from '../auth/access-policy.js';
import type { Viewer } from '../auth/viewer.js';
import { AppError } from '../common/app-error.js';
import type { TicketRefInput } from '../tickets/dto/ticket-change.input.js';
import type { Ticket } from '../tickets/ticket.entity.js';
import { TicketsService } from '../tickets/tickets.service.js';
import { INBOUND_MAIL_ATTENTION, InboundMail } from './inbound-mail.entity.js';
import type { InboundMailModel } from './inbound-mail.model.js';
import { UNKNOWN_SENDER_USERNAME } from './mail-in.service.js';

const LIST_MAX = 100;

const RAW_TEXT_MAX = 200_000;

function toModel(m: InboundMail): InboundMailModel {
  return {
    id: m.id,
    tenantId: m.tenant.id,
    mailbox: m.mailbox,
    messageId: m.messageId ?? null,
    fromAddress: m.fromAddress ?? null,
    subject: m.subject ?? null,
    status: m.status,
    reason: m.reason ?? null,
    ticketId: m.ticket?.id ?? null,
    ticketNumber: m.ticket?.number ?? null,
    size: m.size,
    duplicates: m.duplicates,
    settled: m.settled,
    receivedAt: m.receivedAt,
    rawText: null,
  };
}

/** What agents do with received mail: see what needs them, and name unknown senders. */
@Injectable()
export class MailInAgentService {
  constructor(
    private readonly em: EntityManager,
    private readonly tickets: TicketsService,
    private readonly audit: AuditService,
  ) {}

  private assertAgentOf(viewer: Viewer, tenantId: string): void {
    if (!isAgent(viewer)) throw AppError.forbidden('Only IT agents can see received mail.');
    assertVisible(inTenant(viewer, tenantId), 'The municipality');
  }

  async list(viewer: Viewer, tenantId: string, all: boolean): Promise<InboundMailModel[]> {
    this.assertAgentOf(viewer, tenantId);
    const rows = await this.em.find(
      InboundMail,
      all
        ? { tenant: tenantId }
        : { tenant: tenantId, settled: false, status: { $in: [...INBOUND_MAIL_ATTENTION] } },
      { populate: ['ticket'], orderBy: { receivedAt: 'desc', id: 'desc' }, limit: LIST_MAX },
    );
    return rows.map(toModel);
  }

  /** The raw message of an unreadable mail the viewer may list, as (lossy) UTF-8 text. */
  async rawTextOf(viewer: Viewer, mailId: string): Promise<string | null> {
    if (!isAgent(viewer)) return null;
    const mail = await this.em.findOne(
      InboundMail,
      { id: mailId, status: 'UNPARSEABLE' },
      { fields: ['rawBase64'] },
    );
    if (!mail?.rawBase64) return null;
    return Buffer.from(mail.rawBase64, 'base64').toString('utf8').slice(0, RAW_TEXT_MAX);
  }

  async settle(viewer: Viewer, id: string): Promise<InboundMailModel> {
    if (!isAgent(viewer)) throw AppError.forbidden('Only IT agents can see received mail.');
    const mail = await this.em.transactional(async (em) => {
      const m = await em.findOne(InboundMail, { id }, { populate: ['ticket'] });
      if (!m || !inTenant(viewer, m.tenant.id)) throw AppError.notFound('The received mail');
      if (!m.settled) {
        m.settled = true;
        this.audit.record(em, {
          tenantId: m.tenant.id,
          actorId: viewer.personId,
          action: 'inbound_mail.settled',
          entityType: 'InboundMail',
          entityId: m.id,
          data: { status: m.status },
        });
      }
      return m;
    });
    return toModel(mail);
  }

  /** Names the caller of an unknown sender's ticket; its received mail is then dealt with. */
  async matchSender(viewer: Viewer, ref: TicketRefInput, personId: string): Promise<Ticket> {
    return this.tickets.setMailCaller(
      viewer,
      ref,
      personId,
      (t) => t.caller.username === UNKNOWN_SENDER_USERNAME,
      async (em, t) => {
        const mails = await em.find(InboundMail, { ticket: t.id, settled: false });
        for (const m of mails) m.settled = true;
      },
    );
  }

  /** The quoted history of the mail that filed a ticket (the viewer may see the ticket). */
  async quotedHistoryOf(viewer: Viewer, ticketId: string): Promise<string | null> {
    const mail = await this.em.findOne(
      InboundMail,
      { ticket: ticketId, status: { $in: ['TICKET', 'UNKNOWN_SENDER'] } },
      { fields: ['quoted'] },
    );
    return mail?.quoted ?? null;
  }

  /** The address of an unknown sender's ticket not yet matched; agents only. */
  async unknownSenderOf(viewer: Viewer, ticketId: string): Promise<string | null> {
    if (!isAgent(viewer)) return null;
    const mail = await this.em.findOne(
      InboundMail,
      { ticket: ticketId, status: 'UNKNOWN_SENDER', settled: false },
      { fields: ['fromAddress'] },
    );
    return mail ? (mail.fromAddress ?? '') : null;
  }
}

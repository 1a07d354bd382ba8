import { createHash, randomUUID } from 'node:crypto';
import {
  EntityManager,
  MikroORM,
  RequestContext,
  UniqueConstraintViolationException,
} from '@mikro-orm/core';
import { Inject, Injectable } from '@nestjs/common';
import {
  TICKET_DESCRIPTION_MAX_LENGTH,
  TICKET_TITLE_MAX_LENGTH,
  automatedMailReason,
  cleanMultiline,
  cleanSingleLine,
  messageIdsIn,
  normaliseMessageId,
  parseLinjeMessageId,
  splitQuotedText,
  ticketNumbersIn,
} from '@linje/shared';
import { simpleParser, type AddressObject, type ParsedMail } from 'mailparser';
import { PinoLogger } from 'nestjs-pino';
import { AttachmentsService, type CheckedFile } from '../attachments/attachments.service.js';
import { AppError } from '../common/app-error.js';
import { Clock } from '../common/clock.js';
import { APP_CONFIG } from '../config/config.module.js';
import type { AppConfig } from '../config/config.js';
import { TenantSettingsCache } from '../database/tenant-settings-cache.js';
import { MailSender } from '../messaging/mail-sender.js';
import { Person } from '../people/person.entity.js';
import { Tenant } from '../tenants/tenant.entity.js';
import { readRichDescription } from '../tickets/rich-text.js';
import { Ticket } from '../tickets/ticket.entity.js';
import { TicketsService } from '../tickets/tickets.service.js';
import { languageOfCountry, tooLargeBounce, unknownSenderName } from './bounce.js';
import { InboundMail, type InboundMailStatus } from './inbound-mail.entity.js';
import { UNKNOWN_SENDER_USERNAME } from '../people/system-people.js';

const NO_FILTERS = { filters: false } as const;
/** The stand-in caller of tickets from unknown addresses, one per municipality. */
export { UNKNOWN_SENDER_USERNAME };

/** What became of one received message at one mailbox. */
export interface InboundOutcome {
  readonly mailId: string;
  readonly status: InboundMailStatus;
  readonly duplicate: boolean;
  readonly ticketId: string | null;
  readonly reason: string | null;
}

interface MailText {
  text: string;
  html: string | null;
  quoted: string | null;
}

type MailBase = Pick<
  InboundMail,
  'id' | 'mailbox' | 'dedupeKey' | 'messageId' | 'fromAddress' | 'subject' | 'size' | 'receivedAt'
> & { tenant: MailboxTenant };

/** The municipality a mailbox belongs to: plain values, kept across requests. */
export interface MailboxTenant {
  readonly id: string;
  readonly country: string;
}

function firstAddress(a: AddressObject | AddressObject[] | undefined): string | null {
  const list = Array.isArray(a) ? a : a ? [a] : [];
  for (const obj of list) {
    for (const v of obj.value) {
      const address = v.address?.trim().toLowerCase();
      if (address && /^[^\s@]+@[^\s@]+$/.test(address)) return address;
    }
  }
  return null;
}

/** A header's value as a string (mailparser structures some, e.g. Content-Type). */
function header(mail: ParsedMail, key: string): string | null {
  const v = mail.headers.get(key);
  if (v == null) return null;
  if (typeof v === 'string') return v;
  if (Array.isArray(v)) return v.map(String).join(', ');
  if (typeof v === 'object' && 'value' in v && typeof v.value === 'string') return v.value;
  return mail.headerLines.find((h) => h.key === key)?.line.replace(/^[^:]*:\s*/, '') ?? null;
}

/** Why mailparser's (lenient) reading of the bytes is not a usable message, or null. */
function malformedReason(raw: Buffer, mail: ParsedMail): string | null {
  if (mail.headers.size === 0) return 'NO_HEADERS';
  if (!firstAddress(mail.from)) return 'NO_SENDER';
  const ct = mail.headers.get('content-type');
  if (ct && typeof ct === 'object' && 'value' in ct && typeof ct.value === 'string') {
    if (ct.value.toLowerCase().startsWith('multipart/')) {
      const boundary = 'params' in ct ? (ct.params as Record<string, string>)['boundary'] : null;
      if (!boundary || !raw.includes(`--${boundary}`)) return 'BROKEN_MULTIPART';
    }
  }
  return null;
}

function clip(s: string, max: number): string {
  const points = [...s];
  return points.length <= max ? s : points.slice(0, max).join('');
}

/**
 * Turns mail received at a municipality's mailbox into tickets and replies. Each message
 * is handled once per mailbox: the InboundMail row commits with the ticket or reply it
 * makes, under a unique key, so a second delivery finds it and creates nothing.
 */
@Injectable()
export class MailInService {
  private readonly domain: string;
  private readonly maxBytes: number;

  constructor(
    private readonly orm: MikroORM,
    private readonly clock: Clock,
    private readonly tickets: TicketsService,
    private readonly attachments: AttachmentsService,
    private readonly mail: MailSender,
    private readonly logger: PinoLogger,
    private readonly settings: TenantSettingsCache,
    @Inject(APP_CONFIG) config: AppConfig,
  ) {
    this.domain = config.mail.domain;
    this.maxBytes = config.attachments.maxBytes;
    this.logger.setContext('MailIn');
  }

  private em(): EntityManager {
    return this.orm.em.fork();
  }

  /**
   * The municipality whose mailbox `address` is, or null (the receiver refuses it). Read
   * through the tenant settings cache, which a write to any tenant clears: every message
   * asks twice (at RCPT and on receipt), and on SQLite each read waits its turn on the
   * one connection.
   */
  async tenantOfMailbox(address: string): Promise<MailboxTenant | null> {
    const mailboxAddress = address.trim().toLowerCase();
    if (mailboxAddress === '') return null;
    return this.settings.get(`mailbox:${mailboxAddress}`, async () => {
      const t = await this.em().findOne(
        Tenant,
        { mailboxAddress },
        { ...NO_FILTERS, fields: ['id', 'country'] },
      );
      return t ? { id: t.id, country: t.country } : null;
    });
  }

  /** Handles one received message for each of its recipients that is a mailbox. */
  async receive(
    raw: Buffer,
    envelope: { mailFrom: string | null; recipients: readonly string[] },
  ): Promise<InboundOutcome[]> {
    const outcomes: InboundOutcome[] = [];
    const seen = new Set<string>();
    for (const rcpt of envelope.recipients) {
      const mailbox = rcpt.trim().toLowerCase();
      if (seen.has(mailbox)) continue;
      seen.add(mailbox);
      const tenant = await this.tenantOfMailbox(mailbox);
      if (!tenant) continue;
      // The services the mail goes through work in a request's context; this is one,
      // scoped to the mailbox's municipality.
      const em = this.orm.em.fork();
      em.setFilterParams('tenant', { tenantIds: [tenant.id] });
      em.setFilterParams('ownTenants', { tenantIds: [tenant.id] });
      outcomes.push(
        await RequestContext.create(em, () =>
          this.receiveAt(tenant, mailbox, raw, envelope.mailFrom),
        ),
      );
    }
    return outcomes;
  }

  private async receiveAt(
    tenant: MailboxTenant,
    mailbox: string,
    raw: Buffer,
    mailFrom: string | null,
  ): Promise<InboundOutcome> {
    let parsed: ParsedMail | null = null;
    let malformed: string | null;
    try {
      parsed = await simpleParser(raw, { skipImageLinks: true });
      malformed = malformedReason(raw, parsed);
    } catch {
      malformed = 'NOT_MIME';
    }
    const messageId = parsed && !malformed ? normaliseMessageId(parsed.messageId) : null;
    const dedupeKey = messageId ?? `sha256:${createHash('sha256').update(raw).digest('hex')}`;
    const existing = await this.existing(mailbox, dedupeKey);
    if (existing) return this.duplicate(existing);

    const subject = parsed?.subject ? clip(parsed.subject, 500) : null;
    const base: MailBase = {
      id: randomUUID(),
      tenant,
      mailbox,
      dedupeKey,
      messageId: messageId ? clip(messageId, 500) : null,
      fromAddress: parsed ? firstAddress(parsed.from) : null,
      subject,
      size: raw.length,
      receivedAt: this.clock.now(),
    };
    if (!parsed || malformed) {
      return this.recordAlone(base, 'UNPARSEABLE', malformed ?? 'NOT_MIME', {
        rawBase64: raw.toString('base64'),
      });
    }
    const automated = automatedMailReason(
      {
        autoSubmitted: header(parsed, 'auto-submitted'),
        precedence: header(parsed, 'precedence'),
        xAutoreply: header(parsed, 'x-autoreply'),
        xAutoResponseSuppress: header(parsed, 'x-auto-response-suppress'),
        returnPath: mailFrom,
        from: base.fromAddress,
        messageId: parsed.messageId ?? null,
      },
      this.domain,
    );
    if (automated) return this.recordAlone(base, 'IGNORED', automated);

    const sender = base.fromAddress as string;
    const oversize = parsed.attachments.find((a) => a.size > this.maxBytes);
    if (oversize) {
      const outcome = await this.recordAlone(base, 'REFUSED', 'ATTACHMENT_TOO_LARGE');
      if (!outcome.duplicate) {
        await this.bounceTooLarge(tenant, mailbox, mailFrom || sender, parsed, oversize.filename);
      }
      return outcome;
    }
    const files: CheckedFile[] = [];
    const skipped: { fileName: string; code: string }[] = [];
    for (const a of parsed.attachments) {
      const fileName = a.filename ?? 'attachment';
      try {
        files.push(this.attachments.checkFile(fileName, a.content));
      } catch (err) {
        // A file the portal would not take (an .exe, an empty part) is left out; the
        // message itself still reaches IT, with a note of what was left out.
        if (!(err instanceof AppError)) throw err;
        skipped.push({ fileName, code: err.code });
      }
    }
    const text = this.textOf(parsed);
    const person = await this.personByEmail(tenant.id, sender);
    const thread = await this.threadOf(tenant, parsed, person);
    try {
      if (thread) {
        const replied = await this.reply(base, thread, person, text, files, skipped);
        if (replied) return replied;
        return await this.file(base, person, subject, text, files, skipped, thread);
      }
      return await this.file(base, person, subject, text, files, skipped, null);
    } catch (err) {
      if (err instanceof UniqueConstraintViolationException) {
        // The same message, delivered twice at once: the other delivery committed first.
        const other = await this.existing(mailbox, dedupeKey);
        if (other) return this.duplicate(other);
      }
      throw err;
    }
  }

  private async existing(mailbox: string, dedupeKey: string): Promise<InboundMail | null> {
    return this.em().findOne(
      InboundMail,
      { mailbox, dedupeKey },
      { ...NO_FILTERS, populate: ['ticket'] },
    );
  }

  /** A second delivery of a message: counted and logged with its ticket; nothing else. */
  private async duplicate(existing: InboundMail): Promise<InboundOutcome> {
    await this.em()
      .getConnection()
      .execute('update inbound_mail set duplicates = duplicates + 1 where id = ?', [existing.id]);
    this.logger.info(
      {
        mailId: existing.id,
        mailbox: existing.mailbox,
        messageId: existing.messageId,
        ticketId: existing.ticket?.id ?? null,
        ticketNumber: existing.ticket?.number ?? null,
        status: existing.status,
      },
      'duplicate delivery of a received mail; nothing created',
    );
    return {
      mailId: existing.id,
      status: existing.status,
      duplicate: true,
      ticketId: existing.ticket?.id ?? null,
      reason: existing.reason ?? null,
    };
  }

  /** A message that makes no ticket: its row alone (a duplicate when one beat it to it). */
  private async recordAlone(
    base: MailBase,
    status: InboundMailStatus,
    reason: string,
    extra: Partial<InboundMail> = {},
  ): Promise<InboundOutcome> {
    try {
      await this.em().transactional((em) => {
        em.create(InboundMail, {
          ...base,
          ...extra,
          tenant: base.tenant.id,
          status,
          reason,
          ticket: null,
        });
        return Promise.resolve();
      });
    } catch (err) {
      if (err instanceof UniqueConstraintViolationException) {
        const other = await this.existing(base.mailbox, base.dedupeKey);
        if (other) return this.duplicate(other);
      }
      throw err;
    }
    this.logger.info({ mailId: base.id, mailbox: base.mailbox, status, reason }, 'received mail');
    return { mailId: base.id, status, duplicate: false, ticketId: null, reason };
  }

  private async bounceTooLarge(
    tenant: MailboxTenant,
    mailbox: string,
    to: string,
    parsed: ParsedMail,
    fileName: string | undefined,
  ): Promise<void> {
    const message = tooLargeBounce(languageOfCountry(tenant.country), {
      mailbox,
      subject: parsed.subject ?? '',
      fileName: fileName ?? '—',
      maxMb: Math.round(this.maxBytes / 1024 / 1024),
    });
    try {
      await this.mail.send({
        to,
        ...message,
        headers: {
          'Auto-Submitted': 'auto-replied',
          'X-Auto-Response-Suppress': 'All',
          ...(parsed.messageId ? { 'In-Reply-To': parsed.messageId } : {}),
        },
      });
    } catch (err) {
      // The refusal is recorded either way; a bounce that cannot be sent is only logged.
      this.logger.warn({ err, to }, 'could not send the bounce for a refused mail');
    }
  }

  /**
   * The message as text: the sanitised HTML's text when it has HTML, else its text part,
   * with the quoted history below it split off (`quoted`, shown folded away). When there
   * is quoted history the HTML is not kept, since it holds the history too.
   */
  private textOf(parsed: ParsedMail): MailText {
    let text = parsed.text ?? '';
    let html: string | null = null;
    if (typeof parsed.html === 'string' && parsed.html.trim() !== '') {
      const rich = readRichDescription(parsed.html);
      if (!rich.problem) {
        html = rich.html;
        if (text.trim() === '') text = rich.text;
      }
    }
    const split = splitQuotedText(text);
    return {
      text: this.cleanText(split.body),
      html: split.quoted === null ? html : null,
      quoted: split.quoted === null ? null : this.cleanText(split.quoted) || null,
    };
  }

  private cleanText(text: string): string {
    const cleaned = cleanMultiline(text);
    return clip(cleaned.ok ? cleaned.value : '', TICKET_DESCRIPTION_MAX_LENGTH);
  }

  /** People's addresses are stored in lower case (person-fields.ts), as `address` is. */
  private async personByEmail(tenantId: string, address: string): Promise<Person | null> {
    const people = await this.em().find(
      Person,
      { tenant: tenantId, email: address },
      { ...NO_FILTERS, populate: ['tenant'], limit: 2 },
    );
    // Two people sharing an address cannot be told apart: an agent names the caller.
    return people.length === 1 ? (people[0] as Person) : null;
  }

  /**
   * The ticket a message answers, in its own municipality only: one Linje's mail about it
   * named in In-Reply-To/References, or else a ticket number in the subject — the latter
   * only from the ticket's caller or subject, since anyone can type a number.
   */
  private async threadOf(
    tenant: MailboxTenant,
    parsed: ParsedMail,
    person: Person | null,
  ): Promise<Ticket | null> {
    const refs = [
      ...messageIdsIn(header(parsed, 'in-reply-to')),
      ...messageIdsIn(header(parsed, 'references')).reverse(),
    ];
    const em = this.em();
    for (const ref of refs) {
      const ticketId = parseLinjeMessageId(ref, this.domain)?.ticketId;
      if (!ticketId) continue;
      const ticket = await em.findOne(
        Ticket,
        { id: ticketId, tenant: tenant.id },
        { ...NO_FILTERS, populate: ['tenant', 'caller', 'subject'] },
      );
      if (ticket) return ticket;
    }
    if (!person) return null;
    for (const number of ticketNumbersIn(parsed.subject)) {
      const ticket = await em.findOne(
        Ticket,
        { number, tenant: tenant.id },
        { ...NO_FILTERS, populate: ['tenant', 'caller', 'subject'] },
      );
      if (ticket && (ticket.caller.id === person.id || ticket.subject.id === person.id)) {
        return ticket;
      }
    }
    return null;
  }

  private async reply(
    base: MailBase,
    ticket: Ticket,
    person: Person | null,
    text: MailText,
    files: CheckedFile[],
    skipped: { fileName: string; code: string }[],
  ): Promise<InboundOutcome | null> {
    const author = person ?? (await this.unknownSender(base.tenant));
    const done = await this.tickets.replyFromMail({
      ticketId: ticket.id,
      tenantId: base.tenant.id,
      author,
      // From an address no person has, the address heads the reply (as on a new ticket),
      // so that agents see who wrote.
      body: person ? text.text : clip(`${base.fromAddress ?? ''}\n\n${text.text}`, 20_000),
      data: {
        from: base.fromAddress,
        inboundMailId: base.id,
        ...(text.html ? { html: text.html } : {}),
        ...(text.quoted ? { quoted: text.quoted } : {}),
        ...(skipped.length > 0 ? { skippedAttachments: skipped } : {}),
      },
      audit: { inboundMailId: base.id, from: base.fromAddress },
      within: (em, t) => {
        em.create(InboundMail, {
          ...base,
          tenant: base.tenant.id,
          status: 'REPLY',
          reason: null,
          ticket: t,
          quoted: text.quoted,
        });
        this.attachments.storeChecked(em, t, author.id, files);
        return Promise.resolve();
      },
    });
    if (!done) return null;
    this.logger.info({ mailId: base.id, ticketId: ticket.id }, 'received mail added to a ticket');
    return {
      mailId: base.id,
      status: 'REPLY',
      duplicate: false,
      ticketId: ticket.id,
      reason: null,
    };
  }

  private async file(
    base: MailBase,
    person: Person | null,
    subject: string | null,
    text: MailText,
    files: CheckedFile[],
    skipped: { fileName: string; code: string }[],
    followUpOf: Ticket | null,
  ): Promise<InboundOutcome> {
    const caller = person ?? (await this.unknownSender(base.tenant));
    const status: InboundMailStatus = person ? 'TICKET' : 'UNKNOWN_SENDER';
    const titleClean = cleanSingleLine(subject ?? '');
    const title = clip(
      (titleClean.ok ? titleClean.value : '') || `E-mail from ${base.fromAddress ?? '?'}`,
      TICKET_TITLE_MAX_LENGTH,
    );
    const from = base.fromAddress ?? '';
    // The sender's address heads the description of an unknown sender's ticket, so that
    // agents see whom to match (and whom to answer).
    const description = person ? text.text : clip(`${from}\n\n${text.text}`, 20_000);
    const ticket = await this.tickets.fileFromMail({
      caller,
      title,
      description,
      descriptionHtml: person ? text.html : null,
      followUpOf,
      audit: {
        inboundMailId: base.id,
        from,
        ...(skipped.length > 0 ? { skippedAttachments: skipped } : {}),
      },
      within: (em, t) => {
        em.create(InboundMail, {
          ...base,
          tenant: base.tenant.id,
          status,
          reason: null,
          ticket: t,
          quoted: text.quoted,
        });
        this.attachments.storeChecked(em, t, caller.id, files);
        return Promise.resolve();
      },
    });
    this.logger.info({ mailId: base.id, ticketId: ticket.id, status }, 'received mail filed');
    return { mailId: base.id, status, duplicate: false, ticketId: ticket.id, reason: null };
  }

  /** The municipality's stand-in caller for unknown addresses, made the first time it is needed. */
  async unknownSender(tenant: MailboxTenant): Promise<Person> {
    const find = () =>
      this.em().findOne(
        Person,
        { tenant: tenant.id, username: UNKNOWN_SENDER_USERNAME },
        { ...NO_FILTERS, populate: ['tenant'] },
      );
    const found = await find();
    if (found) return found;
    try {
      await this.em().transactional((em) => {
        em.create(Person, {
          id: randomUUID(),
          tenant: em.getReference(Tenant, tenant.id),
          username: UNKNOWN_SENDER_USERNAME,
          ...unknownSenderName(languageOfCountry(tenant.country)),
          email: null,
          roles: [],
          accountEnabled: false,
          createdAt: this.clock.now(),
        });
        return Promise.resolve();
      });
    } catch (err) {
      if (!(err instanceof UniqueConstraintViolationException)) throw err;
    }
    const made = await find();
    if (!made) throw new Error('The unknown-sender person could not be made');
    return made;
  }
}

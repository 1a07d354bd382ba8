import { randomUUID } from 'node:crypto';
import { EntityManager, MikroORM } from '@mikro-orm/core';
import { Inject, Injectable } from '@nestjs/common';
import { PinoLogger } from 'nestjs-pino';
import { linjeMessageId } from '@linje/shared';
import { Clock } from '../common/clock.js';
import { APP_CONFIG } from '../config/config.module.js';
import type { AppConfig } from '../config/config.js';
import { BeforeCommit, type PendingWrite } from '../database/before-commit.js';
import { MailSender } from './mail-sender.js';
import { OutgoingMessage, type OutgoingChannel } from './outgoing-message.entity.js';
import { SmsSender } from './sms-sender.js';

export interface QueueMessage {
  tenantId: string;
  channel: OutgoingChannel;
  to: string;
  recipientPersonId?: string | null;
  kind: string;
  subject?: string | null;
  body: string;
  ticketId?: string | null;
  /** Unique per message: queueing the same key again (a retried job) keeps the first. */
  key: string;
  /** When to send at the earliest (held to working hours); now by default. */
  notBefore?: Date;
  /** Non-essential mail only: adds List-Unsubscribe. */
  unsubscribeUrl?: string | null;
}

export const OUTGOING_MAX_ATTEMPTS = 6;
/** First retry after a minute, then 2, 4, 8, 16 minutes. */
export const OUTGOING_BACKOFF_BASE_MS = 60_000;
/** A worker holds a claimed message this long; one that died is taken over afterwards. */
export const OUTGOING_LEASE_MS = 2 * 60_000;
const CLAIM_BATCH = 20;
const MAX_PER_RUN = 5000;
/** Earlier Linje messages a References header lists at most (the first and the latest). */
const MAX_REFERENCES = 20;

export function backoffMs(attempts: number): number {
  return OUTGOING_BACKOFF_BASE_MS * 2 ** Math.max(0, attempts - 1);
}

/** A provider's error without anything that looks like credentials (URLs with user info). */
export function safeError(err: unknown): string {
  const text = err instanceof Error ? err.message : 'unknown error';
  return text
    .replace(/[a-z][a-z0-9+.-]*:\/\/[^\s/@]*@/gi, (m) => m.replace(/\/\/[^@]*@/, '//***@'))
    .replace(/(authorization|password|token)\S*\s*[:=]\s*\S+/gi, '$1=***')
    .slice(0, 500);
}

type Row = (string | number | null)[];

/**
 * The durable outgoing queue. `enqueue` writes rows in the caller's transaction; `sendDue`
 * claims due rows (one atomic statement, `FOR UPDATE SKIP LOCKED` on PostgreSQL, as `job`
 * does), marks them SENDING under a lease, sends each and marks it SENT right after the
 * provider accepted it, or backs off and retries, FAILED after the last attempt.
 *
 * The one window left: a worker dying after the provider accepted a message and before the
 * SENT mark commits. After the lease the message is sent again, with the same Message-ID
 * (made from the row id), so receivers and Linje's own incoming mail recognise it as the
 * same message. SMS has no such identifier: the gateway may deliver that one SMS twice.
 */
@Injectable()
export class OutgoingQueue {
  readonly workerId = `outgoing-${randomUUID()}`;

  constructor(
    private readonly orm: MikroORM,
    private readonly clock: Clock,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly mail: MailSender,
    private readonly sms: SmsSender,
    private readonly beforeCommit: BeforeCommit,
    private readonly logger: PinoLogger,
  ) {}

  /** Queues messages in the caller's transaction; answers their Message-IDs (e-mail). */
  async enqueue(em: EntityManager, messages: readonly QueueMessage[]): Promise<void> {
    if (messages.length === 0) return;
    const now = this.clock.now().getTime();
    const refsByTicket = new Map<string, string[]>();
    const rows: Row[] = [];
    for (const m of messages) {
      const id = randomUUID();
      let messageId: string | null = null;
      let references: string | null = null;
      if (m.channel === 'EMAIL') {
        messageId = linjeMessageId({
          domain: this.config.mail.domain,
          unique: id,
          ticketId: m.ticketId ?? null,
        });
        if (m.ticketId) {
          let refs = refsByTicket.get(m.ticketId);
          if (!refs) {
            refs = await this.earlierMessageIds(em, m.ticketId);
            refsByTicket.set(m.ticketId, refs);
          }
          references = refs.length ? refs.join(' ') : null;
        }
      }
      rows.push([
        id,
        m.tenantId,
        m.channel,
        m.to,
        m.recipientPersonId ?? null,
        m.kind,
        m.subject ?? null,
        m.body,
        m.ticketId ?? null,
        messageId,
        references,
        m.channel === 'EMAIL' ? (m.unsubscribeUrl ?? null) : null,
        m.key,
        Math.max(now, m.notBefore?.getTime() ?? now),
        now,
      ]);
    }
    const pending = this.beforeCommit.pending(em, 'outgoing', () => new PendingMessages());
    if (pending) pending.add(rows);
    else await insertMessages(em, rows, em.getTransactionContext());
  }

  /** Linje's earlier mail about a ticket, oldest first: the first and the latest ones. */
  private async earlierMessageIds(em: EntityManager, ticketId: string): Promise<string[]> {
    const rows = await em.find(
      OutgoingMessage,
      { ticketId, channel: 'EMAIL' },
      {
        filters: false,
        fields: ['messageId', 'createdAt'],
        orderBy: { createdAt: 'asc', id: 'asc' },
      },
    );
    const ids = rows.map((r) => r.messageId).filter((x): x is string => x !== null);
    return ids.length > MAX_REFERENCES ? [ids[0] ?? '', ...ids.slice(-(MAX_REFERENCES - 1))] : ids;
  }

  /** Claims up to `limit` due messages for this worker (taking over expired leases). */
  async claim(limit = CLAIM_BATCH): Promise<string[]> {
    const now = this.clock.now().getTime();
    const lock = this.config.database.kind === 'postgresql' ? ' for update skip locked' : '';
    const rows: { id: string }[] = await this.orm.em
      .fork()
      .getConnection()
      .execute(
        "update outgoing_message set status = 'SENDING', claimed_by = ?, claimed_until = ?, attempts = attempts + 1 " +
          'where id in (select id from outgoing_message where ' +
          "((status = 'QUEUED' and next_attempt_at <= ?) or (status = 'SENDING' and claimed_until <= ?)) " +
          'order by next_attempt_at, id limit ?' +
          lock +
          ") and (status = 'QUEUED' or claimed_until <= ?) returning id",
        [this.workerId, now + OUTGOING_LEASE_MS, now, now, limit, now],
        'all',
      );
    return rows.map((r) => r.id);
  }

  /** Sends every due message; answers how many were sent. */
  async sendDue(): Promise<number> {
    let sent = 0;
    let handled = 0;
    while (handled < MAX_PER_RUN) {
      const ids = await this.claim();
      if (ids.length === 0) break;
      handled += ids.length;
      for (const id of ids) if (await this.sendClaimed(id)) sent += 1;
    }
    return sent;
  }

  /** Sends one message this worker holds; false if it failed or the lease was lost. */
  async sendClaimed(id: string): Promise<boolean> {
    const em = this.orm.em.fork();
    const m = await em.findOne(
      OutgoingMessage,
      { id, claimedBy: this.workerId, status: 'SENDING' },
      { filters: false },
    );
    if (!m) return false;
    let providerId: string | null = null;
    try {
      if (m.channel === 'EMAIL') {
        const refs = m.references ? m.references.split(' ') : [];
        providerId = (
          await this.mail.send({
            to: m.recipient,
            subject: m.subject ?? '',
            text: m.body,
            ...(m.messageId ? { messageId: m.messageId } : {}),
            ...(refs.length ? { inReplyTo: refs.at(-1), references: refs } : {}),
            ...(m.unsubscribeUrl ? { unsubscribeUrl: m.unsubscribeUrl } : {}),
          })
        ).providerId;
      } else {
        await this.sms.send({ to: m.recipient, text: m.body });
      }
    } catch (err) {
      const now = this.clock.now().getTime();
      const failed = m.attempts >= OUTGOING_MAX_ATTEMPTS;
      await em.nativeUpdate(
        OutgoingMessage,
        { id, claimedBy: this.workerId },
        {
          status: failed ? 'FAILED' : 'QUEUED',
          lastError: safeError(err),
          claimedUntil: null,
          nextAttemptAt: failed ? m.nextAttemptAt : now + backoffMs(m.attempts),
        },
        { filters: false },
      );
      this.logger.warn(
        { outgoingId: id, attempts: m.attempts, failed },
        'outgoing message not sent',
      );
      return false;
    }
    await em.nativeUpdate(
      OutgoingMessage,
      { id, claimedBy: this.workerId },
      {
        status: 'SENT',
        sentAt: this.clock.now().getTime(),
        claimedUntil: null,
        lastError: null,
        providerMessageId: providerId ?? m.messageId,
      },
      { filters: false },
    );
    return true;
  }

  /** Puts a failed (or waiting) message back to be sent now, with fresh attempts. */
  async retry(em: EntityManager, id: string): Promise<OutgoingMessage | null> {
    const m = await em.findOne(OutgoingMessage, { id });
    if (!m) return null;
    if (m.status === 'FAILED' || m.status === 'QUEUED') {
      m.status = 'QUEUED';
      m.attempts = 0;
      m.nextAttemptAt = this.clock.now().getTime();
      m.claimedBy = null;
      m.claimedUntil = null;
    }
    return m;
  }
}

async function insertMessages(
  em: EntityManager,
  rows: readonly Row[],
  transaction: unknown,
): Promise<void> {
  const ROWS_PER_STATEMENT = 200;
  for (let i = 0; i < rows.length; i += ROWS_PER_STATEMENT) {
    const chunk = rows.slice(i, i + ROWS_PER_STATEMENT);
    await em
      .getConnection()
      .execute(
        'insert into outgoing_message (id, tenant_id, channel, recipient, recipient_person_id, kind, subject, body, ' +
          'ticket_id, message_id, "references", unsubscribe_url, "key", next_attempt_at, created_at, status, attempts) values ' +
          chunk.map(() => "(?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'QUEUED', 0)").join(', ') +
          ' on conflict ("key") do nothing',
        chunk.flat(),
        'run',
        transaction,
      );
  }
}

class PendingMessages implements PendingWrite {
  private readonly rows = new Map<string, Row>();

  add(rows: readonly Row[]): void {
    for (const row of rows) {
      const key = String(row[12]);
      if (!this.rows.has(key)) this.rows.set(key, row);
    }
  }

  async write(em: EntityManager, transaction: object): Promise<void> {
    await insertMessages(em, [...this.rows.values()], transaction);
  }
}

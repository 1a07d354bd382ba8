import { parseLinjeMessageId } from '@linje/shared';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { JobsService } from '../jobs/jobs.service.js';
import { Person } from '../people/person.entity.js';
import { Tenant } from '../tenants/tenant.entity.js';
import { TestApp } from '../test-support/test-app.js';
import { TestSmtpServer } from '../test-support/test-smtp-server.js';
import { OutgoingMessage } from './outgoing-message.entity.js';
import { OUTGOING_MAX_ATTEMPTS, OutgoingQueue, backoffMs } from './outgoing-queue.js';

const SARA = 'JOSA9804';
const OMAR = 'SAOR9112';
const CREATE = `mutation($input: CreateTicketInput!) { createTicket(input: $input) { id number } }`;
const ENTRY = `mutation($input: AddTicketEntryInput!) { addTicketEntry(input: $input) { id } }`;

describe('outgoing mail through a real SMTP server', () => {
  let smtp: TestSmtpServer;
  let app: TestApp;
  let jobs: JobsService;
  let queue: OutgoingQueue;
  let saraEmail: string;
  const cookie: Record<string, string> = {};

  beforeAll(async () => {
    smtp = await TestSmtpServer.start();
    app = await TestApp.start({
      env: {
        SMTP_URL: smtp.url,
        MAIL_DOMAIN: 'linje.test.example',
        PUBLIC_URL: 'https://linje.test.example',
      },
    });
    jobs = app.running.app.get(JobsService);
    queue = app.running.app.get(OutgoingQueue);
    for (const u of [SARA, OMAR]) cookie[u] = await app.signIn(u);
    const sara = await app.em().findOneOrFail(Person, { username: SARA }, { filters: false });
    saraEmail = sara.email ?? '';
  });
  afterAll(async () => {
    await app.stop();
    await smtp.stop();
  });

  it('threads two replies about a ticket: Message-ID, In-Reply-To, References, Auto-Submitted', async () => {
    const t = await app.gql<{ createTicket: { id: string; number: string } }>(
      CREATE,
      { input: { title: 'VPN drops' } },
      cookie[SARA],
    );
    const ticket = t.data!.createTicket;
    for (const body of ['First answer.', 'Second answer.']) {
      const r = await app.gql(ENTRY, { input: { ticketId: ticket.id, body } }, cookie[OMAR]);
      expect(r.errors).toBeUndefined();
      await jobs.runDueJobs();
    }
    const mails = smtp.to(saraEmail).filter((m) => m.parsed.subject?.includes(ticket.number));
    expect(mails).toHaveLength(2);
    const [first, second] = mails as [(typeof mails)[0], (typeof mails)[0]];
    for (const m of mails) {
      expect(parseLinjeMessageId(m.messageId, 'linje.test.example')).toEqual({
        ticketId: ticket.id,
      });
      expect(m.header('Auto-Submitted')).toBe('auto-generated');
      expect(m.parsed.subject).toContain(`[${ticket.number}]`);
    }
    expect(first.parsed.inReplyTo).toBeUndefined();
    expect(second.parsed.inReplyTo).toBe(first.messageId);
    expect(second.parsed.references).toEqual(first.messageId);
    expect(second.parsed.text).toContain('Second answer.');
    // The queue row holds the same Message-ID and the server's answer.
    const rows = await app
      .em()
      .find(
        OutgoingMessage,
        { ticketId: ticket.id },
        { filters: false, orderBy: { createdAt: 'asc' } },
      );
    expect(rows.map((r) => r.status)).toEqual(['SENT', 'SENT']);
    expect(rows.map((r) => r.messageId)).toEqual([first.messageId, second.messageId]);
    expect(rows[0]?.providerMessageId).toMatch(/^250/);
  });

  it('adds List-Unsubscribe to non-essential notices only', async () => {
    const em = app.em();
    const kav = await em.findOneOrFail(Tenant, { code: 'KAV' }, { filters: false });
    await em.transactional(async (tx) => {
      await queue.enqueue(tx, [
        {
          tenantId: kav.id,
          channel: 'EMAIL',
          to: 'a@example.org',
          kind: 'ANNOUNCEMENT',
          subject: 'Planned outage',
          body: 'Tonight.',
          key: 'test:unsub:1',
          unsubscribeUrl: 'https://linje.test.example/profile/notifications',
        },
        {
          tenantId: kav.id,
          channel: 'EMAIL',
          to: 'b@example.org',
          kind: 'RESET_CODE',
          subject: 'Code',
          body: 'x',
          key: 'test:unsub:2',
        },
      ]);
    });
    await jobs.runDueJobs();
    expect(smtp.to('a@example.org')[0]?.header('List-Unsubscribe')).toBe(
      '<https://linje.test.example/profile/notifications> (Notification preferences)',
    );
    expect(smtp.to('b@example.org')[0]?.header('List-Unsubscribe')).toBeNull();
    expect(smtp.to('b@example.org')[0]?.header('Auto-Submitted')).toBe('auto-generated');
  });

  it('queues a key once, however often it is queued', async () => {
    const em = app.em();
    const kav = await em.findOneOrFail(Tenant, { code: 'KAV' }, { filters: false });
    const msg = {
      tenantId: kav.id,
      channel: 'EMAIL' as const,
      to: 'once@example.org',
      kind: 'ANNOUNCEMENT',
      subject: 'S',
      body: 'B',
      key: 'test:once',
    };
    await em.transactional((tx) => queue.enqueue(tx, [msg]));
    await em.transactional((tx) => queue.enqueue(tx, [msg, msg]));
    await jobs.runDueJobs();
    await jobs.runDueJobs();
    expect(smtp.to('once@example.org')).toHaveLength(1);
  });

  it('retries a refused message with exponential backoff, then marks it failed', async () => {
    const em = app.em();
    const kav = await em.findOneOrFail(Tenant, { code: 'KAV' }, { filters: false });
    await em.transactional((tx) =>
      queue.enqueue(tx, [
        {
          tenantId: kav.id,
          channel: 'EMAIL',
          to: 'retry@example.org',
          kind: 'ANNOUNCEMENT',
          subject: 'R',
          body: 'B',
          key: 'test:retry',
        },
        {
          tenantId: kav.id,
          channel: 'EMAIL',
          to: 'fail@example.org',
          kind: 'ANNOUNCEMENT',
          subject: 'F',
          body: 'B',
          key: 'test:fail',
        },
      ]),
    );
    const row = (key: string) =>
      app.em().findOneOrFail(OutgoingMessage, { key }, { filters: false });
    // Refuse the first two attempts of "retry".
    smtp.refuse = 2;
    await queue.sendDue();
    const r1 = await row('test:retry');
    const f1 = await row('test:fail');
    // Both were refused once (order by next attempt, then id): each waits a minute.
    expect([r1.status, r1.attempts, f1.status, f1.attempts]).toEqual(['QUEUED', 1, 'QUEUED', 1]);
    expect(r1.lastError).toMatch(/451/);
    expect(r1.nextAttemptAt - app.clock.now().getTime()).toBe(backoffMs(1));
    // Not before the back-off has passed.
    await queue.sendDue();
    expect((await row('test:retry')).attempts).toBe(1);
    app.clock.advanceMinutes(1);
    await queue.sendDue();
    expect((await row('test:retry')).status).toBe('SENT');
    expect((await row('test:fail')).status).toBe('SENT');
    expect(smtp.to('retry@example.org')).toHaveLength(1);

    // A message that is refused every time is FAILED after the last attempt.
    await em.transactional((tx) =>
      queue.enqueue(tx, [
        {
          tenantId: kav.id,
          channel: 'EMAIL',
          to: 'never@example.org',
          kind: 'ANNOUNCEMENT',
          subject: 'N',
          body: 'B',
          key: 'test:never',
        },
      ]),
    );
    smtp.refuse = 1000;
    try {
      for (let i = 1; i <= OUTGOING_MAX_ATTEMPTS; i++) {
        await queue.sendDue();
        const n = await row('test:never');
        expect(n.attempts).toBe(i);
        expect(n.status).toBe(i < OUTGOING_MAX_ATTEMPTS ? 'QUEUED' : 'FAILED');
        app.clock.advanceMinutes(backoffMs(i) / 60_000);
      }
      app.clock.advanceMinutes(24 * 60);
      await queue.sendDue();
      expect((await row('test:never')).attempts).toBe(OUTGOING_MAX_ATTEMPTS);
    } finally {
      smtp.refuse = 0;
    }
    expect(smtp.to('never@example.org')).toHaveLength(0);
  });

  describe('administration', () => {
    const NILS = 'AXNS8514'; // Kävlinge administrator
    const IDA = 'LIIA9003'; // Burlöv administrator
    const LIST = `query($t: ID!, $s: [String!], $c: String) { outgoingMessages(tenantId: $t, statuses: $s, channel: $c) { id recipient status attempts lastError kind channel simulated body } }`;
    const RETRY = `mutation($id: ID!) { retryOutgoingMessage(id: $id) { id status attempts } }`;
    const PREVIEW = `query($t: ID!, $e: String!, $l: String!, $s: String, $b: String) { notificationTemplatePreview(tenantId: $t, event: $e, language: $l, subject: $s, body: $b) { subject body placeholders } }`;
    let kav: string;
    let bur: string;

    beforeAll(async () => {
      for (const u of [NILS, IDA]) cookie[u] = await app.signIn(u);
      const em = app.em();
      kav = (await em.findOneOrFail(Tenant, { code: 'KAV' }, { filters: false })).id;
      bur = (await em.findOneOrFail(Tenant, { code: 'BUR' }, { filters: false })).id;
    });

    it('lists failed messages to the tenant’s administrator, who retries one', async () => {
      type Row = { id: string; recipient: string; status: string; lastError: string | null };
      const res = await app.gql<{ outgoingMessages: Row[] }>(
        LIST,
        { t: kav, s: ['FAILED'] },
        cookie[NILS],
      );
      if (res.errors) throw new Error(JSON.stringify(res.errors).slice(0, 600));
      const failed = res.data!.outgoingMessages.find((m) => m.recipient === 'never@example.org');
      expect(failed).toMatchObject({ status: 'FAILED' });
      expect(failed?.lastError).toMatch(/451/);
      // Another municipality's administrator sees nothing of it and cannot retry it.
      const other = await app.gql(LIST, { t: kav }, cookie[IDA]);
      expect(other.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
      const own = await app.gql<{ outgoingMessages: Row[] }>(
        LIST,
        { t: bur, s: ['FAILED', 'SENT'] },
        cookie[IDA],
      );
      expect(
        own.data!.outgoingMessages.some(
          (m) => m.recipient.endsWith('@example.org') && m.id === failed?.id,
        ),
      ).toBe(false);
      const stolen = await app.gql(RETRY, { id: failed?.id }, cookie[IDA]);
      expect(stolen.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
      expect(
        (await app.gql(LIST, { t: kav, s: ['LOST'] }, cookie[NILS])).errors?.[0]?.extensions,
      ).toMatchObject({ code: 'BAD_USER_INPUT', fields: [{ field: 'statuses', code: 'INVALID' }] });

      const retried = await app.gql<{ retryOutgoingMessage: { status: string; attempts: number } }>(
        RETRY,
        { id: failed?.id },
        cookie[NILS],
      );
      expect(retried.data?.retryOutgoingMessage).toMatchObject({ status: 'QUEUED', attempts: 0 });
      await queue.sendDue();
      expect(smtp.to('never@example.org')).toHaveLength(1);
      const again = await app.gql(RETRY, { id: failed?.id }, cookie[NILS]);
      expect(again.errors?.[0]?.extensions?.code).toBe('CONFLICT');
    });

    it('shows the SMS simulator outbox', async () => {
      await app.em().transactional((tx) =>
        queue.enqueue(tx, [
          {
            tenantId: kav,
            channel: 'SMS',
            to: '+46700000001',
            kind: 'CRITICAL_PAGE',
            body: 'Linje: page',
            key: 'test:sms:1',
          },
        ]),
      );
      await queue.sendDue();
      const res = await app.gql<{
        outgoingMessages: { recipient: string; simulated: boolean; body: string }[];
      }>(LIST, { t: kav, s: ['SENT'], c: 'SMS' }, cookie[NILS]);
      expect(res.data?.outgoingMessages.find((m) => m.recipient === '+46700000001')).toMatchObject({
        simulated: true,
        body: 'Linje: page',
      });
    });

    it('previews a template, default or overridden, and refuses unknown placeholders', async () => {
      type P = {
        notificationTemplatePreview: { subject: string; body: string; placeholders: string[] };
      };
      const def = await app.gql<P>(PREVIEW, { t: kav, e: 'TICKET_REPLIED', l: 'sv' }, cookie[NILS]);
      expect(def.data?.notificationTemplatePreview.subject).toBe(
        '[KAV-2026-000123] The printer on floor 2 jams',
      );
      expect(def.data?.notificationTemplatePreview.body).toContain('Hej Sara');
      expect(def.data?.notificationTemplatePreview.placeholders).toContain('ticketNumber');
      const own = await app.gql<P>(
        PREVIEW,
        { t: kav, e: 'TICKET_REPLIED', l: 'en', s: 'Case {{ticketNumber}}', b: '{{author}} wrote' },
        cookie[NILS],
      );
      expect(own.data?.notificationTemplatePreview).toMatchObject({
        subject: 'Case KAV-2026-000123',
        body: 'Omar Saleh wrote',
      });
      const bad = await app.gql(
        PREVIEW,
        { t: kav, e: 'TICKET_REPLIED', l: 'en', b: 'Code {{code}} {{ ticket }' },
        cookie[NILS],
      );
      expect(bad.errors?.[0]?.extensions).toMatchObject({
        code: 'BAD_USER_INPUT',
        fields: [
          { field: 'body', code: 'UNKNOWN_PLACEHOLDER' },
          { field: 'body', code: 'MALFORMED_PLACEHOLDER' },
        ],
      });
      const lang = await app.gql(PREVIEW, { t: kav, e: 'NOPE', l: 'fi' }, cookie[NILS]);
      expect(lang.errors?.[0]?.extensions?.fields).toEqual([
        expect.objectContaining({ field: 'event', code: 'INVALID' }),
        expect.objectContaining({ field: 'language', code: 'INVALID' }),
      ]);
    });
  });
});

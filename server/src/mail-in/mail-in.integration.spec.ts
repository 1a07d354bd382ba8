import { randomUUID } from 'node:crypto';
import nodemailer, { type Transporter } from 'nodemailer';
import type Mail from 'nodemailer/lib/mailer/index.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { linjeMessageId } from '@linje/shared';
import { Attachment } from '../attachments/attachment.entity.js';
import { AuditEvent } from '../audit/audit-event.entity.js';
import { Person } from '../people/person.entity.js';
import { Tenant } from '../tenants/tenant.entity.js';
import { SmtpSink } from '../test-support/smtp-sink.js';
import { TestApp, type GqlResponse } from '../test-support/test-app.js';
import { TicketEntry } from '../tickets/ticket-entry.entity.js';
import { Ticket } from '../tickets/ticket.entity.js';
import { InboundMail } from './inbound-mail.entity.js';
import { UNKNOWN_SENDER_USERNAME } from './mail-in.service.js';
import { SmtpReceiver } from './smtp-receiver.js';

const KAV_MAILBOX = 'it@kavlinge.example';
const BUR_MAILBOX = 'it@burlov.example';
const SARA_MAIL = 'sara.johansson@kavlinge.example';
const OMAR = 'SAOR9112'; // agent of Kävlinge and Burlöv
const LENA = 'BELA8819'; // Burlöv-only agent
const SARA = 'JOSA9804'; // Kävlinge staff
const NILS = 'AXNS8514'; // Kävlinge administrator

const LIST = `query($t: ID!, $all: Boolean) {
  inboundMails(tenantId: $t, all: $all) {
    id status reason fromAddress subject ticketId ticketNumber duplicates settled size rawText
  }
}`;
const SETTINGS = `mutation($t: ID!, $input: TenantSettingsInput!) {
  updateTenantSettings(tenantId: $t, input: $input) { mailboxAddress }
}`;
const SETTLE = `mutation($id: ID!) { settleInboundMail(id: $id) { id settled } }`;
const MATCH = `mutation($t: TicketRefInput!, $p: ID!) {
  matchMailSender(ticket: $t, personId: $p) { id version caller { id displayName } }
}`;
const TICKET = `query($id: ID!) {
  ticket(id: $id) { id channel description descriptionHtml mailQuotedHistory unknownMailSender }
}`;
const TIMELINE = `query($id: ID!) { ticketTimeline(ticketId: $id) { kind body quoted field from to } }`;

type Err = Pick<GqlResponse<unknown>, 'errors'>;

/**
 * The log lines of both runs: nestjs-pino keeps the first app's logger for the whole
 * process, so the second app's lines arrive here too. Each line names its own mail.
 */
const logs: Record<string, unknown>[] = [];
const code = (r: Err) => r.errors?.[0]?.extensions?.code;

describe.each(['sqlite', 'postgresql'] as const)('incoming e-mail on %s', (database) => {
  let sink: SmtpSink;
  let app: TestApp;
  let smtp: Transporter;
  let kav: Tenant;
  let bur: Tenant;
  let sara: Person;
  let omar: string;
  let lena: string;
  let saraCookie: string;

  beforeAll(async () => {
    sink = await SmtpSink.start();
    app = await TestApp.start({
      database,
      env: { MAIL_IN_PORT: '0', MAIL_IN_HOST: '127.0.0.1', SMTP_URL: sink.url, LOG_LEVEL: 'info' },
      logStream: {
        write: (chunk: string) => {
          for (const line of chunk.split('\n').filter(Boolean)) {
            logs.push(JSON.parse(line) as Record<string, unknown>);
          }
        },
      },
    });
    const at = app.running.app.get(SmtpReceiver).listening();
    if (!at) throw new Error('the SMTP receiver did not start');
    smtp = nodemailer.createTransport({
      host: '127.0.0.1',
      port: at.port,
      secure: false,
      ignoreTLS: true,
    });
    const em = app.em();
    kav = await em.findOneOrFail(Tenant, { code: 'KAV' }, { filters: false });
    bur = await em.findOneOrFail(Tenant, { code: 'BUR' }, { filters: false });
    sara = await em.findOneOrFail(Person, { username: SARA }, { filters: false });
    omar = await app.signIn(OMAR);
    lena = await app.signIn(LENA);
    saraCookie = await app.signIn(SARA);
  }, 120_000);
  afterAll(async () => {
    smtp?.close();
    await app?.stop();
    await sink?.stop();
  });

  function send(message: Mail.Options) {
    return smtp.sendMail({ from: SARA_MAIL, to: KAV_MAILBOX, ...message });
  }

  async function mailRow(messageId: string): Promise<InboundMail> {
    return app
      .em()
      .findOneOrFail(
        InboundMail,
        { messageId: messageId.replace(/^<|>$/g, '') },
        { filters: false, populate: ['ticket'] },
      );
  }

  async function ticketsFiledBy(mailbox: string): Promise<number> {
    return app.em().count(InboundMail, { mailbox, ticket: { $ne: null } }, { filters: false });
  }

  it('refuses a recipient that is no mailbox at RCPT, with a clear SMTP error', async () => {
    const err = await send({ to: 'nobody@kavlinge.example', subject: 'x', text: 'x' }).then(
      () => null,
      (e: unknown) => e as { responseCode?: number; response?: string },
    );
    expect(err?.responseCode).toBe(550);
    expect(err?.response).toMatch(/No such mailbox/);
  });

  it("files a new mail as an e-mail ticket for the sender's person record, audited", async () => {
    const messageId = `<new-${randomUUID()}@client.example>`;
    await send({
      messageId,
      subject: 'Skrivaren på plan 2 skriver inte ut',
      text: 'Den blinkar orange.\n\nMvh Sara',
    });
    const row = await mailRow(messageId);
    expect(row.status).toBe('TICKET');
    const ticket = await app
      .em()
      .findOneOrFail(Ticket, { id: row.ticket?.id }, { filters: false, populate: ['caller'] });
    expect(ticket.channel).toBe('EMAIL');
    expect(ticket.title).toBe('Skrivaren på plan 2 skriver inte ut');
    expect(ticket.description).toContain('Den blinkar orange.');
    expect(ticket.caller.id).toBe(sara.id);
    expect(ticket.tenant.id).toBe(kav.id);
    const audit = await app
      .em()
      .find(AuditEvent, { entityId: ticket.id, action: 'ticket.created' }, { filters: false });
    expect(audit).toHaveLength(1);
    expect(audit[0]?.actorId).toBe(sara.id);
    expect(audit[0]?.data).toMatchObject({ channel: 'EMAIL', inboundMailId: row.id });
    // Sara sees her ticket in the portal like any other.
    const seen = await app.gql<{ ticket: { channel: string } }>(
      TICKET,
      { id: ticket.id },
      saraCookie,
    );
    expect(seen.data?.ticket.channel).toBe('EMAIL');
  });

  it('decides the municipality by the recipient address', async () => {
    const messageId = `<bur-${randomUUID()}@client.example>`;
    await send({
      messageId,
      to: BUR_MAILBOX,
      from: 'someone@elsewhere.example',
      subject: 'Hej',
      text: 'Hjälp',
    });
    const row = await mailRow(messageId);
    expect(row.tenant.id).toBe(bur.id);
    expect(row.status).toBe('UNKNOWN_SENDER');
    const ticket = await app
      .em()
      .findOneOrFail(Ticket, { id: row.ticket?.id }, { filters: false, populate: ['caller'] });
    expect(ticket.tenant.id).toBe(bur.id);
    expect(ticket.caller.username).toBe(UNKNOWN_SENDER_USERNAME);
    expect(ticket.caller.tenant.id).toBe(bur.id);
    // The stand-in is nobody to find in the staff search (Lena supports Burlöv).
    const found = await app.gql<{ staffSearch: { username: string }[] }>(
      'query($q: String!) { staffSearch(query: $q) { username } }',
      { q: ticket.caller.givenName },
      lena,
    );
    expect(found.errors).toBeUndefined();
    expect(found.data?.staffSearch.map((m) => m.username)).not.toContain(UNKNOWN_SENDER_USERNAME);
  });

  it('adds a reply threaded by In-Reply-To to its ticket, reopens it, and folds the quoted history', async () => {
    const first = `<thread-${randomUUID()}@client.example>`;
    await send({ messageId: first, subject: 'Outlook startar inte', text: 'Det kraschar.' });
    const ticketId = (await mailRow(first)).ticket?.id as string;
    // An agent resolved it just now.
    const em = app.em();
    const ticket = await em.findOneOrFail(Ticket, { id: ticketId }, { filters: false });
    ticket.status = 'RESOLVED';
    ticket.resolvedAt = app.clock.now();
    await em.flush();

    const ours = linjeMessageId({ domain: app.config.mail.domain, unique: randomUUID(), ticketId });
    const reply = `<reply-${randomUUID()}@client.example>`;
    await send({
      messageId: reply,
      inReplyTo: ours,
      references: [ours],
      subject: 'Re: Ditt ärende',
      text: [
        'Det fungerar fortfarande inte.',
        '',
        'Den 23 nov. 2026 kl. 09:00 skrev IT-supporten <linje@example.org>:',
        '> Vi har startat om Outlook åt dig.',
      ].join('\n'),
    });
    const row = await mailRow(reply);
    expect(row.status).toBe('REPLY');
    expect(row.ticket?.id).toBe(ticketId);
    const after = await app.em().findOneOrFail(Ticket, { id: ticketId }, { filters: false });
    expect(after.status).toBe('IN_PROGRESS');
    const timeline = await app.gql<{
      ticketTimeline: { kind: string; body: string; quoted: string | null; field: string | null }[];
    }>(TIMELINE, { id: ticketId }, omar);
    const replyEntry = timeline.data?.ticketTimeline.find((e) => e.kind === 'REPLY');
    expect(replyEntry?.body).toBe('Det fungerar fortfarande inte.');
    expect(replyEntry?.quoted).toMatch(/^Den 23 nov\. 2026.*\n> Vi har startat om Outlook/);
    expect(
      timeline.data?.ticketTimeline.some((e) => e.field === 'status' && e.kind === 'CHANGE'),
    ).toBe(true);
    expect(await app.em().count(Ticket, { id: ticketId }, { filters: false })).toBe(1);
  });

  it('files a reply to a closed ticket as a new ticket that follows it up', async () => {
    const first = `<closed-${randomUUID()}@client.example>`;
    await send({ messageId: first, subject: 'Skärmen flimrar', text: 'Hela tiden.' });
    const old = (await mailRow(first)).ticket as Ticket;
    const em = app.em();
    const closed = await em.findOneOrFail(Ticket, { id: old.id }, { filters: false });
    closed.status = 'CLOSED';
    closed.resolvedAt = app.clock.now();
    await em.flush();
    const ours = linjeMessageId({
      domain: app.config.mail.domain,
      unique: randomUUID(),
      ticketId: old.id,
    });
    const reply = `<closed-reply-${randomUUID()}@client.example>`;
    await send({
      messageId: reply,
      inReplyTo: ours,
      subject: 'Re: Skärmen flimrar',
      text: 'Nu igen.',
    });
    const row = await mailRow(reply);
    expect(row.status).toBe('TICKET');
    expect(row.ticket?.id).not.toBe(old.id);
    const entries = await app
      .em()
      .find(TicketEntry, { ticket: row.ticket?.id, kind: 'CHANGE' }, { filters: false });
    expect(entries.map((e) => [e.data['field'], e.data['to']])).toContainEqual([
      'followUpOf',
      old.number,
    ]);
    const still = await app.em().findOneOrFail(Ticket, { id: old.id }, { filters: false });
    expect(still.status).toBe('CLOSED');
  });

  it('adds a threaded reply from an unknown address under that address, without reopening', async () => {
    const first = `<cc-${randomUUID()}@client.example>`;
    await send({ messageId: first, subject: 'Projektorn i sal 3', text: 'Ingen bild.' });
    const ticketId = (await mailRow(first)).ticket?.id as string;
    const em = app.em();
    const resolved = await em.findOneOrFail(Ticket, { id: ticketId }, { filters: false });
    resolved.status = 'RESOLVED';
    resolved.resolvedAt = app.clock.now();
    await em.flush();
    const ours = linjeMessageId({ domain: app.config.mail.domain, unique: randomUUID(), ticketId });
    const reply = `<cc-reply-${randomUUID()}@client.example>`;
    await send({
      messageId: reply,
      from: 'kollega@elsewhere.example',
      inReplyTo: ours,
      subject: 'Re: Projektorn i sal 3',
      text: 'Samma problem i sal 4.',
    });
    const row = await mailRow(reply);
    expect(row.status).toBe('REPLY');
    expect(row.ticket?.id).toBe(ticketId);
    const entry = await app
      .em()
      .findOneOrFail(TicketEntry, { ticket: ticketId, kind: 'REPLY' }, { filters: false });
    expect(entry.body).toBe('kollega@elsewhere.example\n\nSamma problem i sal 4.');
    const after = await app.em().findOneOrFail(Ticket, { id: ticketId }, { filters: false });
    expect(after.status).toBe('RESOLVED');
  });

  it('threads a reply by the ticket number in its subject, from the caller only', async () => {
    const first = `<num-${randomUUID()}@client.example>`;
    await send({ messageId: first, subject: 'Behöver ny mus', text: 'Den gamla är trasig.' });
    const ticket = (await mailRow(first)).ticket as Ticket;
    const reply = `<num-reply-${randomUUID()}@client.example>`;
    await send({
      messageId: reply,
      subject: `Re: [${ticket.number}] Behöver ny mus`,
      text: 'Gärna trådlös.',
    });
    expect((await mailRow(reply)).ticket?.id).toBe(ticket.id);
    expect((await mailRow(reply)).status).toBe('REPLY');
    // Anyone can type a number: a stranger's mail naming it files its own ticket.
    const stranger = `<num-stranger-${randomUUID()}@client.example>`;
    await send({
      messageId: stranger,
      from: 'x@elsewhere.example',
      subject: `Re: ${ticket.number}`,
      text: 'Hej',
    });
    const row = await mailRow(stranger);
    expect(row.status).toBe('UNKNOWN_SENDER');
    expect(row.ticket?.id).not.toBe(ticket.id);
  });

  it('files the same message delivered twice once, and keeps count of the duplicate', async () => {
    const messageId = `<dup-${randomUUID()}@client.example>`;
    const raw = [
      `From: ${SARA_MAIL}`,
      `To: ${KAV_MAILBOX}`,
      'Subject: Dubbel leverans',
      `Message-ID: ${messageId}`,
      'Content-Type: text/plain; charset=utf-8',
      '',
      'Samma meddelande två gånger.',
      '',
    ].join('\r\n');
    const envelope = { from: SARA_MAIL, to: [KAV_MAILBOX] };
    const before = await ticketsFiledBy(KAV_MAILBOX);
    await smtp.sendMail({ envelope, raw });
    await smtp.sendMail({ envelope, raw });
    // And twice at once, as two relays might.
    const concurrent = `<dup-race-${randomUUID()}@client.example>`;
    const raced = raw.replace(messageId, concurrent);
    await Promise.all([
      smtp.sendMail({ envelope, raw: raced }),
      smtp.sendMail({ envelope, raw: raced }),
    ]);
    expect(await ticketsFiledBy(KAV_MAILBOX)).toBe(before + 2);
    const row = await mailRow(messageId);
    expect(row.duplicates).toBe(1);
    // Logged with a pointer to the ticket it made, not dropped silently.
    const logged = logs.filter(
      (l) => l['mailId'] === row.id && String(l['msg']).startsWith('duplicate delivery'),
    );
    expect(logged).toHaveLength(1);
    expect(logged[0]).toMatchObject({
      ticketId: row.ticket?.id,
      ticketNumber: row.ticket?.number,
      messageId: row.messageId,
      mailbox: KAV_MAILBOX,
    });
    expect((await mailRow(concurrent)).duplicates).toBe(1);
    expect(
      await app.em().count(InboundMail, { dedupeKey: row.dedupeKey }, { filters: false }),
    ).toBe(1);
  });

  it('keys a message without a Message-ID by the SHA-256 of its bytes', async () => {
    const raw = [
      `From: ${SARA_MAIL}`,
      `To: ${KAV_MAILBOX}`,
      `Subject: Utan id ${randomUUID()}`,
      'Content-Type: text/plain; charset=utf-8',
      '',
      'Inget Message-ID.',
      '',
    ].join('\r\n');
    const envelope = { from: SARA_MAIL, to: [KAV_MAILBOX] };
    const before = await ticketsFiledBy(KAV_MAILBOX);
    await smtp.sendMail({ envelope, raw });
    await smtp.sendMail({ envelope, raw });
    expect(await ticketsFiledBy(KAV_MAILBOX)).toBe(before + 1);
    const rows = await app
      .em()
      .find(InboundMail, { dedupeKey: { $like: 'sha256:%' } }, { filters: false });
    expect(rows).toHaveLength(1);
    expect(rows[0]?.dedupeKey).toMatch(/^sha256:[0-9a-f]{64}$/);
    expect(rows[0]?.duplicates).toBe(1);
  });

  it('never files or answers auto-replies, bounces, list mail or its own mail', async () => {
    const before = await ticketsFiledBy(KAV_MAILBOX);
    const sunk = sink.messages.length;
    const cases: [Mail.Options, string][] = [
      [
        { headers: { 'Auto-Submitted': 'auto-replied' }, subject: 'Frånvaro: Re: Skrivaren' },
        'AUTO_SUBMITTED',
      ],
      [{ headers: { Precedence: 'bulk' }, subject: 'Nyhetsbrev' }, 'PRECEDENCE'],
      [{ headers: { Precedence: 'junk' }, subject: 'Erbjudande' }, 'PRECEDENCE'],
      [{ headers: { Precedence: 'list' }, subject: 'Lista' }, 'PRECEDENCE'],
      [{ from: 'MAILER-DAEMON@mx.example', subject: 'Undeliverable' }, 'MAILER_DAEMON'],
      [
        { envelope: { from: '', to: [KAV_MAILBOX] }, subject: 'Delivery Status Notification' },
        'NULL_SENDER',
      ],
    ];
    const ids: string[] = [];
    for (const [options, _reason] of cases) {
      const messageId = `<auto-${randomUUID()}@client.example>`;
      ids.push(messageId);
      await send({ messageId, text: 'automatiskt', ...options });
    }
    // Linje's own mail coming back to the mailbox (an auto-forward loop).
    const own = linjeMessageId({ domain: app.config.mail.domain, unique: randomUUID() });
    await send({ messageId: own, subject: 'Ditt ärende', text: 'Från Linje' });
    for (const [i, id] of ids.entries()) {
      const row = await mailRow(id);
      expect(row.status).toBe('IGNORED');
      expect(row.reason).toBe(cases[i]?.[1]);
    }
    expect((await mailRow(own)).reason).toBe('OWN_MESSAGE');
    expect(await ticketsFiledBy(KAV_MAILBOX)).toBe(before);
    expect(sink.messages.length).toBe(sunk);
    // Agents see them in the list of received mail that needs them.
    const list = await app.gql<{ inboundMails: { id: string; status: string }[] }>(
      LIST,
      { t: kav.id },
      omar,
    );
    expect(
      list.data?.inboundMails.filter((m) => m.status === 'IGNORED').length,
    ).toBeGreaterThanOrEqual(7);
  });

  it('sanitises HTML mail', async () => {
    const messageId = `<html-${randomUUID()}@client.example>`;
    await send({
      messageId,
      subject: 'Länk fungerar inte',
      html: '<p>Den här <b>länken</b> <a href="javascript:alert(1)">klick</a></p><script>alert(1)</script><img src=x onerror=alert(1)>',
    });
    const ticketId = (await mailRow(messageId)).ticket?.id as string;
    const res = await app.gql<{ ticket: { descriptionHtml: string; description: string } }>(
      TICKET,
      { id: ticketId },
      omar,
    );
    const html = res.data?.ticket.descriptionHtml ?? '';
    expect(html).toContain('<b>länken</b>');
    expect(html).not.toMatch(/script|javascript:|onerror/i);
    expect(res.data?.ticket.description).toContain('länken');
  });

  it('keeps the quoted history of a new mail folded away from its description', async () => {
    const messageId = `<fwd-${randomUUID()}@client.example>`;
    await send({
      messageId,
      subject: 'Fwd: Lösenord',
      text: 'Kan ni hjälpa mig med detta?\n\n-----Original Message-----\nFrom: HR\nSubject: Lösenord\n\nByt lösenord.',
    });
    const ticketId = (await mailRow(messageId)).ticket?.id as string;
    const res = await app.gql<{
      ticket: { description: string; mailQuotedHistory: string | null };
    }>(TICKET, { id: ticketId }, omar);
    expect(res.data?.ticket.description).toBe('Kan ni hjälpa mig med detta?');
    expect(res.data?.ticket.mailQuotedHistory).toMatch(
      /^-----Original Message-----[\s\S]*Byt lösenord\.$/,
    );
  });

  it('keeps attachments with the portal limits and refuses one over 10 MB with a bounce', async () => {
    const ok = `<att-${randomUUID()}@client.example>`;
    await send({
      messageId: ok,
      subject: 'Felmeddelande',
      text: 'Se bilagan.',
      attachments: [
        { filename: 'fel.txt', content: 'Error 0x80070005' },
        { filename: 'virus.exe', content: Buffer.from('MZ\x90\x00not allowed') },
      ],
    });
    const ticketId = (await mailRow(ok)).ticket?.id as string;
    const files = await app.em().find(Attachment, { ticket: ticketId }, { filters: false });
    expect(files.map((f) => f.fileName)).toEqual(['fel.txt']);

    const big = `<big-${randomUUID()}@client.example>`;
    const before = await ticketsFiledBy(KAV_MAILBOX);
    await send({
      messageId: big,
      subject: 'Stor fil',
      text: 'Här är loggen.',
      attachments: [{ filename: 'logg.txt', content: Buffer.alloc(10 * 1024 * 1024 + 1, 'a') }],
    });
    const row = await mailRow(big);
    expect(row.status).toBe('REFUSED');
    expect(row.reason).toBe('ATTACHMENT_TOO_LARGE');
    expect(await ticketsFiledBy(KAV_MAILBOX)).toBe(before);
    const bounces = sink.to(SARA_MAIL).filter((m) => m.parsed.subject?.includes('Stor fil'));
    expect(bounces).toHaveLength(1);
    const bounce = bounces[0];
    expect(bounce?.parsed.subject).toBe('Ditt meddelande togs inte emot: Stor fil');
    expect(bounce?.parsed.text).toContain('logg.txt');
    expect(bounce?.parsed.headers.get('auto-submitted')).toBe('auto-replied');
    expect(bounce?.parsed.inReplyTo).toBe(big);
  });

  it('keeps a malformed MIME message for agents without crashing', async () => {
    const raw = [
      `From: ${SARA_MAIL}`,
      `To: ${KAV_MAILBOX}`,
      'Subject: Trasig',
      `Message-ID: <broken-${randomUUID()}@client.example>`,
      'MIME-Version: 1.0',
      'Content-Type: multipart/mixed',
      '',
      'no boundary at all',
      '',
    ].join('\r\n');
    await smtp.sendMail({ envelope: { from: SARA_MAIL, to: [KAV_MAILBOX] }, raw });
    const rows = await app
      .em()
      .find(InboundMail, { status: 'UNPARSEABLE' }, { filters: false, populate: ['rawBase64'] });
    expect(rows).toHaveLength(1);
    expect(rows[0]?.reason).toBe('BROKEN_MULTIPART');
    expect(Buffer.from(rows[0]?.rawBase64 ?? '', 'base64').toString('utf8')).toContain(
      'no boundary at all',
    );
    const list = await app.gql<{
      inboundMails: { id: string; status: string; reason: string; rawText: string | null }[];
    }>(LIST, { t: kav.id }, omar);
    const kept = list.data?.inboundMails.find((m) => m.id === rows[0]?.id);
    expect(kept).toMatchObject({ status: 'UNPARSEABLE', reason: 'BROKEN_MULTIPART' });
    expect(kept?.rawText).toContain('no boundary at all');
    expect(list.data?.inboundMails.find((m) => m.status === 'IGNORED')?.rawText).toBeNull();
    // The receiver still takes mail.
    const after = `<after-broken-${randomUUID()}@client.example>`;
    await send({ messageId: after, subject: 'Efteråt', text: 'Fungerar det?' });
    expect((await mailRow(after)).status).toBe('TICKET');
  });

  it('lets agents of the municipality match an unknown sender to a person, and no one else', async () => {
    const messageId = `<unknown-${randomUUID()}@client.example>`;
    await send({
      messageId,
      from: 'sara.privat@elsewhere.example',
      subject: 'Från privat adress',
      text: 'Hej',
    });
    const row = await mailRow(messageId);
    const ticket = await app.em().findOneOrFail(Ticket, { id: row.ticket?.id }, { filters: false });
    expect(ticket.description).toContain('sara.privat@elsewhere.example');
    const list = await app.gql<{ inboundMails: { id: string }[] }>(LIST, { t: kav.id }, omar);
    expect(list.data?.inboundMails.map((m) => m.id)).toContain(row.id);

    const shown = await app.gql<{ ticket: { unknownMailSender: string | null } }>(
      TICKET,
      { id: ticket.id },
      omar,
    );
    expect(shown.data?.ticket.unknownMailSender).toBe('sara.privat@elsewhere.example');
    const ref = { id: ticket.id, version: ticket.version };
    // Staff do not see the ticket; Burlöv's own agent does not see Kävlinge.
    expect(code(await app.gql(MATCH, { t: ref, p: sara.id }, saraCookie))).toBe('NOT_FOUND');
    expect(code(await app.gql(MATCH, { t: ref, p: sara.id }, lena))).toBe('NOT_FOUND');
    expect(code(await app.gql(LIST, { t: kav.id }, saraCookie))).toBe('FORBIDDEN');
    expect(code(await app.gql(LIST, { t: kav.id }, lena))).toBe('NOT_FOUND');
    expect(code(await app.gql(SETTLE, { id: row.id }, lena))).toBe('NOT_FOUND');
    // A person of another municipality cannot be named.
    const ali = await app.em().findOneOrFail(Person, { username: 'HAAI9502' }, { filters: false });
    expect(code(await app.gql(MATCH, { t: ref, p: ali.id }, omar))).toBe('NOT_FOUND');

    const matched = await app.gql<{ matchMailSender: { caller: { id: string }; version: number } }>(
      MATCH,
      { t: ref, p: sara.id },
      omar,
    );
    expect(matched.errors).toBeUndefined();
    expect(matched.data?.matchMailSender.caller.id).toBe(sara.id);
    const entries = await app
      .em()
      .find(TicketEntry, { ticket: ticket.id, kind: 'CHANGE' }, { filters: false });
    expect(entries.map((e) => e.data['field'])).toContain('caller');
    expect(
      await app
        .em()
        .count(AuditEvent, { entityId: ticket.id, action: 'ticket.caller' }, { filters: false }),
    ).toBe(1);
    // Matched once; the mail has left the list.
    const again = await app.gql(
      MATCH,
      { t: { id: ticket.id, version: matched.data?.matchMailSender.version }, p: sara.id },
      omar,
    );
    expect(code(again)).toBe('CONFLICT');
    const shownAfter = await app.gql<{ ticket: { unknownMailSender: string | null } }>(
      TICKET,
      { id: ticket.id },
      omar,
    );
    expect(shownAfter.data?.ticket.unknownMailSender).toBeNull();
    const listAfter = await app.gql<{ inboundMails: { id: string }[] }>(LIST, { t: kav.id }, omar);
    expect(listAfter.data?.inboundMails.map((m) => m.id)).not.toContain(row.id);

    // Settling an ignored mail takes it off the list too.
    const all = await app.gql<{ inboundMails: { id: string; status: string }[] }>(
      LIST,
      { t: kav.id },
      omar,
    );
    const ignored = all.data?.inboundMails.find((m) => m.status === 'IGNORED')?.id as string;
    const settled = await app.gql<{ settleInboundMail: { settled: boolean } }>(
      SETTLE,
      { id: ignored },
      omar,
    );
    expect(settled.data?.settleInboundMail.settled).toBe(true);
    const rest = await app.gql<{ inboundMails: { id: string }[] }>(LIST, { t: kav.id }, omar);
    expect(rest.data?.inboundMails.map((m) => m.id)).not.toContain(ignored);
    const everything = await app.gql<{ inboundMails: { id: string }[] }>(
      LIST,
      { t: kav.id, all: true },
      omar,
    );
    expect(everything.data?.inboundMails.map((m) => m.id)).toContain(ignored);
  });

  it('lets the administrator set the mailbox address, validated and unique across municipalities', async () => {
    const nils = await app.signIn(NILS);
    const fieldCode = (r: Err) =>
      ((r.errors?.[0]?.extensions?.fields ?? []) as { field: string; code: string }[]).find(
        (f) => f.field === 'mailboxAddress',
      )?.code;
    const bad = await app.gql(
      SETTINGS,
      { t: kav.id, input: { mailboxAddress: 'not an address' } },
      nils,
    );
    expect(fieldCode(bad)).toBe('INVALID_EMAIL');
    const taken = await app.gql(
      SETTINGS,
      { t: kav.id, input: { mailboxAddress: BUR_MAILBOX } },
      nils,
    );
    expect(fieldCode(taken)).toBe('TAKEN');
    expect(
      code(
        await app.gql(
          SETTINGS,
          { t: kav.id, input: { mailboxAddress: 'x@kavlinge.example' } },
          omar,
        ),
      ),
    ).toBe('FORBIDDEN');
    const moved = await app.gql<{ updateTenantSettings: { mailboxAddress: string } }>(
      SETTINGS,
      { t: kav.id, input: { mailboxAddress: ' Servicedesk@Kavlinge.example ' } },
      nils,
    );
    expect(moved.data?.updateTenantSettings.mailboxAddress).toBe('servicedesk@kavlinge.example');
    const refused = await send({ subject: 'Gamla adressen', text: 'x' }).then(
      () => null,
      (e: unknown) => e as { responseCode?: number },
    );
    expect(refused?.responseCode).toBe(550);
    const messageId = `<moved-${randomUUID()}@client.example>`;
    await send({
      messageId,
      to: 'servicedesk@kavlinge.example',
      subject: 'Nya adressen',
      text: 'Hej',
    });
    expect((await mailRow(messageId)).status).toBe('TICKET');
    await app.gql(SETTINGS, { t: kav.id, input: { mailboxAddress: KAV_MAILBOX } }, nils);
  });
});

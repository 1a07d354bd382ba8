import { existsSync } from 'node:fs';
import path from 'node:path';
import { inflateSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Attachment } from '../attachments/attachment.entity.js';
import { AuditEvent } from '../audit/audit-event.entity.js';
import { Job } from '../jobs/job.entity.js';
import { JobsService } from '../jobs/jobs.service.js';
import { Person } from '../people/person.entity.js';
import { TestApp, type GqlResponse } from '../test-support/test-app.js';
import { TicketEntry } from '../tickets/ticket-entry.entity.js';
import { Ticket } from '../tickets/ticket.entity.js';
import { TICKET_RETENTION_JOB, TicketRetention } from './ticket-retention.service.js';

const NILS = 'AXNS8514'; // Kävlinge administrator
const OMAR = 'SAOR9112'; // agent of Kävlinge and Burlöv
const LENA = 'BELA8819'; // Burlöv-only agent
const SARA = 'JOSA9804'; // Kävlinge staff
const ALI = 'HAAI9502'; // Burlöv staff

const CREATE = `mutation($input: CreateTicketInput!) { createTicket(input: $input) { id number } }`;
const REPLY = `mutation($input: AddTicketEntryInput!) { addTicketEntry(input: $input) { id } }`;
const RETENTION = `mutation($t: ID!, $y: Int) {
  setTicketRetention(tenantId: $t, years: $y) { tenantId ticketRetentionYears }
}`;
const NOTICE = `query($code: String!, $lang: String) {
  privacyNotice(tenantCode: $code, language: $lang) { tenantName retentionYears custom html }
}`;

const PNG = new Uint8Array([
  0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 73, 72, 68, 82,
]);

type Err = Pick<GqlResponse<unknown>, 'errors'>;
const code = (r: Err) => r.errors?.[0]?.extensions?.code;

/**
 * The text pdfkit draws with its standard fonts: content streams are deflated, and text is
 * shown as hex strings of WinAnsi codes inside TJ arrays.
 */
function pdfText(bytes: Buffer): string {
  const raw = bytes.toString('latin1');
  const out: string[] = [];
  const streams = /stream\r?\n/g;
  let m: RegExpExecArray | null;
  while ((m = streams.exec(raw))) {
    const start = m.index + m[0].length;
    const end = raw.indexOf('endstream', start);
    if (end < 0) break;
    let content: string;
    try {
      content = inflateSync(Buffer.from(raw.slice(start, end), 'latin1')).toString('latin1');
    } catch {
      continue;
    }
    for (const tj of content.matchAll(/\[([^\]]*)\]\s*TJ/g)) {
      const hex = [...(tj[1] ?? '').matchAll(/<([0-9a-fA-F]*)>/g)].map((h) => h[1]).join('');
      out.push(Buffer.from(hex, 'hex').toString('latin1'));
    }
  }
  return out.join('\n');
}

describe.each(['sqlite', 'postgresql'] as const)('ticket retention on %s', (database) => {
  let app: TestApp;
  let nils: string;
  let kav: string;
  let bur: string;

  beforeAll(async () => {
    app = await TestApp.start({ database });
    nils = await app.signIn(NILS);
    const em = app.em();
    const n = await em.findOneOrFail(Person, { username: NILS }, { filters: false });
    const a = await em.findOneOrFail(Person, { username: ALI }, { filters: false });
    kav = n.tenant.id;
    bur = a.tenant.id;
  }, 120_000);
  afterAll(async () => app?.stop());

  async function closedTicket(who: string, title: string, closedAt: string): Promise<string> {
    const cookie = await app.signIn(who);
    const filed = await app.gql<{ createTicket: { id: string } }>(
      CREATE,
      { input: { title, description: `${title} — ring mig på 070-1234567.` } },
      cookie,
    );
    expect(filed.errors).toBeUndefined();
    const id = filed.data?.createTicket.id ?? '';
    const reply = await app.gql(
      REPLY,
      { input: { ticketId: id, body: `Hej, det gäller ${title}` } },
      cookie,
    );
    expect(reply.errors).toBeUndefined();
    const upload = await fetch(`${app.url}/api/tickets/${id}/attachments`, {
      method: 'POST',
      headers: {
        'content-type': 'application/octet-stream',
        'x-file-name': encodeURIComponent(`${title}.png`),
        cookie,
      },
      body: PNG,
    });
    expect(upload.status).toBe(201);
    await app
      .em()
      .nativeUpdate(
        Ticket,
        { id },
        { status: 'CLOSED', resolvedAt: new Date(closedAt), closedAt: new Date(closedAt) },
        { filters: false },
      );
    return id;
  }

  it('validates the rule with field errors and lets only the municipality’s administrators set it', async () => {
    for (const y of [0, 31, -2]) {
      const res = await app.gql(RETENTION, { t: kav, y }, nils);
      expect(code(res), String(y)).toBe('BAD_USER_INPUT');
      expect(res.errors?.[0]?.extensions?.fields).toEqual([
        expect.objectContaining({
          field: 'years',
          code: 'OUT_OF_RANGE',
          params: { min: 1, max: 30 },
        }),
      ]);
    }
    expect(code(await app.gql(RETENTION, { t: kav, y: 3 }))).toBe('UNAUTHENTICATED');
    expect(code(await app.gql(RETENTION, { t: kav, y: 3 }, await app.signIn(OMAR)))).toBe(
      'FORBIDDEN',
    );
    expect(code(await app.gql(RETENTION, { t: kav, y: 3 }, await app.signIn(LENA)))).toBe(
      'NOT_FOUND',
    );
    expect(code(await app.gql(RETENTION, { t: 'no-such-tenant', y: 3 }, nils))).toBe('NOT_FOUND');
  });

  it('anonymises closed tickets past the rule once a day, keeps their numbers and times, and leaves the rest alone', async () => {
    const old = await closedTicket(SARA, 'Gammal skrivare Saras', '2023-11-22T09:00:00Z');
    const recent = await closedTicket(SARA, 'Nyare skärm Saras', '2024-11-23T09:00:00Z');
    const other = await closedTicket(ALI, 'Burlövs gamla dator', '2020-01-01T09:00:00Z');
    const before = await app.em().findOneOrFail(Ticket, { id: old }, { filters: false });
    const files = await app.em().find(Attachment, { ticket: old }, { filters: false });
    expect(files).toHaveLength(1);
    const stored = path.join(app.config.attachments.dir, files[0]?.id ?? '');
    expect(existsSync(stored)).toBe(true);
    const sara = await app.em().findOneOrFail(Person, { username: SARA }, { filters: false });

    const set = await app.gql<{ setTicketRetention: { ticketRetentionYears: number } }>(
      RETENTION,
      { t: kav, y: 3 },
      nils,
    );
    expect(set.errors).toBeUndefined();
    expect(set.data?.setTicketRetention.ticketRetentionYears).toBe(3);

    // Every server process schedules the nightly run on start; the key keeps it to one job.
    const retention = app.running.app.get(TicketRetention);
    await retention.onApplicationBootstrap();
    await retention.onApplicationBootstrap();
    const pending = await app
      .em()
      .find(Job, { type: TICKET_RETENTION_JOB, status: 'PENDING' }, { filters: false });
    expect(pending.map((j) => [j.tenantId, j.key])).toEqual([
      [kav, `${TICKET_RETENTION_JOB}:${kav}:2026-11-24`],
    ]);

    const jobs = app.running.app.get(JobsService);
    await jobs.runDueJobs();
    // Nothing before the nightly run.
    expect((await app.em().findOneOrFail(Ticket, { id: old }, { filters: false })).title).toBe(
      'Gammal skrivare Saras',
    );

    app.clock.set('2026-11-24T02:00:01Z');
    await jobs.runDueJobs();

    const em = app.em();
    const after = await em.findOneOrFail(
      Ticket,
      { id: old },
      { filters: false, populate: ['caller', 'subject'] },
    );
    expect(after.number).toBe(before.number);
    expect(after.status).toBe('CLOSED');
    expect(after.priority).toBe(before.priority);
    expect(after.category?.id).toBe(before.category?.id);
    expect(after.createdAt.toISOString()).toBe(before.createdAt.toISOString());
    expect(after.closedAt?.toISOString()).toBe('2023-11-22T09:00:00.000Z');
    expect(after.title).toBe('Anonymiserat ärende');
    expect(after.description).toBe('');
    expect(after.caller.id).not.toBe(sara.id);
    expect(after.caller.surname).toMatch(/^P-[0-9a-f]{10}$/);
    expect(after.subject.id).toBe(after.caller.id);
    const entries = await em.find(TicketEntry, { ticket: old }, { filters: false });
    expect(entries.length).toBeGreaterThan(0);
    for (const e of entries) {
      expect(e.body).not.toContain('Saras');
      expect(e.author?.id).not.toBe(sara.id);
    }

    expect(await em.count(Attachment, { ticket: old }, { filters: false })).toBe(0);
    expect(existsSync(stored)).toBe(false);
    expect(await em.count(Attachment, { ticket: recent }, { filters: false })).toBe(1);

    const kept = await em.findOneOrFail(Ticket, { id: recent }, { filters: false });
    expect(kept.title).toBe('Nyare skärm Saras');
    expect(kept.caller.id).toBe(sara.id);
    const untouched = await em.findOneOrFail(Ticket, { id: other }, { filters: false });
    expect(untouched.title).toBe('Burlövs gamla dator');

    // Search no longer finds the old text.
    const index = database === 'postgresql' ? 'ticket_search' : 'ticket_fts';
    const indexed: unknown[] = await em
      .getConnection()
      .execute(`select * from ${index} where ticket_id = ?`, [old]);
    expect(indexed).toHaveLength(0);

    const runs = await em.find(
      AuditEvent,
      { action: 'privacy.ticket_retention_ran', tenant: kav },
      { filters: false },
    );
    expect(runs).toHaveLength(1);
    expect(runs[0]?.data).toMatchObject({ years: 3, anonymised: 1 });

    // The next night: nothing more to do, and the anonymised ticket is left as it is.
    app.clock.set('2026-11-25T02:00:01Z');
    await jobs.runDueJobs();
    const again = await app
      .em()
      .find(
        AuditEvent,
        { action: 'privacy.ticket_retention_ran', tenant: kav },
        { filters: false },
      );
    expect(again).toHaveLength(2);
    expect(again.map((r) => r.data)).toContainEqual(expect.objectContaining({ anonymised: 0 }));
    const same = await app.em().findOneOrFail(Ticket, { id: old }, { filters: false });
    expect(same.caller.id).toBe(after.caller.id);
    expect(same.version).toBe(after.version);
    expect(
      await app.em().count(
        AuditEvent,
        { action: 'privacy.ticket_retention_ran', tenant: bur },
        {
          filters: false,
        },
      ),
    ).toBe(0);
  });

  it('shows the retention rule in the default privacy notice, for anyone', async () => {
    const res = await app.gql<{
      privacyNotice: { tenantName: string; retentionYears: number; custom: boolean; html: string };
    }>(NOTICE, { code: 'kav', lang: 'en' });
    expect(res.errors).toBeUndefined();
    expect(res.data?.privacyNotice.custom).toBe(false);
    expect(res.data?.privacyNotice.retentionYears).toBe(3);
    expect(res.data?.privacyNotice.html).toContain('anonymised 3 years after');
    expect(res.data?.privacyNotice.html).toContain(res.data?.privacyNotice.tenantName);
  });
});

describe('privacy notice and PDF export', () => {
  let app: TestApp;
  let nils: string;
  let kav: string;
  let sara: Person;

  beforeAll(async () => {
    app = await TestApp.start();
    nils = await app.signIn(NILS);
    const n = await app.em().findOneOrFail(Person, { username: NILS }, { filters: false });
    kav = n.tenant.id;
    sara = await app.em().findOneOrFail(Person, { username: SARA }, { filters: false });
  }, 120_000);
  afterAll(async () => app?.stop());

  it('gives anyone the default notice in their language, and the administrators’ own text sanitised', async () => {
    const sv = await app.gql<{ privacyNotice: { tenantName: string; html: string } }>(NOTICE, {
      code: 'KAV',
    });
    expect(sv.data?.privacyNotice.html).toContain('Personuppgiftsansvarig');
    expect(sv.data?.privacyNotice.html).toContain(sv.data?.privacyNotice.tenantName);
    expect(sv.data?.privacyNotice.html).toContain('sparas tills vidare');
    const nb = await app.gql<{ privacyNotice: { html: string } }>(NOTICE, {
      code: 'KAV',
      lang: 'nb',
    });
    expect(nb.data?.privacyNotice.html).toContain('Behandlingsansvarlig');
    const none = await app.gql<{ privacyNotice: null }>(NOTICE, { code: 'NOPE' });
    expect(none.errors).toBeUndefined();
    expect(none.data?.privacyNotice).toBeNull();
    const list = await app.gql<{ privacyNoticeTenants: { code: string }[] }>(
      '{ privacyNoticeTenants { code name } }',
    );
    expect(list.data?.privacyNoticeTenants.map((t) => t.code)).toContain('KAV');

    const SET = `mutation($t: ID!, $h: String) { setPrivacyNotice(tenantId: $t, html: $h) { customNoticeHtml } }`;
    expect(code(await app.gql(SET, { t: kav, h: '<p>x</p>' }, await app.signIn(SARA)))).toBe(
      'FORBIDDEN',
    );
    expect(code(await app.gql(SET, { t: kav, h: '<p> </p>' }, nils))).toBe('BAD_USER_INPUT');
    const set = await app.gql<{ setPrivacyNotice: { customNoticeHtml: string } }>(
      SET,
      { t: kav, h: '<h3>Vår text</h3><p onclick="x()">Hej<script>alert(1)</script></p>' },
      nils,
    );
    expect(set.errors).toBeUndefined();
    const custom = await app.gql<{ privacyNotice: { custom: boolean; html: string } }>(NOTICE, {
      code: 'KAV',
    });
    expect(custom.data?.privacyNotice.custom).toBe(true);
    expect(custom.data?.privacyNotice.html).toBe('<h3>Vår text</h3><p>Hej</p>');
    await app.gql(SET, { t: kav, h: null }, nils);
    const back = await app.gql<{ privacyNotice: { custom: boolean } }>(NOTICE, { code: 'KAV' });
    expect(back.data?.privacyNotice.custom).toBe(false);
  });

  async function download(personId: string, cookie?: string, lang = 'sv') {
    return fetch(
      `${app.url}/api/people/${encodeURIComponent(personId)}/data-export.pdf?lang=${lang}`,
      {
        headers: cookie ? { cookie } : {},
      },
    );
  }

  it('renders the person data export as a readable PDF for the municipality’s administrators, audited', async () => {
    const res = await download(sara.id, nils);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('application/pdf');
    expect(res.headers.get('content-disposition')).toContain(
      `linje-person-${sara.id}-2026-11-23.pdf`,
    );
    const bytes = Buffer.from(await res.arrayBuffer());
    expect(bytes.subarray(0, 5).toString()).toBe('%PDF-');
    const text = pdfText(bytes);
    expect(text).toContain('Registerutdrag');
    expect(text).toContain(`${sara.givenName} ${sara.surname}`);
    expect(text).toContain('Profil');
    expect(text).toContain(SARA);
    // 09:30 UTC is 10:30 in Stockholm.
    expect(text).toContain('2026-11-23 10:30');
    expect(text).not.toContain('passwordHash');

    const en = pdfText(Buffer.from(await (await download(sara.id, nils, 'en')).arrayBuffer()));
    expect(en).toContain('Personal data export');

    const audit = await app
      .em()
      .find(AuditEvent, { action: 'person.data_exported', entityId: sara.id }, { filters: false });
    expect(audit).toHaveLength(2);
    expect(audit[0]?.data).toMatchObject({ format: 'pdf' });
  });

  it('refuses the PDF as the query refuses the export', async () => {
    expect((await download(sara.id)).status).toBe(401);
    expect((await download(sara.id, await app.signIn(SARA))).status).toBe(403);
    expect((await download(sara.id, await app.signIn(OMAR))).status).toBe(403);
    const lena = await app.signIn(LENA);
    const notYours = await download(sara.id, lena);
    const missing = await download('00000000-0000-0000-0000-000000000000', nils);
    expect(notYours.status).toBe(404);
    expect(missing.status).toBe(404);
    expect(await notYours.json()).toEqual(await missing.json());
    expect((await download("' OR 1=1 --", nils)).status).toBe(404);
  });
});

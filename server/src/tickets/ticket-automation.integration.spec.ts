import { DEFAULT_PRIORITY_MATRIX } from '@linje/shared';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AuditEvent } from '../audit/audit-event.entity.js';
import { JobsService } from '../jobs/jobs.service.js';
import { Outbox } from '../messaging/outbox.js';
import { Person } from '../people/person.entity.js';
import { Tenant } from '../tenants/tenant.entity.js';
import { TestApp, type GqlResponse } from '../test-support/test-app.js';
import { TenantTicketSettings } from './tenant-ticket-settings.entity.js';

const SARA = 'JOSA9804';
const LARS = 'AHLS8022';
const OMAR = 'SAOR9112';
const ALI = 'HAAI9502';

const FIELDS = 'id number version status';
const CREATE = `mutation($input: CreateTicketInput!) { createTicket(input: $input) { ${FIELDS} } }`;
const STATUS = `mutation($input: ChangeTicketStatusInput!) { changeTicketStatus(input: $input) { ${FIELDS} } }`;
const ENTRY = `mutation($input: AddTicketEntryInput!) { addTicketEntry(input: $input) { id } }`;
const REOPEN = `mutation($id: ID!) { reopenTicket(ticketId: $id) { ${FIELDS} } }`;
const TICKET = `query($id: ID!) { ticket(id: $id) { ${FIELDS} } }`;
const TIMELINE = `query($id: ID!) { ticketTimeline(ticketId: $id) { kind field from to reason author { displayName } } }`;

interface T {
  id: string;
  number: string;
  version: number;
  status: string;
}

function code(res: GqlResponse): string | undefined {
  return res.errors?.[0]?.extensions?.code;
}

// Monday 23 November 2026, 10:30 in Stockholm.
describe('auto-close and reply e-mails (durable jobs)', () => {
  let app: TestApp;
  let jobs: JobsService;
  let outbox: Outbox;
  const cookie: Record<string, string> = {};
  const email: Record<string, string> = {};

  beforeAll(async () => {
    app = await TestApp.start();
    jobs = app.running.app.get(JobsService);
    outbox = app.running.app.get(Outbox);
    for (const u of [SARA, LARS, OMAR, ALI]) {
      cookie[u] = await app.signIn(u);
      const p = await app.em().findOneOrFail(Person, { username: u }, { filters: false });
      email[u] = p.email ?? '';
    }
  });
  afterAll(() => app.stop());

  /** Moves the clock; sessions lapse over days, so everyone signs in again. */
  async function at(iso: string): Promise<void> {
    app.clock.set(iso);
    for (const u of Object.keys(cookie)) cookie[u] = await app.signIn(u);
  }

  async function file(who = SARA, input: Record<string, unknown> = {}): Promise<T> {
    const res = await app.gql<{ createTicket: T }>(
      CREATE,
      { input: { title: 'Screen flickers', ...input } },
      cookie[who],
    );
    expect(res.errors).toBeUndefined();
    return res.data!.createTicket;
  }

  async function resolve(t: T): Promise<T> {
    const res = await app.gql<{ changeTicketStatus: T }>(
      STATUS,
      { input: { id: t.id, version: t.version, status: 'RESOLVED' } },
      cookie[OMAR],
    );
    expect(res.errors).toBeUndefined();
    return res.data!.changeTicketStatus;
  }

  async function status(t: T): Promise<string> {
    const res = await app.gql<{ ticket: T }>(TICKET, { id: t.id }, cookie[OMAR]);
    if (!res.data) throw new Error(JSON.stringify(res.errors));
    return res.data!.ticket.status;
  }

  describe('auto-close', () => {
    it('closes a resolved ticket after five business days, as the system, audited', async () => {
      await at('2026-11-23T09:30:00Z');
      const t = await resolve(await file());
      await at('2026-11-30T11:00:00Z'); // Monday, the fifth business day, still open
      await jobs.runDueJobs();
      expect(await status(t)).toBe('RESOLVED');
      await at('2026-12-01T06:00:00Z'); // Tuesday morning
      await jobs.runDueJobs();
      expect(await status(t)).toBe('CLOSED');
      const timeline = await app.gql<{
        ticketTimeline: { field: string; to: string; reason: string; author: unknown }[];
      }>(TIMELINE, { id: t.id }, cookie[SARA]);
      expect(timeline.data!.ticketTimeline.at(-1)).toMatchObject({
        field: 'status',
        to: 'CLOSED',
        reason: 'auto-close',
        author: null,
      });
      const audit = await app.em().find(AuditEvent, { entityId: t.id }, { filters: false });
      expect(audit.find((a) => a.action === 'ticket.auto_closed')).toMatchObject({
        actorId: null,
      });
      // A closed ticket takes no replies: the caller files a new one.
      const reply = await app.gql(
        ENTRY,
        { input: { ticketId: t.id, body: 'Still broken' } },
        cookie[SARA],
      );
      expect(code(reply)).toBe('CONFLICT');
    });

    it('does not close a ticket the caller reopened; resolving again starts a new count', async () => {
      await at('2026-11-23T09:30:00Z');
      const t = await resolve(await file());
      await at('2026-11-25T09:00:00Z');
      const reopened = await app.gql<{ reopenTicket: T }>(REOPEN, { id: t.id }, cookie[SARA]);
      expect(reopened.data!.reopenTicket.status).toBe('IN_PROGRESS');
      await at('2026-12-01T06:00:00Z');
      await jobs.runDueJobs();
      expect(await status(t)).toBe('IN_PROGRESS');
      const again = await resolve(reopened.data!.reopenTicket);
      await at('2026-12-08T11:00:00Z'); // Wed, Thu, Fri, Mon, Tue: the fifth is Tuesday 8th
      await jobs.runDueJobs();
      expect(await status(again)).toBe('RESOLVED');
      await at('2026-12-09T06:00:00Z');
      await jobs.runDueJobs();
      expect(await status(again)).toBe('CLOSED');
    });

    it("follows the tenant's own number of business days", async () => {
      const em = app.em();
      const bur = await em.findOneOrFail(Tenant, { code: 'BUR' }, { filters: false });
      em.create(TenantTicketSettings, {
        tenant: bur,
        priorityMatrix: DEFAULT_PRIORITY_MATRIX,
        autoCloseAfterBusinessDays: 1,
      });
      await em.flush();
      await at('2026-11-23T09:30:00Z');
      const t = await resolve(await file(ALI));
      await at('2026-11-24T11:00:00Z');
      await jobs.runDueJobs();
      expect(await status(t)).toBe('RESOLVED');
      await at('2026-11-25T06:00:00Z');
      await jobs.runDueJobs();
      expect(await status(t)).toBe('CLOSED');
    });
  });

  describe('the auto-close setting', () => {
    const GET = `query($t: ID!) { ticketAutoCloseDays(tenantId: $t) }`;
    const SET = `mutation($t: ID!, $d: Int!) { setTicketAutoCloseDays(tenantId: $t, businessDays: $d) }`;

    it('administrators of the municipality change it, audited; agents read it', async () => {
      const nils = await app.signIn('AXNS8514');
      const kav = await app.em().findOneOrFail(Tenant, { code: 'KAV' }, { filters: false });
      const before = await app.gql<{ ticketAutoCloseDays: number }>(
        GET,
        { t: kav.id },
        cookie[OMAR],
      );
      expect(before.data!.ticketAutoCloseDays).toBe(5);
      const set = await app.gql<{ setTicketAutoCloseDays: number }>(SET, { t: kav.id, d: 3 }, nils);
      expect(set.data!.setTicketAutoCloseDays).toBe(3);
      const after = await app.gql<{ ticketAutoCloseDays: number }>(GET, { t: kav.id }, nils);
      expect(after.data!.ticketAutoCloseDays).toBe(3);
      const audit = await app
        .em()
        .find(AuditEvent, { action: 'ticket_settings.auto_close_changed' }, { filters: false });
      expect(audit.at(-1)).toMatchObject({ data: { from: 5, to: 3 } });
      await app.gql(SET, { t: kav.id, d: 5 }, nils);
    });

    it('refuses others, other municipalities and out-of-range values', async () => {
      const nils = await app.signIn('AXNS8514');
      const ida = await app.signIn('LIIA9003');
      const kav = await app.em().findOneOrFail(Tenant, { code: 'KAV' }, { filters: false });
      expect(code(await app.gql(SET, { t: kav.id, d: 2 }, cookie[OMAR]))).toBe('FORBIDDEN');
      expect(code(await app.gql(SET, { t: kav.id, d: 2 }, ida))).toBe('FORBIDDEN');
      expect(code(await app.gql(GET, { t: kav.id }, ida))).toBe('FORBIDDEN');
      expect(code(await app.gql(GET, { t: kav.id }, cookie[SARA]))).toBe('FORBIDDEN');
      expect(code(await app.gql(SET, { t: kav.id, d: -1 }, nils))).toBe('BAD_USER_INPUT');
      expect(code(await app.gql(SET, { t: kav.id, d: 61 }, nils))).toBe('BAD_USER_INPUT');
      expect(code(await app.gql(SET, { t: kav.id, d: 2 }))).toBe('UNAUTHENTICATED');
    });
  });

  describe('replies by e-mail', () => {
    it('mails an agent reply to the caller, with the ticket number', async () => {
      await at('2026-11-23T09:30:00Z');
      const t = await file();
      const before = outbox.messages({ to: email[SARA], channel: 'EMAIL' }).length;
      const res = await app.gql(
        ENTRY,
        { input: { ticketId: t.id, body: 'Please restart the computer.' } },
        cookie[OMAR],
      );
      expect(res.errors).toBeUndefined();
      await jobs.runDueJobs();
      const mails = outbox.messages({ to: email[SARA], channel: 'EMAIL' });
      expect(mails).toHaveLength(before + 1);
      expect(mails.at(-1)!.subject).toContain(t.number);
      expect(mails.at(-1)!.text).toContain('Please restart the computer.');
      // Kävlinge is Swedish: the mail is too.
      expect(mails.at(-1)!.text).toContain('Hej Sara');
      expect(mails.at(-1)!.text).toContain(`har svarat i ärende ${t.number}`);
      // Running the jobs again sends nothing twice.
      await jobs.runDueJobs();
      expect(outbox.messages({ to: email[SARA], channel: 'EMAIL' })).toHaveLength(before + 1);
    });

    it('mails both the manager who filed and the person it is for', async () => {
      const sara = await app.em().findOneOrFail(Person, { username: SARA }, { filters: false });
      const t = await file(LARS, { subjectId: sara.id });
      const count = (u: string) => outbox.messages({ to: email[u], channel: 'EMAIL' }).length;
      const [lars0, sara0] = [count(LARS), count(SARA)];
      await app.gql(ENTRY, { input: { ticketId: t.id, body: 'On it.' } }, cookie[OMAR]);
      await jobs.runDueJobs();
      expect(count(LARS)).toBe(lars0 + 1);
      expect(count(SARA)).toBe(sara0 + 1);
    });

    it('sends nothing for internal notes, for the caller’s own replies, or for a refused reply', async () => {
      const t = await file();
      const before = outbox.messages({ channel: 'EMAIL' }).length;
      await app.gql(
        ENTRY,
        { input: { ticketId: t.id, body: 'Internal: check the cable', internal: true } },
        cookie[OMAR],
      );
      await app.gql(ENTRY, { input: { ticketId: t.id, body: 'Any news?' } }, cookie[SARA]);
      const refused = await app.gql(
        ENTRY,
        { input: { ticketId: t.id, body: 'x'.repeat(30_000) } },
        cookie[OMAR],
      );
      expect(code(refused)).toBe('BAD_USER_INPUT');
      await jobs.runDueJobs();
      expect(outbox.messages({ channel: 'EMAIL' })).toHaveLength(before);
    });
  });
});

import { randomUUID } from 'node:crypto';
import { MikroORM } from '@mikro-orm/core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AuditEvent } from '../audit/audit-event.entity.js';
import { JobsService } from '../jobs/jobs.service.js';
import { Notification } from '../notifications/notification.entity.js';
import { Person } from '../people/person.entity.js';
import { TicketHooks } from '../tickets/ticket-hooks.js';
import { Ticket } from '../tickets/ticket.entity.js';
import { TicketSla } from './sla.entities.js';
import { TestApp } from '../test-support/test-app.js';

// Kävlinge (Europe/Stockholm). Friday 27 November 2026, 16:00 local = 15:00 UTC.
const FRIDAY_1600 = '2026-11-27T15:00:00Z';
const SARA = 'JOSA9804'; // employee
const OMAR = 'SAOR9112'; // agent
const MAJA = 'HOMA8107'; // IT lead
const PER = 'EKPR6811'; // IT superior
const NILS = 'HANI9107'; // Porsanger employee

const CREATE = `mutation($input: CreateTicketInput!) { createTicket(input: $input) { id version priority } }`;
const STATUS = `mutation($input: ChangeTicketStatusInput!) { changeTicketStatus(input: $input) { id version status } }`;
const PRIORITY = `mutation($input: ChangeTicketPriorityInput!) { changeTicketPriority(input: $input) { id version priority } }`;
const SLA = `query($id: ID!) { ticketSla(ticketId: $id) { responseDueAt resolutionDueAt responseState resolutionState resolutionMinutesLeft wallClock } }`;
const COMPLIANCE = `query($t: ID!, $m: String!) { slaCompliance(tenantId: $t, month: $m) { group resolved responseMet resolutionMet } }`;
const SAVE_POLICY = `mutation($input: SlaPolicyInput!) { saveSlaPolicy(input: $input) { priority responseMinutes } }`;

interface Sla {
  ticketSla: {
    responseDueAt: string | null;
    resolutionDueAt: string | null;
    responseState: string;
    resolutionState: string;
    resolutionMinutesLeft: number | null;
  };
}
interface Ref {
  id: string;
  version: number;
}

describe('SLA due times, pause/resume and notices (SQLite, moved clock)', () => {
  let app: TestApp;
  const c: Record<string, string> = {};

  beforeAll(async () => {
    app = await TestApp.start({ now: FRIDAY_1600 });
    for (const u of [SARA, OMAR, MAJA, PER, NILS]) c[u] = await app.signIn(u);
  });
  afterAll(() => app.stop());

  const as = (u: string) => c[u] ?? '';
  /** Moves the clock; sessions idle that long have expired, so everyone signs in again. */
  async function moveTo(iso: string): Promise<void> {
    app.clock.set(iso);
    for (const u of Object.keys(c)) c[u] = await app.signIn(u);
  }

  /** A critical ticket filed by Sara, with its id and version. */
  async function fileCritical(title: string): Promise<Ref> {
    const res = await app.gql<{ createCriticalTicket: Ref }>(
      'mutation($input: CreateCriticalTicketInput!) { createCriticalTicket(input: $input) { id version } }',
      { input: { title, criticalReason: 'DANGER_TO_LIFE_OR_HEALTH' } },
      as(SARA),
    );
    expect(res.errors).toBeUndefined();
    return res.data!.createCriticalTicket;
  }

  it('keeps one SLA record for a ticket created and changed in the same transaction', async () => {
    const orm = app.running.app.get(MikroORM);
    const hooks = app.running.app.get(TicketHooks, { strict: false });
    const id = randomUUID();
    await orm.em.fork().transactional(async (em) => {
      const sara = await em.findOneOrFail(
        Person,
        { username: SARA },
        { populate: ['tenant'], filters: false },
      );
      const ticket = em.create(Ticket, {
        id,
        tenant: sara.tenant,
        number: `KAV-TEST-${id.slice(0, 4)}`,
        title: 'Created and taken at once',
        caller: sara,
        subject: sara,
        priority: 'HIGH',
        createdAt: app.clock.now(),
        updatedAt: app.clock.now(),
      });
      await hooks.run(em, ticket, { kind: 'CREATED' });
      // The new record waits for COMMIT; the next change takes it back and updates it.
      ticket.status = 'IN_PROGRESS';
      await hooks.run(em, ticket, { kind: 'STATUS', from: 'NEW', to: 'IN_PROGRESS' });
    });
    const records = await app.em().find(TicketSla, { ticket: id }, { filters: false });
    expect(records).toHaveLength(1);
    expect(records[0]?.responseMinutes).toBe(60);
    // Taken at once: the response target was met with no time used.
    expect(records[0]?.responseUsedMs).toBe(0);
    expect(records[0]?.responseBreached).toBe(false);
  });

  it('counts business minutes, pauses while waiting for the caller and notifies inside working hours', async () => {
    const created = await app.gql<{ createTicket: Ref & { priority: string } }>(
      CREATE,
      { input: { title: 'Shared drive is slow', impact: 'GROUP', urgency: 'HIGH' } },
      as(SARA),
    );
    expect(created.errors).toBeUndefined();
    const t = created.data!.createTicket;
    expect(t.priority).toBe('HIGH');
    // HIGH: 60 min response, 480 min resolution on 09:00–16:30 weekdays.
    const sla = await app.gql<Sla>(SLA, { id: t.id }, as(SARA));
    expect(sla.data!.ticketSla).toMatchObject({
      responseDueAt: '2026-11-30T08:30:00.000Z', // Monday 09:30
      resolutionDueAt: '2026-11-30T15:30:00.000Z', // 30 Fri + 450 Mon = 480 → Monday 16:30
      responseState: 'RUNNING',
    });

    // The weekend passes: no notice on Saturday night or Sunday.
    const jobs = app.running.app.get(JobsService);
    await moveTo('2026-11-29T23:59:00Z');
    await jobs.runDueJobs();
    const before = await app.em().find(Notification, { ticketId: t.id }, { filters: false });
    expect(before).toEqual([]);

    // Monday 09:18 (80 % of the response target): the IT lead is warned, not earlier.
    await moveTo('2026-11-30T08:18:00Z');
    await jobs.runDueJobs();
    const warned = await app
      .em()
      .find(Notification, { ticketId: t.id }, { filters: false, populate: ['recipient'] });
    expect(warned.map((n) => [n.kind, n.recipient.username, n.createdAt.toISOString()])).toEqual([
      ['SLA_WARNING', MAJA, '2026-11-30T08:18:00.000Z'],
    ]);

    // The agent starts work (the response) and then waits for the caller for a day.
    await moveTo('2026-11-30T08:20:00Z');
    const started = await app.gql<{ changeTicketStatus: Ref }>(
      STATUS,
      { input: { id: t.id, version: t.version, status: 'IN_PROGRESS' } },
      as(OMAR),
    );
    expect(started.errors).toBeUndefined();
    await moveTo('2026-11-30T09:00:00Z'); // Monday 10:00; 30 + 60 = 90 minutes used
    const waiting = await app.gql<{ changeTicketStatus: Ref }>(
      STATUS,
      { input: { ...started.data!.changeTicketStatus, status: 'WAITING_FOR_CALLER' } },
      as(OMAR),
    );
    expect(waiting.errors).toBeUndefined();
    const paused = await app.gql<Sla>(SLA, { id: t.id }, as(OMAR));
    expect(paused.data!.ticketSla).toMatchObject({
      resolutionDueAt: null,
      resolutionState: 'PAUSED',
      responseState: 'MET',
    });

    // The resolution warning that was due on Monday afternoon never fires while paused.
    await moveTo('2026-12-01T09:00:00Z'); // Tuesday 10:00
    await jobs.runDueJobs();
    const resumed = await app.gql<{ changeTicketStatus: Ref }>(
      STATUS,
      { input: { ...waiting.data!.changeTicketStatus, status: 'IN_PROGRESS' } },
      as(OMAR),
    );
    expect(resumed.errors).toBeUndefined();
    const running = await app.gql<Sla>(SLA, { id: t.id }, as(OMAR));
    // 390 minutes left from Tuesday 10:00 → 16:30 (390 minutes).
    expect(running.data!.ticketSla.resolutionDueAt).toBe('2026-12-01T15:30:00.000Z');
    expect(running.data!.ticketSla.resolutionMinutesLeft).toBe(390);
    const notices = await app.em().find(Notification, { ticketId: t.id }, { filters: false });
    expect(notices.map((n) => n.kind)).toEqual(['SLA_WARNING']);

    // A new priority recomputes the due times and records why.
    const low = await app.gql<{ changeTicketPriority: Ref }>(
      PRIORITY,
      {
        input: {
          id: t.id,
          version: resumed.data!.changeTicketStatus.version,
          priority: 'LOW',
          reason: 'Workaround in place',
        },
      },
      as(OMAR),
    );
    expect(low.errors).toBeUndefined();
    const recomputed = await app
      .em()
      .find(AuditEvent, { entityId: t.id, action: 'sla.recomputed' }, { filters: false });
    expect(recomputed).toHaveLength(1);
    expect(recomputed[0]!.data.reason).toBe('priority changed from HIGH to LOW');

    // Resolved on Tuesday: the month's report counts it as met.
    await moveTo('2026-12-01T10:00:00Z');
    const resolved = await app.gql<{ changeTicketStatus: Ref }>(
      STATUS,
      {
        input: {
          id: t.id,
          version: low.data!.changeTicketPriority.version,
          status: 'RESOLVED',
          timeSpentMinutes: 30,
        },
      },
      as(OMAR),
    );
    expect(resolved.errors).toBeUndefined();
    const tenantId = (
      await app
        .em()
        .findOneOrFail(AuditEvent, { entityId: t.id, action: 'sla.recomputed' }, { filters: false })
    ).tenant.id;
    const report = await app.gql<{
      slaCompliance: { resolved: number; responseMet: number; resolutionMet: number }[];
    }>(COMPLIANCE, { t: tenantId, m: '2026-12' }, as(MAJA));
    expect(report.errors).toBeUndefined();
    expect(report.data!.slaCompliance.reduce((n, r) => n + r.resolved, 0)).toBe(1);
    expect(report.data!.slaCompliance[0]).toMatchObject({ responseMet: 1, resolutionMet: 1 });

    // Employees do not see reports; other municipalities' people do not see this one.
    expect(
      (await app.gql(COMPLIANCE, { t: tenantId, m: '2026-12' }, as(SARA))).errors?.[0]?.extensions
        ?.code,
    ).toBe('FORBIDDEN');
    expect(
      (await app.gql(COMPLIANCE, { t: tenantId, m: '2026-12' }, as(NILS))).errors?.[0]?.extensions
        ?.code,
    ).toBe('NOT_FOUND');
    expect(
      (await app.gql(COMPLIANCE, { t: tenantId, m: '2026-13' }, as(MAJA))).errors?.[0]?.extensions
        ?.code,
    ).toBe('BAD_USER_INPUT');
    // Only IT leads set targets.
    const policy = { tenantId, priority: 'HIGH', responseMinutes: 30, resolutionMinutes: 240 };
    expect(
      (await app.gql(SAVE_POLICY, { input: policy }, as(PER))).errors?.[0]?.extensions?.code,
    ).toBe('FORBIDDEN');
    expect(
      (await app.gql(SAVE_POLICY, { input: { ...policy, resolutionMinutes: 10 } }, as(MAJA)))
        .errors?.[0]?.extensions?.code,
    ).toBe('BAD_USER_INPUT');
    expect((await app.gql(SAVE_POLICY, { input: policy }, as(MAJA))).errors).toBeUndefined();
  });

  it('a new ticket writes one timer; its first notice schedules the rest, and each notice comes once', async () => {
    const { id } = await fileCritical('Door locks offline');
    const start = app.clock.now().getTime();
    const connection = app.running.app.get(MikroORM).em.fork().getConnection();
    const timers = async () =>
      (
        (await connection.execute('select "key", status from job where "key" like ?', [
          `sla.notify:${id}:%`,
        ])) as { key: string; status: string }[]
      )
        .map((r) => `${r.key.split(':').slice(2, 4).join(' ')} ${r.status}`)
        .sort();
    // CRITICAL: response in 15 minutes, resolution in 4 hours, on wall-clock time.
    expect(await timers()).toEqual(['response WARNING PENDING']);

    const jobs = app.running.app.get(JobsService);
    const noticesSeen = async () => {
      const rows = await app.em().find(Notification, { ticketId: id }, { filters: false });
      const seen = new Map<string, number>();
      for (const n of rows) {
        const k = `${n.kind} ${String(n.params.which)}`;
        seen.set(k, (seen.get(k) ?? 0) + 1);
      }
      return Object.fromEntries(seen);
    };
    const at = async (minutes: number) => {
      await moveTo(new Date(start + minutes * 60_000).toISOString());
      await jobs.runDueJobs();
    };

    await at(11);
    expect(await noticesSeen()).toEqual({});
    await at(12); // 80 % of the response target
    const warned = await noticesSeen();
    expect(Object.keys(warned)).toEqual(['SLA_WARNING response']);
    const recipients = warned['SLA_WARNING response'];
    expect(recipients).toBeGreaterThan(0);
    // The first notice has scheduled the others.
    expect(await timers()).toEqual([
      'resolution BREACH PENDING',
      'resolution WARNING PENDING',
      'response BREACH PENDING',
      'response WARNING DONE',
    ]);

    await at(15);
    await at(192);
    await at(240);
    await at(300);
    expect(await noticesSeen()).toEqual({
      'SLA_WARNING response': recipients,
      'SLA_BREACHED response': recipients,
      'SLA_WARNING resolution': recipients,
      'SLA_BREACHED resolution': recipients,
    });
    const sla = await app.em().findOneOrFail(TicketSla, { ticket: id }, { filters: false });
    expect([sla.responseBreached, sla.resolutionBreached]).toEqual([true, true]);
    expect((await timers()).every((t) => t.endsWith('DONE'))).toBe(true);
  });

  it('a change before the first notice schedules every notice the ticket has then', async () => {
    const ticket = await fileCritical('Nurse call system silent');
    const start = app.clock.now().getTime();
    await moveTo(new Date(start + 5 * 60_000).toISOString());
    // Taken at once: the response is met, the resolution clock runs on.
    const started = await app.gql<{ changeTicketStatus: Ref }>(
      STATUS,
      { input: { id: ticket.id, version: ticket.version, status: 'IN_PROGRESS' } },
      as(OMAR),
    );
    expect(started.errors).toBeUndefined();
    const jobs = app.running.app.get(JobsService);
    for (const minutes of [12, 15, 192, 240]) {
      await moveTo(new Date(start + minutes * 60_000).toISOString());
      await jobs.runDueJobs();
    }
    const rows = await app.em().find(Notification, { ticketId: ticket.id }, { filters: false });
    const kinds = [...new Set(rows.map((n) => `${n.kind} ${String(n.params.which)}`))].sort();
    // The response warning timer was written at filing; it finds the response met and stays quiet.
    expect(kinds).toEqual(['SLA_BREACHED resolution', 'SLA_WARNING resolution']);
  });

  it('runs critical tickets on wall-clock time', async () => {
    const { id } = await fileCritical('Alarm system down');
    const sla = await app.gql<Sla>(SLA, { id }, as(SARA));
    const now = app.clock.now().getTime();
    expect(new Date(sla.data!.ticketSla.responseDueAt!).getTime() - now).toBe(15 * 60_000);
  });
});

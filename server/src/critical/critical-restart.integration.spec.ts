import { MikroORM, type EntityManager } from '@mikro-orm/core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startApp, type RunningApp } from '../bootstrap.js';
import { JobsService } from '../jobs/jobs.service.js';
import { TestApp } from '../test-support/test-app.js';
import { Ticket } from '../tickets/ticket.entity.js';
import { EscalationStep } from './critical-case.entity.js';

const SATURDAY_EVENING = '2026-11-28T18:40:00Z';
const REPORT = `mutation($input: ReportCriticalInput!) { reportCritical(input: $input) { ticketId } }`;

/** Auto-escalation timers survive a restart: none fires twice, none is missed. */
describe('auto-escalation across a restart (SQLite, moved clock)', () => {
  let app: TestApp;
  let second: RunningApp | null = null;

  beforeAll(async () => {
    app = await TestApp.start({ now: SATURDAY_EVENING });
  });
  afterAll(async () => {
    await second?.close();
    await app.stop();
  });

  async function steps(ticketId: string): Promise<[string, number | null, string | null][]> {
    const em = second ? second.app.get(MikroORM).em.fork() : app.em();
    const rows = await em.find(
      EscalationStep,
      { criticalCase: { ticket: ticketId } },
      { filters: false, populate: ['contact'], orderBy: { seq: 'asc' } },
    );
    return rows.map((s) => [s.kind, s.level, s.contact?.surname ?? null]);
  }

  it('escalates unacknowledged steps by itself, once each, across a restart', async () => {
    const nils = await app.signIn('HANI9107');
    const res = await app.gql<{ reportCritical: { ticketId: string } }>(
      REPORT,
      { input: { title: 'Alarm system offline', definitionCode: 'DANGER_TO_LIFE_OR_HEALTH' } },
      nils,
    );
    expect(res.errors).toBeUndefined();
    const id = res.data?.reportCritical.ticketId ?? '';
    const first = app.running.app.get(JobsService);
    const version = async (em: EntityManager) =>
      (await em.findOneOrFail(Ticket, { id }, { filters: false })).version;
    const versionBefore = await version(app.em());

    await first.runDueJobs(); // delivers the SMS to the manager
    app.clock.advanceMinutes(9);
    expect(await first.runDueJobs()).toBe(0);
    app.clock.advanceMinutes(1);
    await first.runDueJobs();
    expect(await steps(id)).toEqual([
      ['REPORTED', null, null],
      ['CONTACTED', 1, 'Johansen'],
      ['AUTO_ESCALATED', 2, 'Andersen'],
    ]);

    // The level-2 timer is claimed, then the process dies before finishing it.
    app.clock.advanceMinutes(10);
    expect(await first.claimNext()).not.toBeNull();
    await app.running.close();

    // The server comes back late; the claimed job's lease has expired by then.
    app.clock.advanceMinutes(30);
    second = await startApp(app.config, app.clock);
    const runner = second.app.get(JobsService);
    expect(runner.runnerId).not.toBe(first.runnerId);
    await runner.runDueJobs();
    await runner.runDueJobs();
    expect(await steps(id)).toEqual([
      ['REPORTED', null, null],
      ['CONTACTED', 1, 'Johansen'],
      ['AUTO_ESCALATED', 2, 'Andersen'],
      ['AUTO_ESCALATED', 3, 'Eriksen'],
    ]);
    // Timers only read the ticket: an agent editing it meanwhile gets no spurious conflict.
    expect(await version(second!.app.get(MikroORM).em.fork())).toBe(versionBefore);
  });
});

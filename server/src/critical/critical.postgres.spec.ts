import { MikroORM } from '@mikro-orm/core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startApp, type RunningApp } from '../bootstrap.js';
import { JobsService } from '../jobs/jobs.service.js';
import { Outbox } from '../messaging/outbox.js';
import { TestApp } from '../test-support/test-app.js';
import { EscalationStep } from './critical-case.entity.js';

const REPORT = `mutation($input: ReportCriticalInput!) { reportCritical(input: $input) { ticketId } }`;

/** Two server processes on one PostgreSQL database run the same escalation timers. */
describe('auto-escalation with two server processes (PostgreSQL)', () => {
  let app: TestApp;
  let other: RunningApp;

  beforeAll(async () => {
    app = await TestApp.start({ database: 'postgresql', now: '2026-11-28T18:40:00Z' });
    other = await startApp(app.config, app.clock);
  }, 120_000);
  afterAll(async () => {
    await other.close();
    await app.stop();
  });

  it('escalates each level once and sends each SMS once, whichever process runs the timer', async () => {
    const nils = await app.signIn('HANI9107');
    const res = await app.gql<{ reportCritical: { ticketId: string } }>(
      REPORT,
      { input: { title: 'Medication robot stopped', definitionCode: 'DANGER_TO_LIFE_OR_HEALTH' } },
      nils,
    );
    expect(res.errors).toBeUndefined();
    const id = res.data!.reportCritical.ticketId;
    const a = app.running.app.get(JobsService);
    const b = other.app.get(JobsService);
    for (let i = 0; i < 3; i++) {
      await Promise.all([a.runDueJobs(), b.runDueJobs()]);
      app.clock.advanceMinutes(10);
    }
    await Promise.all([a.runDueJobs(), b.runDueJobs()]);

    const steps = await app.running.app
      .get(MikroORM)
      .em.fork()
      .find(
        EscalationStep,
        { criticalCase: { ticket: id } },
        { filters: false, populate: ['contact'], orderBy: { seq: 'asc' } },
      );
    expect(steps.map((s) => [s.kind, s.level, s.contact?.surname ?? null])).toEqual([
      ['REPORTED', null, null],
      ['CONTACTED', 1, 'Johansen'],
      ['AUTO_ESCALATED', 2, 'Andersen'],
      ['AUTO_ESCALATED', 3, 'Eriksen'],
    ]);
    // Each process has its own simulated outbox; together they sent each SMS exactly once.
    const sms = [app.running.app.get(Outbox), other.app.get(Outbox)].flatMap((o) =>
      o.messages({ channel: 'SMS' }).filter((m) => m.text.includes('trenger deg nå')),
    );
    expect(sms.map((m) => m.to).sort()).toEqual(['480 10 002', '480 10 010', '480 10 011']);
  });
});

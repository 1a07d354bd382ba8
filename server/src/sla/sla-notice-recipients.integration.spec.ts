import type { Role } from '@linje/shared';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seedPerson } from '../demo/factories.js';
import { JobsService } from '../jobs/jobs.service.js';
import { Notification } from '../notifications/notification.entity.js';
import { Person } from '../people/person.entity.js';
import { TestApp } from '../test-support/test-app.js';
import { idsWithRole } from './role-holders.js';

const SARA = 'JOSA9804'; // Kävlinge employee
const MAJA = 'HOMA8107'; // Kävlinge IT lead
const HANI = 'HANI9107'; // Porsanger employee

describe.each(['sqlite', 'postgresql'] as const)('SLA notice recipients (%s)', (database) => {
  let app: TestApp;
  const ids: Record<'multiRole' | 'nearMiss' | 'otherRoles' | 'elsewhere', string> = {
    multiRole: '',
    nearMiss: '',
    otherRoles: '',
    elsewhere: '',
  };

  beforeAll(async () => {
    app = await TestApp.start({ database });
    const em = app.em();
    const kav = (await em.findOneOrFail(Person, { username: SARA }, { filters: false })).tenant;
    const por = (await em.findOneOrFail(Person, { username: HANI }, { filters: false })).tenant;
    const createdAt = app.clock.now();
    const person = (tenant: typeof kav, roles: string[]): string =>
      // Near-miss spellings are not valid roles; they stand for stray data in the JSON list.
      seedPerson(em, { tenant, roles: roles as Role[], createdAt }).id;
    ids.multiRole = person(kav, ['EMPLOYEE', 'AGENT_FIRST_LINE', 'IT_LEAD', 'PAYROLL']);
    ids.nearMiss = person(kav, ['IT_LEAD_X', 'XIT_LEAD', 'it_lead', 'IT_LEADS']);
    ids.otherRoles = person(kav, ['IT_SUPERIOR', 'AGENT_SECOND_LINE', 'EMPLOYEE']);
    ids.elsewhere = person(por, ['IT_LEAD']);
    await em.flush();
  }, 120_000);
  afterAll(() => app?.stop());

  it('finds people whose role list holds the role among others, and no near misses', async () => {
    const em = app.em();
    const kav = (await em.findOneOrFail(Person, { username: SARA }, { filters: false })).tenant;
    const maja = await em.findOneOrFail(Person, { username: MAJA }, { filters: false });
    const found = await idsWithRole(em, kav.id, 'IT_LEAD');
    expect(found).toContain(maja.id);
    expect(found).toContain(ids.multiRole);
    expect(found).not.toContain(ids.nearMiss);
    expect(found).not.toContain(ids.otherRoles);
    expect(found).not.toContain(ids.elsewhere);
    const stored = await em.find(Person, { tenant: kav.id }, { filters: false });
    expect([...found].sort()).toEqual(
      stored
        .filter((p) => p.roles.includes('IT_LEAD'))
        .map((p) => p.id)
        .sort(),
    );
  });

  it("warns the municipality's IT leads, and only them, when a deadline nears", async () => {
    const sara = await app.signIn(SARA);
    const res = await app.gql<{ createCriticalTicket: { id: string } }>(
      'mutation($input: CreateCriticalTicketInput!) { createCriticalTicket(input: $input) { id } }',
      { input: { title: 'Alarm system down', criticalReason: 'DANGER_TO_LIFE_OR_HEALTH' } },
      sara,
    );
    expect(res.errors).toBeUndefined();
    const ticketId = res.data!.createCriticalTicket.id;
    // CRITICAL: 15 wall-clock minutes to respond, so the 80 % warning is due after 12.
    app.clock.set(new Date(app.clock.now().getTime() + 13 * 60_000).toISOString());
    await app.running.app.get(JobsService).runDueJobs();
    const warnings = await app
      .em()
      .find(Notification, { ticketId, kind: 'SLA_WARNING' }, { filters: false });
    const recipients = warnings.map((n) => n.recipient.id);
    const maja = await app.em().findOneOrFail(Person, { username: MAJA }, { filters: false });
    expect(recipients).toContain(maja.id);
    expect(recipients).toContain(ids.multiRole);
    expect(recipients).not.toContain(ids.nearMiss);
    expect(recipients).not.toContain(ids.otherRoles);
    expect(recipients).not.toContain(ids.elsewhere);
  });
});

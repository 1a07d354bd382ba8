import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { TestApp } from '../test-support/test-app.js';
import { AnnouncementAffected } from './announcement.entity.js';

const PUBLISH = `mutation($input: PublishAnnouncementInput!) { publishAnnouncement(input: $input) { id } }`;
const JOIN = `mutation($id: ID!) { joinAnnouncementAsAffected(id: $id) { affectedCount viewerAffected } }`;
const ACTIVE = `{ activeAnnouncements { id affectedCount } }`;

/** Where a refused insert aborts the transaction: joining at once from many tabs (PostgreSQL). */
describe('announcements on PostgreSQL', () => {
  let app: TestApp;
  beforeAll(async () => {
    app = await TestApp.start({ database: 'postgresql' });
  }, 120_000);
  afterAll(() => app.stop());

  it('counts a person once however many joins arrive together', async () => {
    const sara = await app.signIn('JOSA9804');
    const omar = await app.signIn('SAOR9112');
    const created = await app.gql<{ createTicket: { id: string; version: number } }>(
      `mutation { createTicket(input: { title: "Mail down" }) { id version } }`,
      {},
      sara,
    );
    const t = created.data!.createTicket;
    await app.gql(
      `mutation($input: SetMajorIncidentInput!) { setMajorIncident(input: $input) { id } }`,
      { input: { id: t.id, version: t.version, majorIncident: true } },
      omar,
    );
    const now = app.clock.now().getTime();
    const res = await app.gql<{ publishAnnouncement: { id: string }[] }>(
      PUBLISH,
      {
        input: {
          kind: 'OUTAGE',
          severity: 'CRITICAL',
          title: 'E-mail is down',
          body: '<p>We are on it</p>',
          startsAt: new Date(now - 60_000).toISOString(),
          endsAt: new Date(now + 3600_000).toISOString(),
          incidentId: t.id,
        },
      },
      omar,
    );
    const id = res.data!.publishAnnouncement[0]!.id;
    const answers = await Promise.all(
      [1, 2, 3, 4].map(() =>
        app.gql<{ joinAnnouncementAsAffected: { affectedCount: number } }>(JOIN, { id }, sara),
      ),
    );
    for (const a of answers) expect(a.errors).toBeUndefined();
    expect(
      await app.em().count(AnnouncementAffected, { announcement: id }, { filters: false }),
    ).toBe(1);
    const seen = await app.gql<{ activeAnnouncements: { id: string; affectedCount: number }[] }>(
      ACTIVE,
      {},
      omar,
    );
    expect(seen.data!.activeAnnouncements.find((a) => a.id === id)?.affectedCount).toBe(1);
  });
});

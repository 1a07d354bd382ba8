import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AuditEvent } from '../audit/audit-event.entity.js';
import { TestApp, type GqlResponse } from '../test-support/test-app.js';
import { AnnouncementAffected } from './announcement.entity.js';

const SARA = 'JOSA9804'; // Kävlinge employee
const OMAR = 'SAOR9112'; // agent, Kävlinge and Burlöv
const LENA = 'BELA8819'; // agent, Burlöv only
const ALI = 'HAAI9502'; // Burlöv employee

const F = `id tenantId kind severity title bodyHtml unitIds startsAt endsAt endedAt state
  incident { id number status } affectedCount viewerAffected`;
const PUBLISH = `mutation($input: PublishAnnouncementInput!) { publishAnnouncement(input: $input) { ${F} } }`;
const UPDATE = `mutation($id: ID!, $input: AnnouncementInput!) { updateAnnouncement(id: $id, input: $input) { ${F} } }`;
const END = `mutation($id: ID!) { endAnnouncement(id: $id) { ${F} } }`;
const JOIN = `mutation($id: ID!) { joinAnnouncementAsAffected(id: $id) { ${F} } }`;
const ACTIVE = `{ activeAnnouncements { ${F} } }`;
const LIST = `query($t: ID!) { announcements(tenantId: $t) { ${F} } }`;
const CREATE = `mutation($input: CreateTicketInput!) { createTicket(input: $input) { id version } }`;
const MARK = `mutation($input: SetMajorIncidentInput!) { setMajorIncident(input: $input) { id } }`;
const VIEWER = `{ viewer { tenant { id } } }`;

interface A {
  id: string;
  tenantId: string;
  kind: string;
  title: string;
  bodyHtml: string;
  state: string;
  incident: { id: string; number: string } | null;
  affectedCount: number;
  viewerAffected: boolean;
}
const code = (r: GqlResponse) => r.errors?.[0]?.extensions?.code;
const fieldCode = (r: GqlResponse) =>
  (r.errors?.[0]?.extensions?.fields as { code: string }[] | undefined)?.[0]?.code;

describe('announcements', () => {
  let app: TestApp;
  let sara: string;
  let omar: string;
  let lena: string;
  let ali: string;
  let kav: string;
  let bur: string;
  const hours = (h: number) => new Date(app.clock.now().getTime() + h * 3600_000).toISOString();
  const base = () => ({
    kind: 'OUTAGE',
    severity: 'CRITICAL',
    title: 'E-mail is down',
    body: '<p>We know and are working on it.</p>',
    startsAt: hours(-1),
    endsAt: hours(4),
  });

  beforeAll(async () => {
    app = await TestApp.start();
    sara = await app.signIn(SARA);
    omar = await app.signIn(OMAR);
    lena = await app.signIn(LENA);
    ali = await app.signIn(ALI);
    kav = (await app.gql<{ viewer: { tenant: { id: string } } }>(VIEWER, {}, sara)).data!.viewer
      .tenant.id;
    bur = (await app.gql<{ viewer: { tenant: { id: string } } }>(VIEWER, {}, ali)).data!.viewer
      .tenant.id;
  });
  afterAll(() => app.stop());

  async function majorIncident(): Promise<string> {
    const t = (
      await app.gql<{ createTicket: { id: string; version: number } }>(
        CREATE,
        { input: { title: 'Mail server down' } },
        sara,
      )
    ).data!.createTicket;
    const res = await app.gql(
      MARK,
      { input: { id: t.id, version: t.version, majorIncident: true } },
      omar,
    );
    expect(res.errors).toBeUndefined();
    return t.id;
  }

  async function publish(
    input: Record<string, unknown>,
    who = omar,
  ): Promise<GqlResponse<{ publishAnnouncement: A[] }>> {
    return app.gql<{ publishAnnouncement: A[] }>(PUBLISH, { input }, who);
  }

  it('publishes an outage linked to a major incident; staff see it and join once', async () => {
    const incidentId = await majorIncident();
    const options = await app.gql<{ openMajorIncidents: { id: string }[] }>(
      `query($t: ID!) { openMajorIncidents(tenantId: $t) { id number title } }`,
      { t: kav },
      omar,
    );
    expect(options.data!.openMajorIncidents.map((o) => o.id)).toContain(incidentId);
    const res = await publish({ ...base(), tenantIds: [kav], incidentId });
    expect(res.errors).toBeUndefined();
    const [a] = res.data!.publishAnnouncement;
    expect(a).toMatchObject({ state: 'ACTIVE', tenantId: kav, affectedCount: 0 });
    expect(a!.incident?.id).toBe(incidentId);

    const seen = (await app.gql<{ activeAnnouncements: A[] }>(ACTIVE, {}, sara)).data!
      .activeAnnouncements;
    expect(seen.map((x) => x.id)).toContain(a!.id);
    // Another municipality's staff never see it.
    const other = (await app.gql<{ activeAnnouncements: A[] }>(ACTIVE, {}, ali)).data!
      .activeAnnouncements;
    expect(other.map((x) => x.id)).not.toContain(a!.id);

    const once = await app.gql<{ joinAnnouncementAsAffected: A }>(JOIN, { id: a!.id }, sara);
    const twice = await app.gql<{ joinAnnouncementAsAffected: A }>(JOIN, { id: a!.id }, sara);
    expect(once.data!.joinAnnouncementAsAffected).toMatchObject({
      affectedCount: 1,
      viewerAffected: true,
    });
    expect(twice.data!.joinAnnouncementAsAffected.affectedCount).toBe(1);
    const rows = await app
      .em()
      .count(AnnouncementAffected, { announcement: a!.id }, { filters: false });
    expect(rows).toBe(1);
    const listed = (await app.gql<{ announcements: A[] }>(LIST, { t: kav }, omar)).data!
      .announcements;
    expect(listed.find((x) => x.id === a!.id)?.affectedCount).toBe(1);
    expect(code(await app.gql(JOIN, { id: a!.id }, ali))).toBe('NOT_FOUND');
    // Joining at the same moment from several tabs still counts the person once.
    const lars = await app.signIn('AHLS8022');
    const together = await Promise.all(
      [1, 2, 3].map(() => app.gql<{ joinAnnouncementAsAffected: A }>(JOIN, { id: a!.id }, lars)),
    );
    for (const r of together) expect(r.errors).toBeUndefined();
    expect(
      await app.em().count(AnnouncementAffected, { announcement: a!.id }, { filters: false }),
    ).toBe(2);

    const audit = await app
      .em()
      .find(AuditEvent, { entityType: 'Announcement', entityId: a!.id }, { filters: false });
    expect(audit.map((e) => e.action).sort()).toEqual([
      'announcement.affected_joined',
      'announcement.affected_joined',
      'announcement.published',
    ]);
  });

  it('neutralises script in the text and refuses an end before the start', async () => {
    const res = await publish({
      ...base(),
      kind: 'MAINTENANCE',
      severity: 'INFO',
      title: 'Patch night <script>alert(1)</script>',
      body: '<p onclick="x()">Planned</p><script>alert(1)</script><img src=x onerror=alert(1)>',
    });
    expect(res.errors).toBeUndefined();
    const [a] = res.data!.publishAnnouncement;
    expect(a!.bodyHtml).toBe('<p>Planned</p>');
    // The title is plain text, escaped wherever it is shown.
    expect(a!.title).toBe('Patch night <script>alert(1)</script>');

    const bad = await publish({ ...base(), startsAt: hours(3), endsAt: hours(2) });
    expect(code(bad)).toBe('BAD_USER_INPUT');
    expect(fieldCode(bad)).toBe('END_BEFORE_START');
    expect(bad.errors?.[0]?.message).toBe('The end must be after the start.');
    expect(fieldCode(await publish({ ...base(), title: '  ' }))).toBe('REQUIRED');
    expect(fieldCode(await publish({ ...base(), kind: 'PARTY' }))).toBe('INVALID_KIND');
    expect(fieldCode(await publish({ ...base(), endsAt: hours(-0.5) }))).toBe('IN_THE_PAST');
  });

  it('refuses a non-major ticket, another tenant, and publishing by staff', async () => {
    const t = (
      await app.gql<{ createTicket: { id: string } }>(CREATE, { input: { title: 'x' } }, sara)
    ).data!.createTicket;
    expect(fieldCode(await publish({ ...base(), incidentId: t.id }))).toBe('NOT_MAJOR_INCIDENT');
    expect(fieldCode(await publish({ ...base(), tenantIds: [kav] }, lena))).toBe('NOT_FOUND');
    expect(code(await publish(base(), sara))).toBe('FORBIDDEN');
    expect(code(await app.gql(LIST, { t: kav }, lena))).toBe('NOT_FOUND');
  });

  it('edits and ends; an ended announcement is no longer shown', async () => {
    const [a] = (await publish({ ...base(), kind: 'ABSENCE', severity: 'WARNING' })).data!
      .publishAnnouncement;
    const edited = await app.gql<{ updateAnnouncement: A }>(
      UPDATE,
      {
        id: a!.id,
        input: { ...base(), kind: 'ABSENCE', severity: 'WARNING', title: 'IT on a course' },
      },
      omar,
    );
    expect(edited.data!.updateAnnouncement.title).toBe('IT on a course');
    expect(code(await app.gql(UPDATE, { id: a!.id, input: base() }, lena))).toBe('NOT_FOUND');
    const ended = await app.gql<{ endAnnouncement: A }>(END, { id: a!.id }, omar);
    expect(ended.data!.endAnnouncement.state).toBe('ENDED');
    const seen = (await app.gql<{ activeAnnouncements: A[] }>(ACTIVE, {}, sara)).data!
      .activeAnnouncements;
    expect(seen.map((x) => x.id)).not.toContain(a!.id);
    expect(fieldCode(await app.gql(END, { id: a!.id }, omar))).toBe('ENDED');
  });

  it('shows an announcement from its start and not after its end (clock)', async () => {
    const [a] = (
      await publish({ ...base(), kind: 'MAINTENANCE', startsAt: hours(2), endsAt: hours(3) })
    ).data!.publishAnnouncement;
    expect(a!.state).toBe('UPCOMING');
    const ids = async () =>
      (await app.gql<{ activeAnnouncements: A[] }>(ACTIVE, {}, sara)).data!.activeAnnouncements.map(
        (x) => x.id,
      );
    expect(await ids()).not.toContain(a!.id);
    app.clock.advanceMinutes(120);
    expect(await ids()).toContain(a!.id);
    app.clock.advanceMinutes(60);
    expect(await ids()).not.toContain(a!.id);
  });

  it('concerns only the tenants listed: one announcement per municipality', async () => {
    const res = await publish({ ...base(), kind: 'MAINTENANCE', tenantIds: [kav, bur] });
    expect(res.data!.publishAnnouncement.map((x) => x.tenantId).sort()).toEqual([kav, bur].sort());
    const forAli = (await app.gql<{ activeAnnouncements: A[] }>(ACTIVE, {}, ali)).data!
      .activeAnnouncements;
    expect(forAli.filter((x) => x.tenantId !== bur)).toEqual([]);
    expect(forAli.length).toBeGreaterThan(0);
  });
});

import { randomUUID } from 'node:crypto';
import { HIGHLIGHT_END, HIGHLIGHT_START } from '@linje/shared';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AuditEvent } from '../audit/audit-event.entity.js';
import { Notification } from '../notifications/notification.entity.js';
import { Person } from '../people/person.entity.js';
import { Tenant } from '../tenants/tenant.entity.js';
import { TestApp, type GqlResponse } from '../test-support/test-app.js';
import { TicketEntry } from '../tickets/ticket-entry.entity.js';
import { Ticket } from '../tickets/ticket.entity.js';

const OMAR = 'SAOR9112'; // agent of Kävlinge and Burlöv
const LENA = 'BELA8819'; // Burlöv-only agent
const SARA = 'JOSA9804'; // Kävlinge staff
const ALI = 'HAAI9502'; // Burlöv staff

const SAVE = `mutation($input: SaveArticleInput!) {
  saveArticle(input: $input) { id title bodyHtml status version tags category
    management { tenantId visibleTenantIds ownerId helpfulYes helpfulNo deflectionTotal deflections { tenantId count } sourceTicketId } }
}`;
const STATUS = `mutation($id: ID!, $s: ArticleStatus!) { setArticleStatus(id: $id, status: $s) { id status } }`;
const SEARCH = `query($t: String!, $f: Int) { searchArticles(text: $t, first: $f) {
  id title { text ranges { start length } } snippet { text ranges { start length } } } }`;
const ARTICLE = `query($id: ID!) { knowledgeArticle(id: $id) { id title status bodyHtml management { tenantId helpfulNo deflectionTotal deflections { tenantId count } } } }`;
const RATE = `mutation($id: ID!, $h: Boolean!, $c: String) { rateArticle(articleId: $id, helpful: $h, comment: $c) { id } }`;
const FEEDBACK = `query($id: ID!) { articleFeedback(articleId: $id) { helpful comment } }`;
const ATTENTION = `query($t: ID!, $m: Boolean) { articlesNeedingAttention(tenantId: $t, mine: $m) { article { id title } reasons } }`;
const VERSIONS = `query($id: ID!) { articleVersions(articleId: $id) { number title bodyHtml savedByName } }`;
const DIFF = `query($id: ID!, $a: Int!, $b: Int!) { articleDiff(articleId: $id, from: $a, to: $b) { title { value added removed } body { value added removed } } }`;
const DRAFT = `mutation($id: ID!) { draftArticleFromTicket(ticketId: $id) { id title bodyHtml status management { sourceTicketId } } }`;
const DEFLECT = `mutation($id: ID!) { recordArticleDeflection(articleId: $id) }`;
const LIST = `query($t: ID!, $s: ArticleStatus) { knowledgeArticles(tenantId: $t, status: $s) { id title status } }`;

type Err = Pick<GqlResponse<unknown>, 'errors'>;
const code = (r: Err) => r.errors?.[0]?.extensions?.code;
const fields = (r: Err) =>
  ((r.errors?.[0]?.extensions?.fields ?? []) as { field: string; code: string }[]).map(
    (f) => `${f.field}:${f.code}`,
  );

interface Saved {
  saveArticle: { id: string; version: number; bodyHtml: string; status: string };
}

describe.each(['sqlite', 'postgresql'] as const)('knowledge base on %s', (database) => {
  let app: TestApp;
  let omar: string;
  let lena: string;
  let sara: string;
  let ali: string;
  let kav: Tenant;
  let bur: Tenant;

  beforeAll(async () => {
    app = await TestApp.start({ database });
    omar = await app.signIn(OMAR);
    lena = await app.signIn(LENA);
    sara = await app.signIn(SARA);
    ali = await app.signIn(ALI);
    const em = app.em();
    kav = await em.findOneOrFail(Tenant, { code: 'KAV' }, { filters: false });
    bur = await em.findOneOrFail(Tenant, { code: 'BUR' }, { filters: false });
  }, 120_000);
  afterAll(() => app?.stop());

  function input(extra: Record<string, unknown> = {}) {
    return {
      tenantId: kav.id,
      title: 'Kaffeautomaten i stadshuset visar felkod E42',
      bodyHtml: '<p>Starta om kaffeautomaten med knappen på baksidan.</p>',
      tags: ['Kaffe', 'kaffe', 'Automat'],
      category: 'Kontor',
      language: 'sv',
      audience: 'STAFF',
      visibleTenantIds: [kav.id],
      ...extra,
    };
  }

  async function publish(extra: Record<string, unknown> = {}): Promise<string> {
    const saved = await app.gql<Saved>(SAVE, { input: input(extra) }, omar);
    expect(saved.errors).toBeUndefined();
    const id = saved.data!.saveArticle.id;
    const pub = await app.gql(STATUS, { id, s: 'PUBLISHED' }, omar);
    expect(pub.errors).toBeUndefined();
    return id;
  }

  it('saves a draft with script neutralised, tags normalised, and audits it', async () => {
    const r = await app.gql<Saved & { saveArticle: { tags: string[] } }>(
      SAVE,
      {
        input: input({
          bodyHtml:
            '<p onclick="alert(1)">Hej<script>alert(1)</script><a href="javascript:x">l</a></p>',
        }),
      },
      omar,
    );
    expect(r.errors).toBeUndefined();
    const a = r.data!.saveArticle;
    expect(a.status).toBe('DRAFT');
    expect(a.tags).toEqual(['kaffe', 'automat']);
    expect(a.bodyHtml).not.toMatch(/script|onclick|javascript/i);
    expect(a.bodyHtml).toContain('Hej');
    const audit = await app.em().find(AuditEvent, { entityId: a.id }, { filters: false });
    expect(audit.map((e) => e.action)).toEqual(['article.created']);
  });

  it('refuses bad input with field codes, and refuses staff and other municipalities', async () => {
    const cases: [Record<string, unknown>, string][] = [
      [{ title: '  ' }, 'title:REQUIRED'],
      [{ title: 'x'.repeat(201) }, 'title:TOO_LONG'],
      [{ bodyHtml: '<script>alert(1)</script>' }, 'bodyHtml:REQUIRED'],
      [{ reviewDate: '2026-13-01' }, 'reviewDate:INVALID_DATE'],
      [{ visibleTenantIds: [] }, 'visibleTenantIds:REQUIRED'],
      [{ tags: ['x'.repeat(41)] }, 'tags:TOO_LONG'],
    ];
    for (const [extra, expected] of cases) {
      const r = await app.gql(SAVE, { input: input(extra) }, omar);
      expect(code(r)).toBe('BAD_USER_INPUT');
      expect(fields(r)).toEqual([expected]);
    }
    // Lena serves Burlöv only: she may not show a Burlöv article to Kävlinge.
    const notServed = await app.gql(
      SAVE,
      { input: input({ tenantId: bur.id, visibleTenantIds: [bur.id, kav.id] }) },
      lena,
    );
    expect(fields(notServed)).toEqual(['visibleTenantIds:NOT_SERVED']);
    expect(code(await app.gql(SAVE, { input: input() }, sara))).toBe('FORBIDDEN');
    expect(code(await app.gql(SAVE, { input: input() }, lena))).toBe('NOT_FOUND');
  });

  it('keeps every save as a version, refuses a stale edit and diffs two versions', async () => {
    const first = await app.gql<Saved>(SAVE, { input: input() }, omar);
    const id = first.data!.saveArticle.id;
    const second = await app.gql<Saved>(
      SAVE,
      {
        input: input({
          id,
          expectedVersion: 1,
          bodyHtml: '<p>Starta om kaffeautomaten med den röda knappen på baksidan.</p>',
        }),
      },
      omar,
    );
    expect(second.data!.saveArticle.version).toBe(2);
    const stale = await app.gql(SAVE, { input: input({ id, expectedVersion: 1 }) }, omar);
    expect(code(stale)).toBe('CONFLICT');
    const versions = await app.gql<{ articleVersions: { number: number; bodyHtml: string }[] }>(
      VERSIONS,
      { id },
      omar,
    );
    expect(versions.data!.articleVersions.map((v) => v.number)).toEqual([2, 1]);
    const diff = await app.gql<{
      articleDiff: { body: { value: string; added: boolean; removed: boolean }[] };
    }>(DIFF, { id, a: 1, b: 2 }, omar);
    expect(diff.errors).toBeUndefined();
    const added = diff.data!.articleDiff.body.filter((p) => p.added).map((p) => p.value.trim());
    expect(added.join(' ')).toContain('röda');
    expect(code(await app.gql(DIFF, { id, a: 1, b: 2 }, sara))).toBe('FORBIDDEN');
    expect(code(await app.gql(VERSIONS, { id }, lena))).toBe('NOT_FOUND');
  });

  it('finds published articles ranked with safe highlights, only where they are shown', async () => {
    const only = await publish({
      title: 'Kaffeautomaten i rådhuset',
      bodyHtml: '<p>Rengör kaffeautomatens <b>munstycke</b> &lt;script&gt; varje fredag.</p>',
    });
    const found = await app.gql<{
      searchArticles: {
        id: string;
        title: { text: string; ranges: { start: number; length: number }[] };
        snippet: { text: string };
      }[];
    }>(SEARCH, { t: 'kaffeautomaten rådhuset' }, sara);
    expect(found.errors).toBeUndefined();
    const hit = found.data!.searchArticles.find((h) => h.id === only);
    expect(hit).toBeDefined();
    const { text, ranges } = hit!.title;
    expect(text).toBe('Kaffeautomaten i rådhuset');
    expect(ranges.map((r) => text.slice(r.start, r.start + r.length).toLowerCase())).toContain(
      'rådhuset',
    );
    const bySnippet = await app.gql<{
      searchArticles: { id: string; snippet: { text: string } }[];
    }>(SEARCH, { t: 'munstycke' }, sara);
    const snip = bySnippet.data!.searchArticles.find((h) => h.id === only)!.snippet.text;
    expect(snip.toLowerCase()).toContain('munstycke');
    expect(snip.includes(HIGHLIGHT_START) || snip.includes(HIGHLIGHT_END)).toBe(false);
    // Shown to Kävlinge only: never in Burlöv's search, not even for its agent.
    for (const cookie of [ali, lena]) {
      const other = await app.gql<{ searchArticles: { id: string }[] }>(
        SEARCH,
        { t: 'kaffeautomaten rådhuset' },
        cookie,
      );
      expect(other.errors).toBeUndefined();
      expect(other.data!.searchArticles.map((h) => h.id)).not.toContain(only);
      expect(code(await app.gql(ARTICLE, { id: only }, cookie))).toBe('NOT_FOUND');
    }
    // Shared demo articles are found in both.
    const shared = await app.gql<{ searchArticles: { title: { text: string } }[] }>(
      SEARCH,
      { t: 'pappersstopp' },
      ali,
    );
    expect(shared.data!.searchArticles.map((h) => h.title.text)).toContain(
      'Pappersstopp i skrivaren',
    );
  });

  it('shows drafts and agents-only articles to the right people only', async () => {
    const draft = await app.gql<Saved>(
      SAVE,
      { input: input({ title: 'Hemlig utkastartikel om zebrafiskar' }) },
      omar,
    );
    const draftId = draft.data!.saveArticle.id;
    const none = await app.gql<{ searchArticles: unknown[] }>(SEARCH, { t: 'zebrafiskar' }, sara);
    expect(none.data!.searchArticles).toEqual([]);
    expect(code(await app.gql(ARTICLE, { id: draftId }, sara))).toBe('NOT_FOUND');
    const own = await app.gql<{ knowledgeArticle: { status: string } }>(
      ARTICLE,
      { id: draftId },
      omar,
    );
    expect(own.data!.knowledgeArticle.status).toBe('DRAFT');
    const agentsOnly = await publish({
      title: 'Drivrutin för giraffskrivare',
      audience: 'AGENTS',
      visibleTenantIds: [kav.id, bur.id],
    });
    const staff = await app.gql<{ searchArticles: { id: string }[] }>(
      SEARCH,
      { t: 'giraffskrivare' },
      sara,
    );
    expect(staff.data!.searchArticles).toEqual([]);
    const agent = await app.gql<{ searchArticles: { id: string }[] }>(
      SEARCH,
      { t: 'giraffskrivare' },
      lena,
    );
    expect(agent.data!.searchArticles.map((h) => h.id)).toEqual([agentsOnly]);
    // Lena reads it but does not manage it: no owner data for Burlöv.
    const read = await app.gql<{ knowledgeArticle: { management: unknown } }>(
      ARTICLE,
      { id: agentsOnly },
      lena,
    );
    expect(read.data!.knowledgeArticle.management).toBeNull();
    expect(code(await app.gql(STATUS, { id: agentsOnly, s: 'ARCHIVED' }, lena))).toBe('NOT_FOUND');
    const archived = await app.gql(STATUS, { id: agentsOnly, s: 'ARCHIVED' }, omar);
    expect(archived.errors).toBeUndefined();
    const gone = await app.gql<{ searchArticles: unknown[] }>(
      SEARCH,
      { t: 'giraffskrivare' },
      lena,
    );
    expect(gone.data!.searchArticles).toEqual([]);
  });

  it('reports "not helpful" with a plain comment to the owner and lists it as needing attention', async () => {
    const id = await publish({ title: 'Projektorn i sal B', visibleTenantIds: [kav.id, bur.id] });
    const long = await app.gql(RATE, { id, h: false, c: 'x'.repeat(1001) }, ali);
    expect(fields(long)).toEqual(['comment:TOO_LONG']);
    const r = await app.gql(
      RATE,
      { id, h: false, c: 'Tack! Men <script>alert(1)</script> hjälpte inte' },
      ali,
    );
    expect(r.errors).toBeUndefined();
    const feedback = await app.gql<{ articleFeedback: { helpful: boolean; comment: string }[] }>(
      FEEDBACK,
      { id },
      omar,
    );
    expect(feedback.data!.articleFeedback).toEqual([
      { helpful: false, comment: 'Tack! Men <script>alert(1)</script> hjälpte inte' },
    ]);
    expect(code(await app.gql(FEEDBACK, { id }, sara))).toBe('FORBIDDEN');
    expect(code(await app.gql(FEEDBACK, { id }, ali))).toBe('NOT_FOUND');
    const omarId = (await app.em().findOneOrFail(Person, { username: OMAR }, { filters: false }))
      .id;
    const notices = await app
      .em()
      .find(Notification, { recipient: omarId, kind: 'ARTICLE_NOT_HELPFUL' }, { filters: false });
    expect(notices.some((n) => n.text.includes('Projektorn i sal B'))).toBe(true);
    const attention = await app.gql<{
      articlesNeedingAttention: { article: { id: string }; reasons: string[] }[];
    }>(ATTENTION, { t: kav.id, m: true }, omar);
    expect(
      attention.data!.articlesNeedingAttention.find((i) => i.article.id === id)?.reasons,
    ).toEqual(['POOR_SCORE']);
    expect(code(await app.gql(ATTENTION, { t: kav.id }, sara))).toBe('FORBIDDEN');
    expect(code(await app.gql(ATTENTION, { t: kav.id }, lena))).toBe('NOT_FOUND');
  });

  it('counts "this solved it" per municipality, for the owning agents', async () => {
    const id = await publish({ title: 'Skärmen flimrar', visibleTenantIds: [kav.id, bur.id] });
    for (const cookie of [sara, ali, ali]) {
      const r = await app.gql(DEFLECT, { id }, cookie);
      expect(r.errors?.[0]?.message).toBeUndefined();
    }
    const seen = await app.gql<{
      knowledgeArticle: {
        management: { deflectionTotal: number; deflections: { tenantId: string; count: number }[] };
      };
    }>(ARTICLE, { id }, omar);
    const m = seen.data!.knowledgeArticle.management;
    expect(m.deflectionTotal).toBe(3);
    expect(Object.fromEntries(m.deflections.map((d) => [d.tenantId, d.count]))).toEqual({
      [kav.id]: 1,
      [bur.id]: 2,
    });
    const hidden = await publish({ title: 'Bara Kävlinge' });
    expect(code(await app.gql(DEFLECT, { id: hidden }, ali))).toBe('NOT_FOUND');
  });

  it('turns a resolved ticket’s reply into a draft, audited', async () => {
    const em = app.em();
    const ticket = await em.findOneOrFail(
      Ticket,
      { tenant: kav.id, status: 'RESOLVED' },
      { filters: false },
    );
    const omarPerson = await em.findOneOrFail(Person, { username: OMAR }, { filters: false });
    em.create(TicketEntry, {
      id: randomUUID(),
      tenant: kav,
      ticket,
      kind: 'REPLY',
      author: omarPerson,
      body: 'Starta om skrivaren och välj fack 2.\n\nHälsningar, IT',
      createdAt: new Date(ticket.createdAt.getTime() + 60_000),
    });
    await em.flush();
    const r = await app.gql<{
      draftArticleFromTicket: {
        id: string;
        title: string;
        status: string;
        bodyHtml: string;
        management: { sourceTicketId: string };
      };
    }>(DRAFT, { id: ticket.id }, omar);
    expect(r.errors).toBeUndefined();
    const d = r.data!.draftArticleFromTicket;
    expect(d).toMatchObject({
      title: ticket.title,
      status: 'DRAFT',
      management: { sourceTicketId: ticket.id },
    });
    expect(d.bodyHtml).toBe('<p>Starta om skrivaren och välj fack 2.</p><p>Hälsningar, IT</p>');
    const audit = await em.find(AuditEvent, { entityId: d.id }, { filters: false });
    expect(audit.map((e) => e.action)).toEqual(['article.drafted_from_ticket']);
    const list = await app.gql<{ knowledgeArticles: { id: string }[] }>(
      LIST,
      { t: kav.id, s: 'DRAFT' },
      omar,
    );
    expect(list.data!.knowledgeArticles.map((a) => a.id)).toContain(d.id);
    expect(code(await app.gql(DRAFT, { id: ticket.id }, sara))).toBe('FORBIDDEN');
    expect(code(await app.gql(DRAFT, { id: ticket.id }, lena))).toBe('NOT_FOUND');
    const open = await em.findOneOrFail(
      Ticket,
      { tenant: kav.id, status: 'NEW' },
      { filters: false },
    );
    expect(fields(await app.gql(DRAFT, { id: open.id }, omar))).toEqual(['ticketId:NOT_RESOLVED']);
  });
});

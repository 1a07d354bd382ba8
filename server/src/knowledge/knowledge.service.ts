import { randomUUID } from 'node:crypto';
import { EntityManager } from '@mikro-orm/core';
import { PostgreSqlPlatform } from '@mikro-orm/postgresql';
import { Injectable } from '@nestjs/common';
import { diffWordsWithSpace, type Change } from 'diff';
import {
  ARTICLE_CATEGORY_MAX,
  ARTICLE_FEEDBACK_COMMENT_MAX,
  ARTICLE_TITLE_MAX,
  attentionReasons,
  cleanMultiline,
  cleanSingleLine,
  codePointLength,
  localDateOf,
  normaliseTags,
  parseHighlight,
  type ArticleAudience,
  type ArticleLanguage,
  type ArticleStatus,
  type AttentionReason,
  type HighlightedText,
} from '@linje/shared';
import { AuditService } from '../audit/audit.service.js';
import { inTenant, isAgent } from '../auth/access-policy.js';
import type { Viewer } from '../auth/viewer.js';
import { AppError, type FieldProblem } from '../common/app-error.js';
import { Clock } from '../common/clock.js';
import { NotificationsService } from '../notifications/notifications.service.js';
import { Person } from '../people/person.entity.js';
import { marks } from '../queue/queue-sql.js';
import { fts5Query, searchTerms, tsQuery } from '../search/search-query.js';
import { Tenant } from '../tenants/tenant.entity.js';
import { plainTextToHtml, readRichDescription } from '../tickets/rich-text.js';
import { TicketEntry } from '../tickets/ticket-entry.entity.js';
import { Ticket } from '../tickets/ticket.entity.js';
import {
  Article,
  ArticleDeflection,
  ArticleFeedback,
  ArticleVersion,
  ArticleVisibility,
} from './article.entity.js';
import { feedbackNoticeText, tenantLanguage } from './knowledge-text.js';

export const SEARCH_TEXT_MAX = 200;
export const SEARCH_FIRST_MAX = 20;
export const LIST_MAX = 200;
const REVIEW_DATE = /^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/;

export interface SaveArticleData {
  id?: string | null;
  expectedVersion?: number | null;
  tenantId: string;
  title: string;
  bodyHtml: string;
  category?: string | null;
  tags: string[];
  language: ArticleLanguage;
  audience: ArticleAudience;
  visibleTenantIds: string[];
  reviewDate?: string | null;
}

export interface ArticleHit {
  article: Article;
  title: HighlightedText;
  snippet: HighlightedText;
}

export interface AttentionItem {
  article: Article;
  reasons: AttentionReason[];
}

export interface VersionDiff {
  title: Change[];
  body: Change[];
}

function bad(field: string, code: string, message: string, params?: Record<string, unknown>) {
  const p: FieldProblem = { field, code, message, ...(params ? { params } : {}) };
  return AppError.badInput(`The article could not be saved: ${field} ${message}.`, [p]);
}

/**
 * The knowledge base. An article belongs to the municipality whose agent wrote it; its
 * readers are decided only by its visibility rows, which belong to the municipalities it
 * is shown to, so the tenant filter on those rows (and the same rule in the search SQL,
 * `visibleSql`) is the one place reading is scoped. Only agents of the owning municipality
 * manage an article, and they can only show it to municipalities they serve.
 */
@Injectable()
export class KnowledgeService {
  constructor(
    private readonly em: EntityManager,
    private readonly clock: Clock,
    private readonly audit: AuditService,
    private readonly notifications: NotificationsService,
  ) {}

  // ---------------------------------------------------------------------------------
  // Reading

  /** Audiences a viewer reads: agents also read agents-only articles. */
  audiences(viewer: Viewer): ArticleAudience[] {
    return isAgent(viewer) ? ['STAFF', 'AGENTS'] : ['STAFF'];
  }

  /** Agents of the owning municipality manage (and see drafts of) the article. */
  mayManage(viewer: Viewer, article: Article): boolean {
    return isAgent(viewer) && inTenant(viewer, article.tenant.id);
  }

  /**
   * The article as the viewer may read it: published, of their audience and shown to one
   * of their municipalities — or any state for agents of the owning municipality.
   * NOT_FOUND otherwise, so nothing about it is revealed.
   */
  async readable(viewer: Viewer, id: string, em: EntityManager = this.em): Promise<Article> {
    // The owning municipality's agents reach it through the tenant filter on the article.
    const own = await em.findOne(Article, { id });
    if (own && this.mayManage(viewer, own)) return own;
    // Everyone else through a visibility row of one of their municipalities.
    const shown: unknown[] = await em
      .getConnection()
      .execute(
        `select 1 as shown from article a where a.id = ? and ${visibleSql(viewer.tenantIds)}`,
        [id, ...viewer.tenantIds],
        'all',
        em.getTransactionContext(),
      );
    if (shown.length === 0) throw AppError.notFound('The article');
    const article = own ?? (await em.findOne(Article, { id }, { filters: false }));
    if (
      !article ||
      article.status !== 'PUBLISHED' ||
      !this.audiences(viewer).includes(article.audience)
    ) {
      throw AppError.notFound('The article');
    }
    return article;
  }

  /** Owning-tenant rows the viewer has no tenant of their own for are read deliberately. */
  async ownerOf(article: Article): Promise<Person> {
    return this.em.findOneOrFail(Person, { id: article.owner.id }, { filters: false });
  }

  async visibleTenantIds(article: Article): Promise<string[]> {
    const rows = await this.em.find(
      ArticleVisibility,
      { article: article.id },
      { filters: false, fields: ['tenant'] },
    );
    return rows.map((r) => r.tenant.id).sort();
  }

  /** "This solved it" per reading municipality. */
  async deflections(article: Article): Promise<{ tenantId: string; count: number }[]> {
    const rows: { tenant_id: string; n: number | string }[] = await this.em
      .getConnection()
      .execute(
        'select tenant_id, count(*) as n from article_deflection where article_id = ? group by tenant_id order by tenant_id',
        [article.id],
      );
    return rows.map((r) => ({ tenantId: r.tenant_id, count: Number(r.n) }));
  }

  /** Ranked full-text search over published articles the viewer may read. */
  async search(
    viewer: Viewer,
    text: string,
    first: number | null | undefined,
    language: ArticleLanguage | null | undefined,
  ): Promise<ArticleHit[]> {
    if (codePointLength(text) > SEARCH_TEXT_MAX) {
      throw AppError.badInput(`Search for at most ${SEARCH_TEXT_MAX} characters.`, [
        {
          field: 'text',
          code: 'TOO_LONG',
          message: `must be at most ${SEARCH_TEXT_MAX} characters`,
          params: { max: SEARCH_TEXT_MAX },
        },
      ]);
    }
    const limit = first ?? 10;
    if (!Number.isInteger(limit) || limit < 1 || limit > SEARCH_FIRST_MAX) {
      throw AppError.badInput(`Ask for between 1 and ${SEARCH_FIRST_MAX} results.`, [
        {
          field: 'first',
          code: 'OUT_OF_RANGE',
          message: `must be 1–${SEARCH_FIRST_MAX}`,
          params: { min: 1, max: SEARCH_FIRST_MAX },
        },
      ]);
    }
    const terms = searchTerms(text);
    if (terms.length === 0 || viewer.tenantIds.length === 0) return [];
    const audiences = this.audiences(viewer);
    const postgres = this.em.getPlatform() instanceof PostgreSqlPlatform;
    const where =
      `a.status = 'PUBLISHED' and a.audience in (${marks(audiences)})` +
      (language ? ' and a.language = ?' : '') +
      ` and ${visibleSql(viewer.tenantIds)}`;
    const params = [...audiences, ...(language ? [language] : []), ...viewer.tenantIds];
    const sel = 'chr(1)';
    const sql = postgres
      ? `select a.id, ts_headline('simple', a.title, q, 'HighlightAll=true, StartSel=' || ${sel} || ', StopSel=' || chr(2)) as title_marked, ` +
        `ts_headline('simple', a.body_text, q, 'MaxWords=28, MinWords=10, MaxFragments=2, FragmentDelimiter=" … ", StartSel=' || ${sel} || ', StopSel=' || chr(2)) as snippet_marked ` +
        `from article a, to_tsquery('simple', ?) q where (setweight(to_tsvector('simple', a.title), 'A') || to_tsvector('simple', a.body_text)) @@ q and ${where} ` +
        `order by ts_rank(setweight(to_tsvector('simple', a.title), 'A') || to_tsvector('simple', a.body_text), q) desc, a.id limit ${limit}`
      : `select a.id, highlight(article_fts, 1, char(1), char(2)) as title_marked, ` +
        `snippet(article_fts, 2, char(1), char(2), '…', 24) as snippet_marked ` +
        `from article_fts join article a on a.id = article_fts.article_id where article_fts match ? and ${where} ` +
        `order by bm25(article_fts, 0.0, 4.0, 1.0), a.id limit ${limit}`;
    const rows: { id: string; title_marked: string; snippet_marked: string }[] = await this.em
      .getConnection()
      .execute(sql, [postgres ? tsQuery(terms) : fts5Query(terms), ...params]);
    if (rows.length === 0) return [];
    const articles = await this.em.find(
      Article,
      { id: { $in: rows.map((r) => r.id) } },
      { filters: false },
    );
    const byId = new Map(articles.map((a) => [a.id, a]));
    return rows.flatMap((r) => {
      const article = byId.get(r.id);
      if (!article) return [];
      return [
        {
          article,
          title: parseHighlight(r.title_marked),
          snippet: parseHighlight(r.snippet_marked),
        },
      ];
    });
  }

  /** The management list: the municipality's own articles, newest edit first. */
  async list(
    viewer: Viewer,
    tenantId: string,
    status: ArticleStatus | null | undefined,
    text: string | null | undefined,
  ): Promise<Article[]> {
    this.assertAgentOf(viewer, tenantId);
    const words = searchTerms(text ?? '');
    const articles = await this.em.find(
      Article,
      { tenant: tenantId, ...(status ? { status } : {}) },
      { orderBy: { updatedAt: 'desc', id: 'asc' }, limit: LIST_MAX },
    );
    if (words.length === 0) return articles;
    return articles.filter((a) => {
      const hay = `${a.title} ${a.tags.join(' ')} ${a.category ?? ''}`.toLowerCase();
      return words.every((w) => hay.includes(w));
    });
  }

  /** Published articles with a poor score or a passed review date. */
  async needingAttention(
    viewer: Viewer,
    tenantId: string,
    mine: boolean | null | undefined,
  ): Promise<AttentionItem[]> {
    this.assertAgentOf(viewer, tenantId);
    const tenant = await this.em.findOneOrFail(Tenant, { id: tenantId });
    const today = localDateOf(tenant.timeZone, this.clock.now());
    const articles = await this.em.find(
      Article,
      {
        tenant: tenantId,
        status: 'PUBLISHED',
        ...(mine ? { owner: viewer.personId } : {}),
      },
      { orderBy: { updatedAt: 'desc', id: 'asc' }, limit: LIST_MAX },
    );
    return articles
      .map((article) => ({
        article,
        reasons: attentionReasons({
          helpfulYes: article.helpfulYes,
          helpfulNo: article.helpfulNo,
          reviewDate: article.reviewDate ?? null,
          today,
        }),
      }))
      .filter((i) => i.reasons.length > 0);
  }

  async versions(viewer: Viewer, articleId: string): Promise<ArticleVersion[]> {
    const article = await this.managed(viewer, articleId);
    return this.em.find(
      ArticleVersion,
      { article: article.id },
      { orderBy: { number: 'desc' }, populate: ['savedBy'] },
    );
  }

  /** Word by word, what changed from one saved version to another. */
  async diff(viewer: Viewer, articleId: string, from: number, to: number): Promise<VersionDiff> {
    const article = await this.managed(viewer, articleId);
    const found = await this.em.find(ArticleVersion, {
      article: article.id,
      number: { $in: [from, to] },
    });
    const a = found.find((v) => v.number === from);
    const b = found.find((v) => v.number === to);
    if (!a || !b) throw AppError.notFound('The version');
    return {
      title: diffWordsWithSpace(a.title, b.title),
      body: diffWordsWithSpace(a.bodyText, b.bodyText),
    };
  }

  /** The answers with comments, newest first (anonymous: the owner needs what, not who). */
  async feedback(viewer: Viewer, articleId: string): Promise<ArticleFeedback[]> {
    const article = await this.managed(viewer, articleId);
    // Answers belong to the readers' municipalities; the owner reads them deliberately.
    return this.em.find(
      ArticleFeedback,
      { article: article.id },
      { filters: false, orderBy: { createdAt: 'desc', id: 'asc' }, limit: 50 },
    );
  }

  // ---------------------------------------------------------------------------------
  // Writing

  async save(viewer: Viewer, input: SaveArticleData): Promise<Article> {
    this.assertAgentOf(viewer, input.tenantId);
    const title = cleanSingleLine(input.title);
    const titleValue = title.ok ? title.value : '';
    if (titleValue === '') throw bad('title', 'REQUIRED', 'is required');
    if (codePointLength(titleValue) > ARTICLE_TITLE_MAX) {
      throw bad('title', 'TOO_LONG', `must be at most ${ARTICLE_TITLE_MAX} characters`, {
        max: ARTICLE_TITLE_MAX,
      });
    }
    const body = readRichDescription(input.bodyHtml);
    if (body.problem)
      throw AppError.badInput(body.problem.message, [{ ...body.problem, field: 'bodyHtml' }]);
    if (body.text.trim() === '') throw bad('bodyHtml', 'REQUIRED', 'is required');
    const categoryClean = cleanSingleLine(input.category ?? '');
    const category = categoryClean.ok && categoryClean.value !== '' ? categoryClean.value : null;
    if (category && codePointLength(category) > ARTICLE_CATEGORY_MAX) {
      throw bad('category', 'TOO_LONG', `must be at most ${ARTICLE_CATEGORY_MAX} characters`, {
        max: ARTICLE_CATEGORY_MAX,
      });
    }
    const tags = normaliseTags(input.tags);
    if (!tags.ok) throw bad('tags', tags.code, 'are too many or too long', tags.params);
    const reviewDate = input.reviewDate?.trim() || null;
    if (reviewDate && !REVIEW_DATE.test(reviewDate)) {
      throw bad('reviewDate', 'INVALID_DATE', 'must be a date (YYYY-MM-DD)');
    }
    const visible = [...new Set(input.visibleTenantIds)];
    if (visible.length === 0) {
      throw bad('visibleTenantIds', 'REQUIRED', 'must name at least one municipality');
    }
    if (!visible.every((t) => inTenant(viewer, t))) {
      throw bad('visibleTenantIds', 'NOT_SERVED', 'may only name municipalities the agent serves');
    }
    return this.em.transactional(async (em) => {
      const now = this.clock.now();
      let article: Article;
      if (input.id) {
        const found = await em.findOne(Article, { id: input.id, tenant: input.tenantId });
        if (!found) throw AppError.notFound('The article');
        if (input.expectedVersion != null && input.expectedVersion !== found.version) {
          throw AppError.conflict('The article was changed by someone else; reload it.', {
            currentVersion: found.version,
          });
        }
        article = found;
        Object.assign(article, {
          title: titleValue,
          bodyHtml: body.html,
          bodyText: body.text,
          category,
          tags: tags.tags,
          language: input.language,
          audience: input.audience,
          reviewDate,
          version: article.version + 1,
          updatedAt: now,
        });
      } else {
        article = em.create(Article, {
          id: randomUUID(),
          tenant: em.getReference(Tenant, input.tenantId),
          title: titleValue,
          bodyHtml: body.html,
          bodyText: body.text,
          category,
          tags: tags.tags,
          language: input.language,
          audience: input.audience,
          status: 'DRAFT',
          owner: em.getReference(Person, viewer.personId),
          reviewDate,
          version: 1,
          createdAt: now,
          updatedAt: now,
        });
      }
      await this.setVisibility(em, article, visible);
      this.addVersion(em, article, viewer, now);
      await this.index(em, article);
      this.audit.record(em, {
        tenantId: input.tenantId,
        actorId: viewer.personId,
        action: input.id ? 'article.edited' : 'article.created',
        entityType: 'Article',
        entityId: article.id,
        data: { title: article.title, version: article.version, visibleTenantIds: visible },
      });
      return article;
    });
  }

  async setStatus(viewer: Viewer, id: string, status: ArticleStatus): Promise<Article> {
    return this.em.transactional(async (em) => {
      const article = await em.findOne(Article, { id });
      if (!article || !inTenant(viewer, article.tenant.id)) throw AppError.notFound('The article');
      if (!isAgent(viewer)) throw AppError.forbidden('Only IT agents publish articles.');
      if (article.status !== status) {
        const from = article.status;
        article.status = status;
        article.updatedAt = this.clock.now();
        this.audit.record(em, {
          tenantId: article.tenant.id,
          actorId: viewer.personId,
          action:
            status === 'PUBLISHED'
              ? 'article.published'
              : status === 'ARCHIVED'
                ? 'article.archived'
                : 'article.unpublished',
          entityType: 'Article',
          entityId: article.id,
          data: { from, to: status },
        });
      }
      return article;
    });
  }

  /** A draft from a resolved ticket: its title and the last reply to the caller. */
  async draftFromTicket(viewer: Viewer, ticketId: string): Promise<Article> {
    return this.em.transactional(async (em) => {
      const ticket = await em.findOne(Ticket, { id: ticketId }, { populate: ['tenant'] });
      if (!ticket || !inTenant(viewer, ticket.tenant.id)) throw AppError.notFound('The ticket');
      if (!isAgent(viewer)) throw AppError.forbidden('Only IT agents write articles.');
      if (ticket.status !== 'RESOLVED' && ticket.status !== 'CLOSED') {
        throw AppError.badInput('Only a resolved ticket’s answer can become an article.', [
          { field: 'ticketId', code: 'NOT_RESOLVED', message: 'is not resolved' },
        ]);
      }
      const [reply] = await em.find(
        TicketEntry,
        { ticket: ticket.id, kind: 'REPLY', body: { $ne: '' } },
        { orderBy: { createdAt: 'desc', id: 'desc' }, limit: 1 },
      );
      if (!reply) {
        throw AppError.badInput('The ticket has no reply to turn into an article.', [
          { field: 'ticketId', code: 'NO_REPLY', message: 'has no reply' },
        ]);
      }
      const body = readRichDescription(plainTextToHtml(reply.body));
      const now = this.clock.now();
      const article = em.create(Article, {
        id: randomUUID(),
        tenant: ticket.tenant,
        title: ticket.title.slice(0, ARTICLE_TITLE_MAX),
        bodyHtml: body.html,
        bodyText: body.text,
        category: null,
        tags: [],
        language: tenantLanguage(ticket.tenant.country),
        audience: 'STAFF',
        status: 'DRAFT',
        owner: em.getReference(Person, viewer.personId),
        sourceTicketId: ticket.id,
        version: 1,
        createdAt: now,
        updatedAt: now,
      });
      await this.setVisibility(em, article, [ticket.tenant.id]);
      this.addVersion(em, article, viewer, now);
      await this.index(em, article);
      this.audit.record(em, {
        tenantId: ticket.tenant.id,
        actorId: viewer.personId,
        action: 'article.drafted_from_ticket',
        entityType: 'Article',
        entityId: article.id,
        data: { ticketId: ticket.id, ticketNumber: ticket.number, title: article.title },
      });
      return article;
    });
  }

  /** "Was this helpful?" — counted on the article and reported to its owner. */
  async rate(
    viewer: Viewer,
    articleId: string,
    helpful: boolean,
    rawComment: string | null | undefined,
  ): Promise<Article> {
    const cleaned = cleanMultiline(rawComment ?? '');
    const comment = cleaned.ok && cleaned.value !== '' ? cleaned.value : null;
    if (comment && codePointLength(comment) > ARTICLE_FEEDBACK_COMMENT_MAX) {
      throw AppError.badInput(
        `The comment may be at most ${ARTICLE_FEEDBACK_COMMENT_MAX} characters.`,
        [
          {
            field: 'comment',
            code: 'TOO_LONG',
            message: `must be at most ${ARTICLE_FEEDBACK_COMMENT_MAX} characters`,
            params: { max: ARTICLE_FEEDBACK_COMMENT_MAX },
          },
        ],
      );
    }
    return this.em.transactional(async (em) => {
      const article = await this.readable(viewer, articleId, em);
      const now = this.clock.now();
      em.create(ArticleFeedback, {
        id: randomUUID(),
        tenant: em.getReference(Tenant, viewer.homeTenantId),
        article: article.id,
        person: viewer.personId,
        helpful,
        comment,
        createdAt: now,
      });
      // One statement adds one, so answers arriving together all count.
      const column = helpful ? 'helpful_yes' : 'helpful_no';
      await run(em, `update article set ${column} = ${column} + 1 where id = ?`, [article.id]);
      const owner = await em.findOneOrFail(
        Person,
        { id: article.owner.id },
        { filters: false, populate: ['tenant'] },
      );
      await this.notifications.notify(em, {
        tenantId: owner.tenant.id,
        recipientId: owner.id,
        kind: helpful ? 'ARTICLE_HELPFUL' : 'ARTICLE_NOT_HELPFUL',
        params: { articleId: article.id, title: article.title, comment },
        text: feedbackNoticeText('en', article.title, helpful, comment),
      });
      this.audit.record(em, {
        tenantId: viewer.homeTenantId,
        actorId: viewer.personId,
        action: 'article.rated',
        entityType: 'Article',
        entityId: article.id,
        data: { helpful, withComment: comment !== null },
      });
      await em.flush();
      await em.refresh(article, { filters: false });
      return article;
    });
  }

  /** "This solved it" from the new-ticket form: counted per article and municipality. */
  async recordDeflection(viewer: Viewer, articleId: string): Promise<boolean> {
    return this.em.transactional(async (em) => {
      const article = await this.readable(viewer, articleId, em);
      em.create(ArticleDeflection, {
        id: randomUUID(),
        tenant: em.getReference(Tenant, viewer.homeTenantId),
        article: article.id,
        person: viewer.personId,
        createdAt: this.clock.now(),
      });
      this.audit.record(em, {
        tenantId: viewer.homeTenantId,
        actorId: viewer.personId,
        action: 'article.deflected',
        entityType: 'Article',
        entityId: article.id,
      });
      return true;
    });
  }

  // ---------------------------------------------------------------------------------

  private assertAgentOf(viewer: Viewer, tenantId: string): void {
    if (!inTenant(viewer, tenantId)) throw AppError.notFound('The municipality');
    if (!isAgent(viewer)) throw AppError.forbidden('Only IT agents manage the knowledge base.');
  }

  private async managed(viewer: Viewer, id: string): Promise<Article> {
    const article = await this.em.findOne(Article, { id });
    if (!article || !inTenant(viewer, article.tenant.id)) throw AppError.notFound('The article');
    if (!isAgent(viewer)) throw AppError.forbidden('Only IT agents manage the knowledge base.');
    return article;
  }

  private async setVisibility(em: EntityManager, article: Article, tenantIds: string[]) {
    // The owner replaces the whole list; rows of municipalities they no longer name go.
    const existing = await em.find(ArticleVisibility, { article: article.id }, { filters: false });
    const keep = new Set(tenantIds);
    for (const row of existing) if (!keep.has(row.tenant.id)) em.remove(row);
    const have = new Set(existing.map((r) => r.tenant.id));
    for (const tenantId of tenantIds) {
      if (have.has(tenantId)) continue;
      em.create(ArticleVisibility, {
        id: randomUUID(),
        tenant: em.getReference(Tenant, tenantId),
        article,
      });
    }
  }

  private addVersion(em: EntityManager, article: Article, viewer: Viewer, now: Date): void {
    em.create(ArticleVersion, {
      id: randomUUID(),
      tenant: article.tenant,
      article,
      number: article.version,
      title: article.title,
      bodyHtml: article.bodyHtml,
      bodyText: article.bodyText,
      status: article.status,
      savedBy: em.getReference(Person, viewer.personId),
      savedAt: now,
    });
  }

  /** SQLite: the article's FTS5 row follows every save, in the same transaction. */
  private async index(em: EntityManager, article: Article): Promise<void> {
    if (em.getPlatform() instanceof PostgreSqlPlatform) return;
    await em.flush();
    await run(em, 'delete from article_fts where article_id = ?', [article.id]);
    await run(em, 'insert into article_fts (article_id, title, body) values (?, ?, ?)', [
      article.id,
      article.title,
      article.bodyText,
    ]);
  }
}

/** A statement in the unit's own transaction. */
async function run(em: EntityManager, sql: string, params: unknown[]): Promise<void> {
  await em.getConnection().execute(sql, params, 'run', em.getTransactionContext());
}

/**
 * The reading rule, the one place it is written: the article (`a`) is shown to one of the
 * viewer's municipalities. Its visibility rows belong to the municipalities shown to, so
 * this is tenant scoping on those rows; the article row itself may belong to another.
 */
export function visibleSql(tenantIds: readonly string[]): string {
  return `exists (select 1 from article_visibility v where v.article_id = a.id and v.tenant_id in (${marks(tenantIds)}))`;
}

import { Args, ID, Int, Mutation, Query, Resolver } from '@nestjs/graphql';
import type { ArticleLanguage, ArticleStatus } from '@linje/shared';
import { CurrentViewer } from '../auth/gql-context.js';
import type { Viewer } from '../auth/viewer.js';
import type { Article } from './article.entity.js';
import {
  ArticleAttentionModel,
  ArticleDiffModel,
  ArticleFeedbackModel,
  ArticleHitModel,
  ArticleLanguageEnum,
  ArticleModel,
  ArticleStatusEnum,
  ArticleVersionModel,
  SaveArticleInput,
} from './knowledge.model.js';
import { KnowledgeService } from './knowledge.service.js';

@Resolver(() => ArticleModel)
export class KnowledgeResolver {
  constructor(private readonly service: KnowledgeService) {}

  private async toModel(viewer: Viewer, a: Article): Promise<ArticleModel> {
    let management: ArticleModel['management'] = null;
    if (this.service.mayManage(viewer, a)) {
      const [owner, visibleTenantIds, deflections] = await Promise.all([
        this.service.ownerOf(a),
        this.service.visibleTenantIds(a),
        this.service.deflections(a),
      ]);
      management = {
        tenantId: a.tenant.id,
        visibleTenantIds,
        ownerId: owner.id,
        ownerName: `${owner.givenName} ${owner.surname}`,
        helpfulYes: a.helpfulYes,
        helpfulNo: a.helpfulNo,
        deflectionTotal: deflections.reduce((n, d) => n + d.count, 0),
        deflections,
        sourceTicketId: a.sourceTicketId ?? null,
        createdAt: a.createdAt,
      };
    }
    return {
      id: a.id,
      title: a.title,
      bodyHtml: a.bodyHtml,
      category: a.category ?? null,
      tags: a.tags,
      language: a.language,
      audience: a.audience,
      status: a.status,
      reviewDate: a.reviewDate ?? null,
      version: a.version,
      updatedAt: a.updatedAt,
      management,
    };
  }

  @Query(() => [ArticleHitModel], {
    description:
      'Ranked full-text search over the published articles the viewer may read, with highlights.',
  })
  async searchArticles(
    @CurrentViewer() viewer: Viewer,
    @Args('text', { type: () => String }) text: string,
    @Args('first', { type: () => Int, nullable: true }) first?: number | null,
    @Args('language', { type: () => ArticleLanguageEnum, nullable: true })
    language?: ArticleLanguage | null,
  ): Promise<ArticleHitModel[]> {
    const hits = await this.service.search(viewer, text, first, language);
    return hits.map((h) => ({
      id: h.article.id,
      title: h.title,
      snippet: h.snippet,
      language: h.article.language,
      category: h.article.category ?? null,
    }));
  }

  @Query(() => ArticleModel, { description: 'One article the viewer may read.' })
  async knowledgeArticle(
    @CurrentViewer() viewer: Viewer,
    @Args('id', { type: () => ID }) id: string,
  ): Promise<ArticleModel> {
    return this.toModel(viewer, await this.service.readable(viewer, id));
  }

  @Query(() => [ArticleModel], {
    description: "A municipality's own articles for its agents, newest edit first.",
  })
  async knowledgeArticles(
    @CurrentViewer() viewer: Viewer,
    @Args('tenantId', { type: () => ID }) tenantId: string,
    @Args('status', { type: () => ArticleStatusEnum, nullable: true })
    status?: ArticleStatus | null,
    @Args('search', { type: () => String, nullable: true }) search?: string | null,
  ): Promise<ArticleModel[]> {
    const list = await this.service.list(viewer, tenantId, status, search);
    return Promise.all(list.map((a) => this.toModel(viewer, a)));
  }

  @Query(() => [ArticleAttentionModel], {
    description: 'Published articles with a poor score or a passed review date.',
  })
  async articlesNeedingAttention(
    @CurrentViewer() viewer: Viewer,
    @Args('tenantId', { type: () => ID }) tenantId: string,
    @Args('mine', { type: () => Boolean, nullable: true }) mine?: boolean | null,
  ): Promise<ArticleAttentionModel[]> {
    const items = await this.service.needingAttention(viewer, tenantId, mine);
    return Promise.all(
      items.map(async (i) => ({
        article: await this.toModel(viewer, i.article),
        reasons: i.reasons,
      })),
    );
  }

  @Query(() => [ArticleVersionModel], { description: 'Every saved version, newest first.' })
  async articleVersions(
    @CurrentViewer() viewer: Viewer,
    @Args('articleId', { type: () => ID }) articleId: string,
  ): Promise<ArticleVersionModel[]> {
    const versions = await this.service.versions(viewer, articleId);
    return versions.map((v) => ({
      number: v.number,
      title: v.title,
      bodyHtml: v.bodyHtml,
      status: v.status,
      savedByName: `${v.savedBy.givenName} ${v.savedBy.surname}`,
      savedAt: v.savedAt,
    }));
  }

  @Query(() => ArticleDiffModel, { description: 'What changed between two versions.' })
  async articleDiff(
    @CurrentViewer() viewer: Viewer,
    @Args('articleId', { type: () => ID }) articleId: string,
    @Args('from', { type: () => Int }) from: number,
    @Args('to', { type: () => Int }) to: number,
  ): Promise<ArticleDiffModel> {
    const d = await this.service.diff(viewer, articleId, from, to);
    const parts = (changes: typeof d.title) =>
      changes.map((c) => ({
        value: c.value,
        added: c.added === true,
        removed: c.removed === true,
      }));
    return { title: parts(d.title), body: parts(d.body) };
  }

  @Query(() => [ArticleFeedbackModel], {
    description: '"Was this helpful?" answers, newest first (agents of the owning municipality).',
  })
  async articleFeedback(
    @CurrentViewer() viewer: Viewer,
    @Args('articleId', { type: () => ID }) articleId: string,
  ): Promise<ArticleFeedbackModel[]> {
    const rows = await this.service.feedback(viewer, articleId);
    return rows.map((f) => ({
      id: f.id,
      helpful: f.helpful,
      comment: f.comment ?? null,
      createdAt: f.createdAt,
    }));
  }

  @Mutation(() => ArticleModel, {
    description: 'Write or edit an article; every save is a version.',
  })
  async saveArticle(
    @CurrentViewer() viewer: Viewer,
    @Args('input', { type: () => SaveArticleInput }) input: SaveArticleInput,
  ): Promise<ArticleModel> {
    return this.toModel(viewer, await this.service.save(viewer, input));
  }

  @Mutation(() => ArticleModel, { description: 'Publish, archive or return an article to draft.' })
  async setArticleStatus(
    @CurrentViewer() viewer: Viewer,
    @Args('id', { type: () => ID }) id: string,
    @Args('status', { type: () => ArticleStatusEnum }) status: ArticleStatus,
  ): Promise<ArticleModel> {
    return this.toModel(viewer, await this.service.setStatus(viewer, id, status));
  }

  @Mutation(() => ArticleModel, {
    description: "A draft article from a resolved ticket's title and last reply.",
  })
  async draftArticleFromTicket(
    @CurrentViewer() viewer: Viewer,
    @Args('ticketId', { type: () => ID }) ticketId: string,
  ): Promise<ArticleModel> {
    return this.toModel(viewer, await this.service.draftFromTicket(viewer, ticketId));
  }

  @Mutation(() => ArticleModel, { description: '"Was this helpful?" with an optional comment.' })
  async rateArticle(
    @CurrentViewer() viewer: Viewer,
    @Args('articleId', { type: () => ID }) articleId: string,
    @Args('helpful', { type: () => Boolean }) helpful: boolean,
    @Args('comment', { type: () => String, nullable: true }) comment?: string | null,
  ): Promise<ArticleModel> {
    return this.toModel(viewer, await this.service.rate(viewer, articleId, helpful, comment));
  }

  @Mutation(() => Boolean, {
    description: '"This solved it" from the new-ticket form: no ticket needed, counted.',
  })
  async recordArticleDeflection(
    @CurrentViewer() viewer: Viewer,
    @Args('articleId', { type: () => ID }) articleId: string,
  ): Promise<boolean> {
    return this.service.recordDeflection(viewer, articleId);
  }
}

import {
  Entity,
  Index,
  ManyToOne,
  OptionalProps,
  PrimaryKey,
  Property,
  Unique,
} from '@mikro-orm/core';
import type { ArticleAudience, ArticleLanguage, ArticleStatus } from '@linje/shared';
import { TenantOwned } from '../database/tenant-owned.entity.js';
import { Person } from '../people/person.entity.js';

/**
 * A knowledge base article, owned by the municipality whose agent wrote it (`tenant`).
 * Who may read it is not this row's tenant but its `ArticleVisibility` rows: one per
 * municipality it is shown to, each owned by that municipality, so the tenant filter on
 * those rows is what decides whether a reader sees the article.
 */
@Entity({ tableName: 'article' })
@Index({ name: 'article_tenant_status_idx', properties: ['tenant', 'status', 'updatedAt'] })
export class Article extends TenantOwned {
  [OptionalProps]?: 'category' | 'reviewDate' | 'sourceTicketId' | 'helpfulYes' | 'helpfulNo';

  @PrimaryKey({ type: 'string', length: 36 })
  id!: string;

  @Property({ type: 'string', length: 200 })
  title!: string;

  /** Sanitised HTML: only what `sanitizeRichText` lets through is ever stored. */
  @Property({ type: 'text' })
  bodyHtml!: string;

  /** The plain text of `bodyHtml`, for search and snippets. */
  @Property({ type: 'text' })
  bodyText!: string;

  @Property({ type: 'string', length: 80, nullable: true })
  category?: string | null;

  @Property({ type: 'json' })
  tags!: string[];

  @Property({ type: 'string', length: 2 })
  language!: ArticleLanguage;

  @Property({ type: 'string', length: 8 })
  audience!: ArticleAudience;

  @Property({ type: 'string', length: 10 })
  status!: ArticleStatus;

  @ManyToOne(() => Person, { index: true })
  owner!: Person;

  /** YYYY-MM-DD: after this the owner should check the article again. */
  @Property({ type: 'string', length: 10, nullable: true })
  reviewDate?: string | null;

  /** The ticket whose answer the article was drafted from. */
  @Property({ type: 'string', length: 36, nullable: true })
  sourceTicketId?: string | null;

  /** Kept by single UPDATE statements (count + 1), so concurrent answers never lose one. */
  @Property({ type: 'integer' })
  helpfulYes: number = 0;

  @Property({ type: 'integer' })
  helpfulNo: number = 0;

  /** Each save adds a version; an edit names the version it started from (else CONFLICT). */
  @Property({ type: 'integer' })
  version!: number;

  @Property({ type: 'Date' })
  createdAt!: Date;

  @Property({ type: 'Date' })
  updatedAt!: Date;
}

/** Every saved state of an article, for its history and diffs. */
@Entity({ tableName: 'article_version' })
@Unique({ name: 'article_version_article_number_unique', properties: ['article', 'number'] })
export class ArticleVersion extends TenantOwned {
  @PrimaryKey({ type: 'string', length: 36 })
  id!: string;

  @ManyToOne(() => Article, { index: false })
  article!: Article;

  @Property({ type: 'integer' })
  number!: number;

  @Property({ type: 'string', length: 200 })
  title!: string;

  @Property({ type: 'text' })
  bodyHtml!: string;

  @Property({ type: 'text' })
  bodyText!: string;

  @Property({ type: 'string', length: 10 })
  status!: ArticleStatus;

  @ManyToOne(() => Person, { index: false })
  savedBy!: Person;

  @Property({ type: 'Date' })
  savedAt!: Date;
}

/** The article is shown to `tenant`'s people. The tenant filter on these rows scopes reading. */
@Entity({ tableName: 'article_visibility' })
@Unique({ name: 'article_visibility_article_tenant_unique', properties: ['article', 'tenant'] })
export class ArticleVisibility extends TenantOwned {
  @PrimaryKey({ type: 'string', length: 36 })
  id!: string;

  @ManyToOne(() => Article, { index: false })
  article!: Article;
}

/** A "was this helpful?" answer, owned by the reader's municipality. */
@Entity({ tableName: 'article_feedback' })
@Index({ name: 'article_feedback_article_idx', properties: ['article', 'createdAt'] })
export class ArticleFeedback extends TenantOwned {
  [OptionalProps]?: 'comment';

  @PrimaryKey({ type: 'string', length: 36 })
  id!: string;

  @ManyToOne(() => Article, { index: false })
  article!: Article;

  @ManyToOne(() => Person, { index: false })
  person!: Person;

  @Property({ type: 'boolean' })
  helpful!: boolean;

  /** Plain text, cleaned and length-limited; shown as text, never as HTML. */
  @Property({ type: 'text', nullable: true })
  comment?: string | null;

  @Property({ type: 'Date' })
  createdAt!: Date;
}

/** "This solved it" from the new-ticket form: a ticket that was never filed. */
@Entity({ tableName: 'article_deflection' })
@Index({ name: 'article_deflection_article_idx', properties: ['article', 'tenant'] })
export class ArticleDeflection extends TenantOwned {
  @PrimaryKey({ type: 'string', length: 36 })
  id!: string;

  @ManyToOne(() => Article, { index: false })
  article!: Article;

  @ManyToOne(() => Person, { index: false })
  person!: Person;

  @Property({ type: 'Date' })
  createdAt!: Date;
}

import {
  Field,
  GraphQLISODateTime,
  ID,
  InputType,
  Int,
  ObjectType,
  registerEnumType,
} from '@nestjs/graphql';
import {
  ARTICLE_AUDIENCES,
  ARTICLE_LANGUAGES,
  ARTICLE_STATUSES,
  type ArticleAudience,
  type ArticleLanguage,
  type ArticleStatus,
  type AttentionReason,
} from '@linje/shared';

const asEnum = <T extends string>(values: readonly T[]) =>
  Object.fromEntries(values.map((v) => [v, v])) as { [K in T]: K };

export const ArticleLanguageEnum = asEnum(ARTICLE_LANGUAGES);
registerEnumType(ArticleLanguageEnum, { name: 'ArticleLanguage' });
export const ArticleAudienceEnum = asEnum(ARTICLE_AUDIENCES);
registerEnumType(ArticleAudienceEnum, { name: 'ArticleAudience' });
export const ArticleStatusEnum = asEnum(ARTICLE_STATUSES);
registerEnumType(ArticleStatusEnum, { name: 'ArticleStatus' });
export const AttentionReasonEnum = asEnum<AttentionReason>(['POOR_SCORE', 'REVIEW_DUE']);
registerEnumType(AttentionReasonEnum, { name: 'ArticleAttentionReason' });

@ObjectType('TenantCount')
export class TenantCountModel {
  @Field(() => ID)
  tenantId!: string;

  @Field(() => Int)
  count!: number;
}

@ObjectType('ArticleManagement', {
  description: 'What only agents of the owning municipality see of an article.',
})
export class ArticleManagementModel {
  @Field(() => ID)
  tenantId!: string;

  @Field(() => [ID])
  visibleTenantIds!: string[];

  @Field(() => ID)
  ownerId!: string;

  @Field(() => String)
  ownerName!: string;

  @Field(() => Int)
  helpfulYes!: number;

  @Field(() => Int)
  helpfulNo!: number;

  @Field(() => Int, { description: '"This solved it" in the new-ticket form, all municipalities.' })
  deflectionTotal!: number;

  @Field(() => [TenantCountModel])
  deflections!: TenantCountModel[];

  @Field(() => ID, { nullable: true })
  sourceTicketId!: string | null;

  @Field(() => GraphQLISODateTime)
  createdAt!: Date;
}

@ObjectType('Article', { description: 'A knowledge base article.' })
export class ArticleModel {
  @Field(() => ID)
  id!: string;

  @Field(() => String)
  title!: string;

  @Field(() => String, { description: 'Sanitised HTML.' })
  bodyHtml!: string;

  @Field(() => String, { nullable: true })
  category!: string | null;

  @Field(() => [String])
  tags!: string[];

  @Field(() => ArticleLanguageEnum)
  language!: ArticleLanguage;

  @Field(() => ArticleAudienceEnum)
  audience!: ArticleAudience;

  @Field(() => ArticleStatusEnum)
  status!: ArticleStatus;

  @Field(() => String, { nullable: true, description: 'YYYY-MM-DD.' })
  reviewDate!: string | null;

  @Field(() => Int)
  version!: number;

  @Field(() => GraphQLISODateTime)
  updatedAt!: Date;

  @Field(() => ArticleManagementModel, { nullable: true })
  management!: ArticleManagementModel | null;
}

@ObjectType('HighlightRange')
export class HighlightRangeModel {
  @Field(() => Int)
  start!: number;

  @Field(() => Int)
  length!: number;
}

@ObjectType('HighlightedText', {
  description: 'Plain text and where the search matched in it (UTF-16 offsets); no markup.',
})
export class HighlightedTextModel {
  @Field(() => String)
  text!: string;

  @Field(() => [HighlightRangeModel])
  ranges!: HighlightRangeModel[];
}

@ObjectType('ArticleHit')
export class ArticleHitModel {
  @Field(() => ID)
  id!: string;

  @Field(() => HighlightedTextModel)
  title!: HighlightedTextModel;

  @Field(() => HighlightedTextModel)
  snippet!: HighlightedTextModel;

  @Field(() => ArticleLanguageEnum)
  language!: ArticleLanguage;

  @Field(() => String, { nullable: true })
  category!: string | null;
}

@ObjectType('ArticleAttention')
export class ArticleAttentionModel {
  @Field(() => ArticleModel)
  article!: ArticleModel;

  @Field(() => [AttentionReasonEnum])
  reasons!: AttentionReason[];
}

@ObjectType('ArticleVersion')
export class ArticleVersionModel {
  @Field(() => Int)
  number!: number;

  @Field(() => String)
  title!: string;

  @Field(() => String)
  bodyHtml!: string;

  @Field(() => ArticleStatusEnum)
  status!: ArticleStatus;

  @Field(() => String)
  savedByName!: string;

  @Field(() => GraphQLISODateTime)
  savedAt!: Date;
}

@ObjectType('DiffPart')
export class DiffPartModel {
  @Field(() => String)
  value!: string;

  @Field(() => Boolean)
  added!: boolean;

  @Field(() => Boolean)
  removed!: boolean;
}

@ObjectType('ArticleDiff', { description: 'Word by word, from one version to another.' })
export class ArticleDiffModel {
  @Field(() => [DiffPartModel])
  title!: DiffPartModel[];

  @Field(() => [DiffPartModel])
  body!: DiffPartModel[];
}

@ObjectType('ArticleFeedback')
export class ArticleFeedbackModel {
  @Field(() => ID)
  id!: string;

  @Field(() => Boolean)
  helpful!: boolean;

  @Field(() => String, { nullable: true, description: 'Plain text; show as text.' })
  comment!: string | null;

  @Field(() => GraphQLISODateTime)
  createdAt!: Date;
}

@InputType({ description: 'Writes a new article (a draft), or edits one when id is given.' })
export class SaveArticleInput {
  @Field(() => ID, { description: 'The owning municipality.' })
  tenantId!: string;

  @Field(() => ID, { nullable: true })
  id?: string | null;

  @Field(() => Int, { nullable: true, description: 'The version the edit started from.' })
  expectedVersion?: number | null;

  @Field(() => String)
  title!: string;

  @Field(() => String, { description: 'HTML from the editor; sanitised before it is kept.' })
  bodyHtml!: string;

  @Field(() => String, { nullable: true })
  category?: string | null;

  @Field(() => [String])
  tags!: string[];

  @Field(() => ArticleLanguageEnum)
  language!: ArticleLanguage;

  @Field(() => ArticleAudienceEnum)
  audience!: ArticleAudience;

  @Field(() => [ID], { description: 'Municipalities it is shown to; only ones the agent serves.' })
  visibleTenantIds!: string[];

  @Field(() => String, { nullable: true, description: 'YYYY-MM-DD.' })
  reviewDate?: string | null;
}

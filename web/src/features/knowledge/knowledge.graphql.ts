import { graphql } from '../../gql';

export const SearchArticlesQuery = graphql(`
  query SearchArticles($text: String!, $first: Int) {
    searchArticles(text: $text, first: $first) {
      id
      language
      category
      title {
        text
        ranges {
          start
          length
        }
      }
      snippet {
        text
        ranges {
          start
          length
        }
      }
    }
  }
`);

export const KnowledgeArticleQuery = graphql(`
  query KnowledgeArticle($id: ID!) {
    knowledgeArticle(id: $id) {
      id
      title
      bodyHtml
      category
      tags
      language
      audience
      status
      reviewDate
      version
      updatedAt
      management {
        tenantId
        visibleTenantIds
        ownerName
        helpfulYes
        helpfulNo
        deflectionTotal
        sourceTicketId
      }
    }
  }
`);

export const RateArticleMutation = graphql(`
  mutation RateArticle($articleId: ID!, $helpful: Boolean!, $comment: String) {
    rateArticle(articleId: $articleId, helpful: $helpful, comment: $comment) {
      id
    }
  }
`);

export const RecordDeflectionMutation = graphql(`
  mutation RecordArticleDeflection($articleId: ID!) {
    recordArticleDeflection(articleId: $articleId)
  }
`);

export const KnowledgeTenantsQuery = graphql(`
  query KnowledgeTenants {
    viewer {
      id
      tenant {
        id
      }
      tenants {
        id
        name
      }
    }
  }
`);

export const KnowledgeArticlesQuery = graphql(`
  query KnowledgeArticles($tenantId: ID!, $status: ArticleStatus, $search: String) {
    knowledgeArticles(tenantId: $tenantId, status: $status, search: $search) {
      id
      title
      status
      language
      audience
      reviewDate
      updatedAt
      management {
        ownerName
        helpfulYes
        helpfulNo
        deflectionTotal
      }
    }
    articlesNeedingAttention(tenantId: $tenantId) {
      reasons
      article {
        id
        title
        management {
          ownerName
          helpfulYes
          helpfulNo
        }
        reviewDate
      }
    }
  }
`);

export const ArticleHistoryQuery = graphql(`
  query ArticleHistory($articleId: ID!) {
    articleVersions(articleId: $articleId) {
      number
      title
      savedByName
      savedAt
    }
    articleFeedback(articleId: $articleId) {
      id
      helpful
      comment
      createdAt
    }
  }
`);

export const ArticleDiffQuery = graphql(`
  query ArticleDiff($articleId: ID!, $from: Int!, $to: Int!) {
    articleDiff(articleId: $articleId, from: $from, to: $to) {
      title {
        value
        added
        removed
      }
      body {
        value
        added
        removed
      }
    }
  }
`);

export const SaveArticleMutation = graphql(`
  mutation SaveArticle($input: SaveArticleInput!) {
    saveArticle(input: $input) {
      id
      version
      status
    }
  }
`);

export const SetArticleStatusMutation = graphql(`
  mutation SetArticleStatus($id: ID!, $status: ArticleStatus!) {
    setArticleStatus(id: $id, status: $status) {
      id
      status
    }
  }
`);

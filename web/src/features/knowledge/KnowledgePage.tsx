import { Anchor, Badge, Card, Container, Group, Loader, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link, useParams, useSearchParams } from 'react-router';
import { useQuery } from 'urql';
import { SanitisedHtml } from '../../components/SanitisedHtml';
import { ArticleFeedback } from './ArticleFeedback';
import { Highlighted } from './Highlighted';
import { KnowledgeArticleQuery, SearchArticlesQuery } from './knowledge.graphql';
import { KnowledgeSearchBox } from './KnowledgeSearchBox';

/** `/knowledge`: search for everyone, phone-first. */
export function KnowledgePage() {
  const { t } = useTranslation();
  const [params] = useSearchParams();
  const q = params.get('q') ?? '';
  return (
    <Container size="sm" px="xs">
      <Stack gap="md">
        <Title order={1} size="h2">
          {t('knowledge.title')}
        </Title>
        <KnowledgeSearchBox key={q} initial={q} />
        {q.trim() !== '' && <SearchResults text={q} />}
      </Stack>
    </Container>
  );
}

function SearchResults({ text }: { text: string }) {
  const { t } = useTranslation();
  const [{ data, fetching }] = useQuery({
    query: SearchArticlesQuery,
    variables: { text, first: 10 },
  });
  if (fetching && !data) return <Loader aria-label={t('knowledge.results')} />;
  const hits = data?.searchArticles ?? [];
  return (
    <section aria-labelledby="kb-results">
      <Title order={2} size="h4" id="kb-results" mb="xs">
        {t('knowledge.results')}
      </Title>
      {hits.length === 0 ? (
        <Text>{t('knowledge.noResults')}</Text>
      ) : (
        <Stack gap="xs" component="ol" style={{ listStyle: 'none', padding: 0, margin: 0 }}>
          {hits.map((h) => (
            <Card component="li" withBorder padding="sm" key={h.id} data-testid="kb-hit">
              <Anchor component={Link} to={`/knowledge/${h.id}`} fw={600}>
                <Highlighted value={h.title} />
              </Anchor>
              <Text size="sm" mt={4}>
                <Highlighted value={h.snippet} />
              </Text>
            </Card>
          ))}
        </Stack>
      )}
    </section>
  );
}

/** `/knowledge/:id`: one article with "was this helpful?". */
export function KnowledgeArticlePage() {
  const { t } = useTranslation();
  const { id = '' } = useParams();
  const [{ data, fetching, error }] = useQuery({ query: KnowledgeArticleQuery, variables: { id } });
  const a = data?.knowledgeArticle;
  return (
    <Container size="sm" px="xs">
      <Stack gap="md">
        <Anchor component={Link} to="/knowledge">
          {t('knowledge.back')}
        </Anchor>
        {fetching && !a && <Loader aria-label={t('knowledge.title')} />}
        {error && !a && <Text role="alert">{t('knowledge.noResults')}</Text>}
        {a && (
          <article aria-labelledby="kb-article-title">
            <Stack gap="sm">
              <Title order={1} size="h2" id="kb-article-title">
                {a.title}
              </Title>
              <Group gap="xs">
                {a.category && (
                  <Badge variant="light" color="blue" className="badge-strong">
                    {a.category}
                  </Badge>
                )}
                {a.tags.map((tag) => (
                  <Badge key={tag} variant="outline" color="gray">
                    {tag}
                  </Badge>
                ))}
              </Group>
              <SanitisedHtml html={a.bodyHtml} />
              <ArticleFeedback articleId={a.id} />
            </Stack>
          </article>
        )}
      </Stack>
    </Container>
  );
}

import { Alert, Anchor, Button, Card, Stack, Text, Title } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useMutation, useQuery } from 'urql';
import { SanitisedHtml } from '../../components/SanitisedHtml';
import { Highlighted } from './Highlighted';
import {
  KnowledgeArticleQuery,
  RecordDeflectionMutation,
  SearchArticlesQuery,
} from './knowledge.graphql';

/**
 * Deflection: while someone types a ticket title, articles that may answer it. "This solved
 * it" is counted and ends the errand without a ticket.
 */
export function KnowledgeSuggestions({ title }: { title: string }) {
  const { t } = useTranslation();
  const [debounced] = useDebouncedValue(title.trim(), 400);
  const [open, setOpen] = useState<string | null>(null);
  const [solved, setSolved] = useState(false);
  const [{ data }] = useQuery({
    query: SearchArticlesQuery,
    variables: { text: debounced, first: 3 },
    pause: debounced.length < 3,
  });
  if (solved) {
    return (
      <Alert color="green" role="status">
        {t('knowledge.solvedThanks')}
      </Alert>
    );
  }
  const hits = debounced.length < 3 ? [] : (data?.searchArticles ?? []);
  if (hits.length === 0) return null;
  return (
    <section aria-labelledby="kb-suggestions" aria-live="polite">
      <Title order={2} size="h5" id="kb-suggestions" mb={4}>
        {t('knowledge.suggestionsTitle')}
      </Title>
      <Stack gap={4} component="ul" style={{ listStyle: 'none', padding: 0, margin: 0 }}>
        {hits.map((h) => (
          <Card component="li" withBorder padding="xs" key={h.id} data-testid="kb-suggestion">
            <Anchor
              component="button"
              type="button"
              aria-expanded={open === h.id}
              onClick={() => setOpen(open === h.id ? null : h.id)}
            >
              <Highlighted value={h.title} />
            </Anchor>
            {open === h.id && <SuggestedArticle id={h.id} onSolved={() => setSolved(true)} />}
          </Card>
        ))}
      </Stack>
    </section>
  );
}

function SuggestedArticle({ id, onSolved }: { id: string; onSolved: () => void }) {
  const { t } = useTranslation();
  const [{ data }] = useQuery({ query: KnowledgeArticleQuery, variables: { id } });
  const [result, record] = useMutation(RecordDeflectionMutation);
  const a = data?.knowledgeArticle;
  if (!a) return null;
  return (
    <Stack gap="xs" mt="xs">
      <SanitisedHtml html={a.bodyHtml} />
      <Button
        variant="light"
        loading={result.fetching}
        onClick={() =>
          void record({ articleId: id }).then((r) => {
            if (!r.error) onSolved();
          })
        }
      >
        {t('knowledge.solvedIt')}
      </Button>
      {result.error && (
        <Text className="text-error" role="alert">
          {t('knowledge.errors.generic')}
        </Text>
      )}
    </Stack>
  );
}

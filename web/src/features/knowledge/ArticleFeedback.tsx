import { Alert, Button, Group, Stack, Text, Textarea } from '@mantine/core';
import { ARTICLE_FEEDBACK_COMMENT_MAX } from '@linje/shared';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useMutation } from 'urql';
import { RateArticleMutation } from './knowledge.graphql';

/** "Was this helpful?" — yes or no, then an optional comment for the article's owner. */
export function ArticleFeedback({ articleId }: { articleId: string }) {
  const { t } = useTranslation();
  const [helpful, setHelpful] = useState<boolean | null>(null);
  const [comment, setComment] = useState('');
  const [sent, setSent] = useState(false);
  const [result, rate] = useMutation(RateArticleMutation);
  if (sent)
    return (
      <Alert color="green" role="status">
        {t('knowledge.thanks')}
      </Alert>
    );
  const send = async (value: boolean, text: string | null) => {
    const r = await rate({ articleId, helpful: value, comment: text });
    if (!r.error) setSent(true);
  };
  return (
    <Stack gap="xs" component="section" aria-labelledby="helpful-q">
      <Text fw={600} id="helpful-q">
        {t('knowledge.helpfulQuestion')}
      </Text>
      <Group gap="xs">
        <Button
          variant={helpful === true ? 'filled' : 'default'}
          aria-pressed={helpful === true}
          onClick={() => setHelpful(true)}
        >
          {t('knowledge.yes')}
        </Button>
        <Button
          variant={helpful === false ? 'filled' : 'default'}
          aria-pressed={helpful === false}
          onClick={() => setHelpful(false)}
        >
          {t('knowledge.no')}
        </Button>
      </Group>
      {helpful !== null && (
        <>
          <Textarea
            label={t('knowledge.commentLabel')}
            description={t('knowledge.commentHint')}
            maxLength={ARTICLE_FEEDBACK_COMMENT_MAX}
            value={comment}
            onChange={(e) => setComment(e.currentTarget.value)}
            autosize
            minRows={2}
          />
          <Group>
            <Button
              loading={result.fetching}
              onClick={() => void send(helpful, comment.trim() || null)}
            >
              {t('knowledge.send')}
            </Button>
          </Group>
          {result.error && (
            <Text className="text-error" role="alert">
              {t('knowledge.errors.generic')}
            </Text>
          )}
        </>
      )}
    </Stack>
  );
}

import { Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';

/**
 * The quoted history of an e-mail (what the sender's mail client copied in below their
 * message), folded away: a native disclosure, so it opens by keyboard and screen readers
 * announce its state.
 */
export function QuotedHistory({ text }: { text: string | null | undefined }) {
  const { t } = useTranslation();
  if (!text) return null;
  return (
    <details data-testid="quoted-history" style={{ marginTop: 'var(--mantine-spacing-xs)' }}>
      <summary style={{ cursor: 'pointer' }}>
        <Text component="span" size="sm" c="dimmed">
          {t('mailIn.quotedHistory')}
        </Text>
      </summary>
      <Text
        component="blockquote"
        aria-label={t('mailIn.quotedHistoryLabel')}
        size="sm"
        c="dimmed"
        m={0}
        mt="xs"
        pl="sm"
        style={{
          whiteSpace: 'pre-wrap',
          overflowWrap: 'anywhere',
          borderLeft: '3px solid var(--mantine-color-gray-4)',
        }}
      >
        {text}
      </Text>
    </details>
  );
}

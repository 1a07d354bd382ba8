import { Badge } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { TicketStatus } from '../gql/graphql';

/** Background and text pairs chosen to meet WCAG AA contrast. */
const COLORS: Record<TicketStatus, { bg: string; fg: string }> = {
  NEW: { bg: 'blue.8', fg: 'white' },
  IN_PROGRESS: { bg: 'indigo.8', fg: 'white' },
  WAITING_FOR_CALLER: { bg: 'yellow.4', fg: 'dark.9' },
  WAITING_FOR_SUPPLIER: { bg: 'orange.3', fg: 'dark.9' },
  RESOLVED: { bg: 'teal.9', fg: 'white' },
  CLOSED: { bg: 'gray.7', fg: 'white' },
};

export function StatusBadge({ status }: { status: TicketStatus }) {
  const { t } = useTranslation();
  const { bg, fg } = COLORS[status];
  return (
    <Badge color={bg} c={fg} variant="filled" style={{ flexShrink: 0 }}>
      {t(`status.${status}`)}
    </Badge>
  );
}

import { Badge, Group, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useQuery } from 'urql';
import { TicketSlaQuery } from './sla.graphql';

const COLORS: Record<string, string> = {
  RUNNING: 'blue.8',
  // Yellow with dark text: white on any Mantine yellow or orange fails WCAG AA (4.5:1).
  WARNING: 'yellow.4',
  BREACHED: 'red.9',
  PAUSED: 'gray.8',
  MET: 'teal.9',
  STOPPED: 'gray.8',
};

const DARK_TEXT = new Set(['WARNING']);

/** A ticket's response and resolution targets: due time, time left, warning and breach. */
export function SlaStatus({ ticketId }: { ticketId: string }) {
  const { t, i18n } = useTranslation();
  const [{ data }] = useQuery({ query: TicketSlaQuery, variables: { ticketId } });
  const sla = data?.ticketSla;
  if (!sla) return null;
  const when = new Intl.DateTimeFormat(i18n.language, { dateStyle: 'medium', timeStyle: 'short' });
  const row = (label: string, state: string, due: string | null | undefined) => (
    <Group gap="xs" wrap="wrap">
      <Text size="sm" fw={600}>
        {label}
      </Text>
      <Badge color={COLORS[state] ?? 'gray.8'} c={DARK_TEXT.has(state) ? 'dark.9' : 'white'}>
        {t(`sla.state.${state}`)}
      </Badge>
      {due && <Text size="sm">{t('sla.due', { when: when.format(new Date(due)) })}</Text>}
    </Group>
  );
  return (
    <section aria-label={t('sla.statusLabel')} data-testid="sla-status">
      {row(t('sla.response'), sla.responseState, sla.responseDueAt)}
      {row(t('sla.resolution'), sla.resolutionState, sla.resolutionDueAt)}
      {sla.resolutionMinutesLeft !== null && sla.resolutionMinutesLeft !== undefined && (
        <Text size="sm">
          {t(sla.wallClock ? 'sla.leftWall' : 'sla.leftBusiness', {
            count: Math.max(0, sla.resolutionMinutesLeft),
          })}
        </Text>
      )}
    </section>
  );
}

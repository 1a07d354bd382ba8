import { Badge, Group, Text } from '@mantine/core';
import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { useQuery } from 'urql';
import { slaBadge } from './sla-badge';
import { TicketSlaQuery } from './sla.graphql';

/** A ticket's response and resolution targets: due time, time left, warning and breach. */
export function SlaStatus({ ticketId, version }: { ticketId: string; version: number }) {
  const { t, i18n } = useTranslation();
  const [{ data }, reexecute] = useQuery({ query: TicketSlaQuery, variables: { ticketId } });
  // Every change of the ticket may move its targets (a status pauses or stops the clock, a
  // new priority sets others), and no cached answer knows: ask again for each new version.
  const shown = useRef(version);
  useEffect(() => {
    if (shown.current === version) return;
    shown.current = version;
    reexecute({ requestPolicy: 'network-only' });
  }, [version, reexecute]);
  const sla = data?.ticketSla;
  if (!sla) return null;
  const when = new Intl.DateTimeFormat(i18n.language, { dateStyle: 'medium', timeStyle: 'short' });
  const row = (label: string, state: string, due: string | null | undefined) => (
    <Group gap="xs" wrap="wrap">
      <Text size="sm" fw={600}>
        {label}
      </Text>
      <Badge color={slaBadge(state).background} c={slaBadge(state).text}>
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

import { Anchor, Group, Paper, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useQuery } from 'urql';
import { ItAvailabilityQuery } from './availability.graphql';

function localDate(at: Date, timeZone: string): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone, dateStyle: 'short' }).format(at);
}

/** "IT is available until 16:30 today" / "IT is closed — see what to do if it is critical". */
export function AvailabilityBanner() {
  const { t, i18n } = useTranslation();
  const [{ data }] = useQuery({ query: ItAvailabilityQuery, requestPolicy: 'cache-and-network' });
  const a = data?.itAvailability;
  if (!a) return null;
  const until = a.until ? new Date(a.until) : null;
  const time = (d: Date) =>
    new Intl.DateTimeFormat(i18n.language, { timeZone: a.timeZone, timeStyle: 'short' }).format(d);
  const when = (d: Date | null) =>
    d === null
      ? '—'
      : new Intl.DateTimeFormat(i18n.language, {
          timeZone: a.timeZone,
          weekday: 'short',
          day: 'numeric',
          month: 'short',
          hour: '2-digit',
          minute: '2-digit',
        }).format(d);
  const today =
    until !== null && localDate(until, a.timeZone) === localDate(new Date(), a.timeZone);

  let text: string;
  let open = false;
  switch (a.tier) {
    case 'CORE':
    case 'EXTENDED':
      open = true;
      text =
        until && today
          ? t('availability.availableToday', { time: time(until) })
          : t('availability.availableUntil', { when: when(until) });
      break;
    case 'ON_CALL':
      text = t('availability.onCall', { when: when(until), phone: a.onCallPhone ?? '—' });
      break;
    case 'ABSENT':
      text =
        a.absenceKind === 'REDUCED'
          ? t('availability.reduced', { when: when(until) })
          : t('availability.absent', { when: when(until) });
      break;
    default:
      text = t('availability.closed');
  }

  return (
    <Paper
      component="section"
      aria-label={t('availability.label')}
      withBorder
      p="xs"
      mb="md"
      bg={open ? 'green.0' : 'yellow.0'}
      data-testid="it-availability"
    >
      <Group gap="xs" wrap="wrap">
        <Text fw={600} c="dark.9">
          {text}
          {a.absenceNote ? ` (${a.absenceNote})` : ''}
        </Text>
        <Anchor component={Link} to="/critical" c="blue.9" fw={600}>
          {t('availability.criticalLink')}
        </Anchor>
      </Group>
    </Paper>
  );
}

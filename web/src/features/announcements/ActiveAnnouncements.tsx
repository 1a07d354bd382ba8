import { Badge, Button, Group, Paper, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useMutation, useQuery } from 'urql';
import { SanitisedHtml } from '../../components/SanitisedHtml';
import { ItAvailabilityQuery } from '../availability/availability.graphql';
import { ActiveAnnouncementsQuery, JoinAnnouncementMutation } from './announcements.graphql';
import { formatWhen } from './format';

const COLOURS = { INFO: 'blue', WARNING: 'orange', CRITICAL: 'red' } as const;

/**
 * What IT has announced and is active now, on the portal start page and the agent console.
 * An outage linked to a major incident says "we know" and lets a caller join it as affected.
 */
export function ActiveAnnouncements({ isAgent = false }: { isAgent?: boolean }) {
  const { t, i18n } = useTranslation();
  const [{ data }] = useQuery({
    query: ActiveAnnouncementsQuery,
    requestPolicy: 'cache-and-network',
  });
  const [{ data: availability }] = useQuery({ query: ItAvailabilityQuery });
  const [joined, join] = useMutation(JoinAnnouncementMutation);
  const list = data?.activeAnnouncements ?? [];
  if (list.length === 0) return null;
  const timeZone = availability?.itAvailability.timeZone;
  return (
    <section aria-labelledby="active-announcements" data-testid="active-announcements">
      <Title order={2} size="h3" id="active-announcements" mb="xs">
        {t('announcements.activeTitle')}
      </Title>
      <Stack gap="sm" component="ul" style={{ listStyle: 'none', padding: 0, margin: 0 }}>
        {list.map((a) => {
          const colour = COLOURS[a.severity as keyof typeof COLOURS] ?? 'blue';
          return (
            <Paper
              key={a.id}
              component="li"
              withBorder
              p="sm"
              data-testid="announcement"
              // The severity is also written out; the colour only repeats it.
              style={{ borderLeft: `6px solid var(--mantine-color-${colour}-filled)` }}
            >
              <Stack gap="xs">
                <Title order={3} size="h4" style={{ overflowWrap: 'anywhere' }}>
                  {a.title}
                </Title>
                <Group gap="xs">
                  <Badge color="gray" variant="outline" c="var(--mantine-color-text)">
                    {t(`announcements.severity${a.severity}`)}
                  </Badge>
                  <Text size="sm" fw={600}>
                    {t(`announcements.kind${a.kind}`)}
                  </Text>
                  <Text size="sm">
                    {t('announcements.window', {
                      from: formatWhen(a.startsAt, i18n.language, timeZone),
                      to: formatWhen(a.endsAt, i18n.language, timeZone),
                    })}
                  </Text>
                </Group>
                {a.bodyHtml && <SanitisedHtml html={a.bodyHtml} />}
                {a.incident && (
                  <Text size="sm" fw={600}>
                    {t('announcements.weKnow', { number: a.incident.number })}
                  </Text>
                )}
                {a.incident && !isAgent && !a.viewerAffected && (
                  <Button
                    style={{ alignSelf: 'flex-start' }}
                    loading={joined.fetching}
                    onClick={() => void join({ id: a.id })}
                  >
                    {t('announcements.joinAffected')}
                  </Button>
                )}
                {a.incident && a.viewerAffected && (
                  <Text size="sm" role="status">
                    {t('announcements.joined')}
                  </Text>
                )}
                {isAgent && a.incident && (
                  <Text size="sm" data-testid="affected-count">
                    {t('announcements.affectedCount', { count: a.affectedCount })}
                  </Text>
                )}
              </Stack>
            </Paper>
          );
        })}
      </Stack>
    </section>
  );
}

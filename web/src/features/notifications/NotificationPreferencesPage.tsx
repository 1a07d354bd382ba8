import { Alert, Checkbox, Container, Fieldset, Group, Stack, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useMutation, useQuery } from 'urql';
import {
  MyNotificationPreferencesQuery,
  SetNotificationPreferencesMutation,
} from './notifications.graphql';

const CHANNELS = ['IN_APP', 'EMAIL', 'SMS'] as const;

/** Your own notification preferences: one group per event, one checkbox per channel. */
export function NotificationPreferencesPage() {
  const { t } = useTranslation();
  const [{ data }] = useQuery({
    query: MyNotificationPreferencesQuery,
    requestPolicy: 'cache-and-network',
  });
  const [saving, save] = useMutation(SetNotificationPreferencesMutation);
  const [status, setStatus] = useState<'saved' | 'locked' | 'error' | null>(null);
  const cells = saving.data?.setNotificationPreferences ?? data?.myNotificationPreferences ?? [];
  const events = [...new Set(cells.map((c) => c.event))];

  const toggle = (event: string, channel: string, enabled: boolean) => {
    setStatus(null);
    void save({ changes: [{ event, channel, enabled }] }).then((res) => {
      if (!res.error) return setStatus('saved');
      const locked = res.error.graphQLErrors.some((e) =>
        JSON.stringify(e.extensions).includes('NOTIFICATION_LOCKED'),
      );
      setStatus(locked ? 'locked' : 'error');
    });
  };

  return (
    <Container size="sm" px="sm">
      <Stack>
        <Title order={1} size="h2">
          {t('notifications.title')}
        </Title>
        <Text>{t('notifications.intro')}</Text>
        <div aria-live="polite">
          {status === 'saved' && (
            <Alert color="green" role="status">
              {t('notifications.saved')}
            </Alert>
          )}
          {status === 'locked' && (
            <Alert color="red" role="alert">
              {t('notifications.lockedError')}
            </Alert>
          )}
          {status === 'error' && (
            <Alert color="red" role="alert">
              {t('notifications.saveError')}
            </Alert>
          )}
        </div>
        {events.map((event) => {
          const row = cells.filter((c) => c.event === event);
          const locked = row.some((c) => c.locked);
          return (
            <Fieldset
              key={event}
              legend={t(`notifications.events.${event}`, { defaultValue: event })}
              data-testid={`prefs-${event}`}
            >
              <Group gap="lg">
                {CHANNELS.map((channel) => {
                  const cell = row.find((c) => c.channel === channel);
                  if (!cell) return null;
                  return (
                    <Checkbox
                      key={channel}
                      label={t(`notifications.channels.${channel}`)}
                      aria-label={`${t(`notifications.events.${event}`, { defaultValue: event })}: ${t(`notifications.channels.${channel}`)}`}
                      checked={cell.enabled}
                      disabled={cell.locked}
                      onChange={(e) => toggle(event, channel, e.currentTarget.checked)}
                    />
                  );
                })}
              </Group>
              {locked && (
                <Text size="sm" c="dimmed" mt="xs">
                  {t('notifications.locked')}
                </Text>
              )}
            </Fieldset>
          );
        })}
      </Stack>
    </Container>
  );
}

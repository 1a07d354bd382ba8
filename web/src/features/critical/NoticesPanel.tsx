import { Anchor, Button, Card, Group, Stack, Text, Title } from '@mantine/core';
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useMutation, useQuery, useSubscription } from 'urql';
import {
  MarkNoticeReadMutation,
  MyNoticesQuery,
  NoticeAddedSubscription,
} from './critical.graphql';
import { isLocalisedNoticeKind } from '@linje/shared';
import { localParams } from './notice-text';

/** Your unread notices (pages, escalation requests, SLA warnings), updated live. */
export function NoticesPanel() {
  const { t, i18n } = useTranslation();
  const [{ data }, refetch] = useQuery({ query: MyNoticesQuery, requestPolicy: 'network-only' });
  const [live] = useSubscription({ query: NoticeAddedSubscription });
  const [, markRead] = useMutation(MarkNoticeReadMutation);
  const liveId = live.data?.notificationAdded.id;
  useEffect(() => {
    if (liveId) refetch({ requestPolicy: 'network-only' });
  }, [liveId, refetch]);

  const notices = data?.myNotifications ?? [];
  if (notices.length === 0) return null;
  return (
    <section aria-labelledby="notices">
      <Title order={2} size="h3" id="notices" mb="xs">
        {t('critical.noticesTitle')}
      </Title>
      <Stack gap="xs" component="ul" style={{ listStyle: 'none', padding: 0, margin: 0 }}>
        {notices.map((n) => {
          const params = localParams(
            Object.fromEntries(n.params.map((p) => [p.name, p.value ?? ''])),
            i18n.language,
          );
          const known = isLocalisedNoticeKind(n.kind);
          const link = n.ticketId
            ? n.kind.startsWith('CRITICAL_')
              ? `/critical/${n.ticketId}`
              : `/tickets/${n.ticketId}`
            : null;
          return (
            <Card component="li" withBorder padding="sm" key={n.id} data-testid="notice">
              <Text fw={600}>{known ? t(`critical.notice.${n.kind}`, params) : n.text}</Text>
              <Group gap="sm" mt={4}>
                {link && (
                  <Anchor component={Link} to={link}>
                    {t('critical.openNotice')}
                  </Anchor>
                )}
                <Button
                  variant="subtle"
                  size="compact-sm"
                  onClick={() =>
                    void markRead({ id: n.id }).then(() =>
                      refetch({ requestPolicy: 'network-only' }),
                    )
                  }
                >
                  {t('critical.markRead')}
                </Button>
              </Group>
            </Card>
          );
        })}
      </Stack>
    </section>
  );
}

import { Badge, Button, Menu } from '@mantine/core';
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { useMutation, useQuery, useSubscription } from 'urql';
import {
  BadgeNotificationAddedSubscription,
  MarkAllNotificationsReadMutation,
  UnreadNotificationCountQuery,
} from './notifications.graphql';

/** The app shell's count of unread in-app notices, updated live as notices arrive. */
export function UnreadBadge() {
  const { t } = useTranslation();
  const [{ data }, refetch] = useQuery({
    query: UnreadNotificationCountQuery,
    requestPolicy: 'cache-and-network',
  });
  const [live] = useSubscription({ query: BadgeNotificationAddedSubscription });
  const [, markAll] = useMutation(MarkAllNotificationsReadMutation);
  const liveId = live.data?.notificationAdded.id;
  useEffect(() => {
    if (liveId) refetch({ requestPolicy: 'network-only' });
  }, [liveId, refetch]);

  const count = data?.unreadNotificationCount ?? 0;
  const label = t('notifications.badge', { count });
  return (
    <Menu position="bottom-end" withinPortal>
      <Menu.Target>
        <Button size="xs" variant="subtle" aria-label={label} data-testid="unread-badge">
          <Badge
            color={count > 0 ? 'red.8' : 'gray.7'}
            variant="filled"
            aria-hidden="true"
            data-testid="unread-count"
          >
            {count}
          </Badge>
        </Button>
      </Menu.Target>
      <Menu.Dropdown>
        <Menu.Label>{label}</Menu.Label>
        <Menu.Item
          disabled={count === 0}
          onClick={() => void markAll({}).then(() => refetch({ requestPolicy: 'network-only' }))}
        >
          {t('notifications.markAllRead')}
        </Menu.Item>
      </Menu.Dropdown>
    </Menu>
  );
}

import { Badge, Button, Container, Group, Table, Text, Title, VisuallyHidden } from '@mantine/core';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useQuery, useSubscription } from 'urql';
import { StatusBadge } from '../../components/StatusBadge';
import type { QueueTicketFieldsFragment } from '../../gql/graphql';
import { QueueEventsSubscription, QueueQuery } from './queue.graphql';

const PAGE = 50;

export function QueuePage() {
  const { t, i18n } = useTranslation();
  const [after, setAfter] = useState<string | null>(null);
  const [pages, setPages] = useState<QueueTicketFieldsFragment[]>([]);
  const [{ data }] = useQuery({ query: QueueQuery, variables: { first: PAGE, after } });
  const [live] = useSubscription(
    { query: QueueEventsSubscription },
    (seen: QueueTicketFieldsFragment[] = [], event) => {
      const ticket = event.queueEvents.ticket;
      return [ticket, ...seen.filter((s) => s.id !== ticket.id)];
    },
  );
  const dateFormat = new Intl.DateTimeFormat(i18n.language, {
    dateStyle: 'short',
    timeStyle: 'short',
  });

  const rows = useMemo(() => {
    const current = data?.queue.nodes ?? [];
    const all = [...(live.data ?? []), ...pages, ...current];
    const seen = new Set<string>();
    return all.filter((r) => (seen.has(r.id) ? false : (seen.add(r.id), true)));
  }, [data, pages, live.data]);

  function loadMore() {
    if (!data) return;
    setPages((p) => [...p, ...data.queue.nodes]);
    setAfter(data.queue.pageInfo.endCursor);
  }

  return (
    <Container fluid>
      <Group justify="space-between" mb="sm">
        <Title order={1} size="h2">
          {t('queue.title')}
        </Title>
        <Badge color={live.error ? 'gray' : 'green'} variant="dot">
          {t('queue.live')}
        </Badge>
      </Group>
      <div aria-live="polite">
        <VisuallyHidden>
          {live.data?.[0]
            ? t('queue.newTicketArrived', {
                number: live.data[0].number,
                title: live.data[0].title,
              })
            : ''}
        </VisuallyHidden>
      </div>
      <Table.ScrollContainer minWidth={720}>
        <Table striped highlightOnHover data-testid="queue-table">
          <Table.Thead>
            <Table.Tr>
              <Table.Th scope="col">{t('queue.number')}</Table.Th>
              <Table.Th scope="col">{t('queue.subject')}</Table.Th>
              <Table.Th scope="col">{t('queue.caller')}</Table.Th>
              <Table.Th scope="col">{t('queue.municipality')}</Table.Th>
              <Table.Th scope="col">{t('queue.status')}</Table.Th>
              <Table.Th scope="col">{t('queue.priority')}</Table.Th>
              <Table.Th scope="col">{t('queue.created')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {rows.map((r) => (
              <Table.Tr key={r.id} data-testid="queue-row">
                <Table.Td>
                  <Text ff="monospace" size="sm">
                    {r.number}
                  </Text>
                </Table.Td>
                <Table.Td>{r.title}</Table.Td>
                <Table.Td>{r.caller.displayName}</Table.Td>
                <Table.Td>{r.tenant.code}</Table.Td>
                <Table.Td>
                  <StatusBadge status={r.status} />
                </Table.Td>
                <Table.Td>{t(`priority.${r.priority}`)}</Table.Td>
                <Table.Td>{dateFormat.format(new Date(r.createdAt))}</Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
      {rows.length === 0 && <Text c="dimmed">{t('queue.empty')}</Text>}
      {data?.queue.pageInfo.hasNextPage && (
        <Button variant="light" mt="md" onClick={loadMore}>
          {t('queue.loadMore')}
        </Button>
      )}
    </Container>
  );
}

import { ActiveAnnouncements } from '../announcements/ActiveAnnouncements';
import {
  Alert,
  Anchor,
  Badge,
  Box,
  Button,
  Checkbox,
  Container,
  Group,
  Stack,
  Table,
  Text,
  Title,
  VisuallyHidden,
} from '@mantine/core';
import { useRef, useState, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import { useQuery, useSubscription } from 'urql';
import { StatusBadge } from '../../components/StatusBadge';
import type { QueueTicketFieldsFragment } from '../../gql/graphql';
import { BulkActions } from './BulkActions';
import {
  DEFAULT_FILTERS,
  isOverdue,
  matchesLive,
  queueVariables,
  type QueueFilterValues,
} from './filters';
import { QueueEventsSubscription, QueueFilterOptionsQuery, QueueQuery } from './queue.graphql';
import { QueueFilters } from './QueueFilters';
import { RecordTicketPanel } from './RecordTicketPanel';
import { SavedViews } from './SavedViews';
import { useMinuteClock } from './useMinuteClock';

const PAGE = 50;

type Row = QueueTicketFieldsFragment;

/** The loaded rows in their latest live state, after the live tickets that belong here. */
function withLive(loaded: Row[], live: Row[], belongs: (r: Row) => boolean): Row[] {
  const latest = new Map(live.map((r) => [r.id, r]));
  const seen = new Set<string>();
  return [...live.filter(belongs), ...loaded]
    .map((r) => latest.get(r.id) ?? r)
    .filter((r) => (seen.has(r.id) ? false : (seen.add(r.id), true)));
}

export function QueuePage() {
  const { t, i18n } = useTranslation();
  const navigate = useNavigate();
  const [filters, setFilters] = useState<QueueFilterValues>(DEFAULT_FILTERS);
  const [after, setAfter] = useState<string | null>(null);
  const [pages, setPages] = useState<QueueTicketFieldsFragment[]>([]);
  const [active, setActive] = useState(0);
  const [selected, setSelected] = useState<Set<string>>(new Set());
  const [recording, setRecording] = useState(false);
  const [recorded, setRecorded] = useState<string | null>(null);
  const tableRef = useRef<HTMLDivElement>(null);
  const now = useMinuteClock();
  const variables = { first: PAGE, after, ...queueVariables(filters) };
  const [{ data, fetching }, refetch] = useQuery({ query: QueueQuery, variables });
  const [{ data: options }] = useQuery({ query: QueueFilterOptionsQuery });
  const me = options?.viewer?.person.id;
  const [live] = useSubscription(
    { query: QueueEventsSubscription },
    (seen: QueueTicketFieldsFragment[] = [], event) => {
      const ticket = event.queueEvents.ticket;
      return [ticket, ...seen.filter((s) => s.id !== ticket.id)];
    },
  );
  const when = new Intl.DateTimeFormat(i18n.language, { dateStyle: 'short', timeStyle: 'short' });

  /** A new filter starts again from the first page. */
  function applyFilters(next: QueueFilterValues) {
    setFilters(next);
    setAfter(null);
    setPages([]);
    setSelected(new Set());
    setActive(0);
  }

  const rows = withLive([...pages, ...(data?.queue.nodes ?? [])], live.data ?? [], (r) =>
    matchesLive(r, filters, me, now),
  );

  const openCount = (data?.queueCounts ?? []).reduce((n, c) => n + c.count, 0);

  function loadMore() {
    if (!data) return;
    setPages((p) => [...p, ...data.queue.nodes]);
    setAfter(data.queue.pageInfo.endCursor);
  }

  function toggle(id: string) {
    setSelected((s) => {
      const next = new Set(s);
      if (next.has(id)) next.delete(id);
      else next.add(id);
      return next;
    });
  }

  function onKeyDown(e: KeyboardEvent<HTMLDivElement>) {
    if ((e.target as HTMLElement).tagName === 'INPUT' && e.key !== 'Enter') return;
    const row = rows[active];
    if (e.key === 'j' || e.key === 'ArrowDown') {
      e.preventDefault();
      setActive((a) => Math.min(rows.length - 1, a + 1));
    } else if (e.key === 'k' || e.key === 'ArrowUp') {
      e.preventDefault();
      setActive((a) => Math.max(0, a - 1));
    } else if (e.key === 'Enter' && row && (e.target as HTMLElement) === tableRef.current) {
      e.preventDefault();
      void navigate(`/tickets/${row.id}`);
    } else if (e.key === 'x' && row) {
      e.preventDefault();
      toggle(row.id);
    }
  }

  function afterBulk() {
    setSelected(new Set());
    setPages([]);
    setAfter(null);
    refetch({ requestPolicy: 'network-only' });
  }

  return (
    <Container fluid>
      <Group justify="space-between" mb="sm">
        <Group>
          <Title order={1} size="h2">
            {t('queue.title')}
          </Title>
          <Badge variant="light" color="blue" className="badge-strong">
            {t('queue.openCount', { count: openCount })}
          </Badge>
        </Group>
        <Group>
          <Button onClick={() => setRecording(true)} disabled={recording}>
            {t('queue.record.open')}
          </Button>
          <Badge color={live.error ? 'gray' : 'green'} variant="dot">
            {t('queue.live')}
          </Badge>
        </Group>
      </Group>
      <Box mb="sm">
        <ActiveAnnouncements isAgent />
      </Box>
      {recording && (
        <RecordTicketPanel
          onClose={() => setRecording(false)}
          onRecorded={(number) => {
            setRecording(false);
            setRecorded(number);
          }}
        />
      )}
      {recorded && (
        <Alert
          color="teal"
          role="status"
          mb="sm"
          withCloseButton
          closeButtonLabel={t('queue.bulkDismiss')}
          onClose={() => setRecorded(null)}
        >
          {t('queue.record.done', { number: recorded })}
        </Alert>
      )}
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
      <SavedViews current={filters} onApply={applyFilters} />
      <QueueFilters filters={filters} onChange={applyFilters} />
      <BulkActions tickets={rows.filter((r) => selected.has(r.id))} onDone={afterBulk} />
      <Text size="xs" c="dimmed" mb={4}>
        {t('queue.keyboardHint')}
      </Text>
      <Table.ScrollContainer minWidth={900}>
        <div
          ref={tableRef}
          tabIndex={0}
          onKeyDown={onKeyDown}
          aria-label={t('queue.title')}
          aria-busy={fetching}
          role="region"
        >
          <Table striped highlightOnHover data-testid="queue-table">
            <Table.Thead>
              <Table.Tr>
                <Table.Th scope="col">
                  <VisuallyHidden>{t('queue.selected', { count: selected.size })}</VisuallyHidden>
                </Table.Th>
                <Table.Th scope="col">{t('queue.number')}</Table.Th>
                <Table.Th scope="col">{t('queue.subject')}</Table.Th>
                <Table.Th scope="col">{t('queue.caller')}</Table.Th>
                <Table.Th scope="col">{t('queue.municipality')}</Table.Th>
                <Table.Th scope="col">{t('queue.status')}</Table.Th>
                <Table.Th scope="col">{t('queue.priority')}</Table.Th>
                <Table.Th scope="col">{t('queue.due')}</Table.Th>
                <Table.Th scope="col">{t('queue.assignee')}</Table.Th>
                <Table.Th scope="col">{t('queue.created')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {rows.map((r, i) => (
                <Table.Tr
                  key={r.id}
                  id={`queue-row-${r.id}`}
                  data-testid="queue-row"
                  aria-selected={i === active}
                  style={
                    i === active ? { outline: '2px solid var(--mantine-color-blue-8)' } : undefined
                  }
                >
                  <Table.Td>
                    <Checkbox
                      aria-label={t('queue.select', { number: r.number })}
                      checked={selected.has(r.id)}
                      onChange={() => toggle(r.id)}
                    />
                  </Table.Td>
                  <Table.Td>
                    <Text ff="monospace" size="sm">
                      {r.number}
                    </Text>
                  </Table.Td>
                  <Table.Td>
                    <Anchor component={Link} to={`/tickets/${r.id}`} onFocus={() => setActive(i)}>
                      {r.title}
                    </Anchor>
                  </Table.Td>
                  <Table.Td>{r.caller.displayName}</Table.Td>
                  <Table.Td>{r.tenant.code}</Table.Td>
                  <Table.Td>
                    <StatusBadge status={r.status} />
                  </Table.Td>
                  <Table.Td>{t(`priority.${r.priority}`)}</Table.Td>
                  <Table.Td>
                    <Stack gap={4} align="flex-start">
                      {r.slaDueAt ? (
                        <time dateTime={r.slaDueAt}>{when.format(new Date(r.slaDueAt))}</time>
                      ) : (
                        t('queue.noDeadline')
                      )}
                      {isOverdue(r.slaDueAt, now) && (
                        <Badge
                          color="red.9"
                          c="white"
                          variant="filled"
                          style={{ flexShrink: 0 }}
                          data-testid="overdue"
                        >
                          {t('queue.overdue')}
                        </Badge>
                      )}
                    </Stack>
                  </Table.Td>
                  <Table.Td>
                    {r.operator && (
                      <Text size="sm" data-testid="row-operator">
                        {r.operator.displayName}
                      </Text>
                    )}
                    {r.group && (
                      <Text size="xs" c="dimmed" data-testid="row-group">
                        {r.group.name}
                      </Text>
                    )}
                    {!r.operator && !r.group && '—'}
                  </Table.Td>
                  <Table.Td>{when.format(new Date(r.createdAt))}</Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </div>
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

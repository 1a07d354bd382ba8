import {
  Alert,
  Anchor,
  Badge,
  Button,
  Checkbox,
  Container,
  Group,
  NativeSelect,
  Table,
  Text,
  TextInput,
  Title,
  VisuallyHidden,
} from '@mantine/core';
import type { TicketStatus } from '@linje/shared';
import { useMemo, useRef, useState, type FormEvent, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import { useQuery, useSubscription } from 'urql';
import { StatusBadge } from '../../components/StatusBadge';
import type { QueueSort, QueueTicketFieldsFragment, TicketPriority } from '../../gql/graphql';
import { BulkActions } from './BulkActions';
import { QueueEventsSubscription, QueueQuery } from './queue.graphql';
import { RecordTicketPanel } from './RecordTicketPanel';
import { SavedViews } from './SavedViews';

const PAGE = 50;
const OPEN: TicketStatus[] = ['NEW', 'IN_PROGRESS', 'WAITING_FOR_CALLER', 'WAITING_FOR_SUPPLIER'];
const VIEWS = ['OPEN', 'MINE', 'ALL'] as const;
type View = (typeof VIEWS)[number];
const PRIORITIES: TicketPriority[] = ['CRITICAL', 'HIGH', 'MEDIUM', 'LOW'];

export function QueuePage() {
  const { t, i18n } = useTranslation();
  const navigate = useNavigate();
  const [view, setView] = useState<View>('OPEN');
  const [priority, setPriority] = useState<TicketPriority | ''>('');
  const [sort, setSort] = useState<QueueSort>('SLA_DUE');
  const [searchDraft, setSearchDraft] = useState('');
  const [text, setText] = useState('');
  const [after, setAfter] = useState<string | null>(null);
  const [pages, setPages] = useState<QueueTicketFieldsFragment[]>([]);
  const [active, setActive] = useState(0);
  const [selected, setSelected] = useState<Set<string>>(new Set());
  const [recording, setRecording] = useState(false);
  const [recorded, setRecorded] = useState<string | null>(null);
  const tableRef = useRef<HTMLDivElement>(null);
  // A saved view may pick its own statuses; the built-in views pick open or all.
  const [customStatuses, setCustomStatuses] = useState<TicketStatus[] | null | undefined>(
    undefined,
  );
  const statuses = customStatuses !== undefined ? customStatuses : view === 'ALL' ? null : OPEN;
  const variables = {
    first: PAGE,
    after,
    statuses,
    priorities: priority ? [priority] : null,
    assignedToMe: view === 'MINE' ? true : null,
    text: text || null,
    sort,
  };
  const [{ data }, refetch] = useQuery({ query: QueueQuery, variables });
  const [live] = useSubscription(
    { query: QueueEventsSubscription },
    (seen: QueueTicketFieldsFragment[] = [], event) => {
      const ticket = event.queueEvents.ticket;
      return [ticket, ...seen.filter((s) => s.id !== ticket.id)];
    },
  );
  const when = new Intl.DateTimeFormat(i18n.language, { dateStyle: 'short', timeStyle: 'short' });

  /** A new filter starts again from the first page. */
  function restart() {
    setAfter(null);
    setPages([]);
    setSelected(new Set());
    setActive(0);
  }

  const rows = useMemo(() => {
    const liveRows = (live.data ?? []).filter(
      (r) =>
        !text &&
        view !== 'MINE' &&
        (!statuses || statuses.includes(r.status as TicketStatus)) &&
        (!priority || r.priority === priority),
    );
    const liveById = new Map((live.data ?? []).map((r) => [r.id, r]));
    const all = [...liveRows, ...pages, ...(data?.queue.nodes ?? [])].map(
      (r) => liveById.get(r.id) ?? r,
    );
    const seen = new Set<string>();
    return all.filter((r) => (seen.has(r.id) ? false : (seen.add(r.id), true)));
  }, [data, pages, live.data, text, view, statuses, priority]);

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

  function search(e: FormEvent) {
    e.preventDefault();
    setText(searchDraft.trim());
    restart();
  }

  return (
    <Container fluid>
      <Group justify="space-between" mb="sm">
        <Group>
          <Title order={1} size="h2">
            {t('queue.title')}
          </Title>
          <Badge variant="light" color="blue" c="blue.9">
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
      <SavedViews
        current={{ statuses, priority, assignedToMe: view === 'MINE', text, sort }}
        onApply={(f) => {
          setView(f.assignedToMe ? 'MINE' : f.statuses === null ? 'ALL' : 'OPEN');
          setCustomStatuses(f.statuses);
          setPriority(f.priority);
          setText(f.text);
          setSearchDraft(f.text);
          setSort(f.sort);
          restart();
        }}
      />
      <Group align="flex-end" mb="sm" component="section" aria-label={t('queue.filters')}>
        <NativeSelect
          label={t('queue.view')}
          value={view}
          onChange={(e) => {
            setView(e.currentTarget.value as View);
            setCustomStatuses(undefined);
            restart();
          }}
          data={VIEWS.map((v) => ({ value: v, label: t(`queue.views.${v}`) }))}
        />
        <NativeSelect
          label={t('queue.priorityFilter')}
          value={priority}
          onChange={(e) => {
            setPriority(e.currentTarget.value as TicketPriority | '');
            restart();
          }}
          data={[
            { value: '', label: t('queue.anyPriority') },
            ...PRIORITIES.map((p) => ({ value: p, label: t(`priority.${p}`) })),
          ]}
        />
        <NativeSelect
          label={t('queue.sort')}
          value={sort}
          onChange={(e) => {
            setSort(e.currentTarget.value as QueueSort);
            restart();
          }}
          data={(['SLA_DUE', 'CREATED_DESC'] as const).map((s) => ({
            value: s,
            label: t(`queue.sorts.${s}`),
          }))}
        />
        <form onSubmit={search} role="search">
          <TextInput
            label={t('queue.search')}
            placeholder={t('queue.searchHint')}
            value={searchDraft}
            onChange={(e) => setSearchDraft(e.currentTarget.value)}
            w={320}
          />
        </form>
      </Group>
      <BulkActions tickets={rows.filter((r) => selected.has(r.id))} onDone={afterBulk} />
      <Text size="xs" c="dark.6" mb={4}>
        {t('queue.keyboardHint')}
      </Text>
      <Table.ScrollContainer minWidth={900}>
        <div
          ref={tableRef}
          tabIndex={0}
          onKeyDown={onKeyDown}
          aria-label={t('queue.title')}
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
                    {r.slaDueAt ? when.format(new Date(r.slaDueAt)) : t('queue.noDeadline')}
                  </Table.Td>
                  <Table.Td>{r.operator?.displayName ?? r.group?.name ?? '—'}</Table.Td>
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

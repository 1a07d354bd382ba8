import {
  Alert,
  Anchor,
  Badge,
  Button,
  Card,
  Checkbox,
  Container,
  Grid,
  Group,
  Loader,
  NumberInput,
  Radio,
  Stack,
  Text,
  Textarea,
  Title,
} from '@mantine/core';
import { useEffect, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { useMutation, useQuery } from 'urql';
import { describeError } from '../../app/errors';
import { SanitisedHtml } from '../../components/SanitisedHtml';
import { StatusBadge } from '../../components/StatusBadge';
import { AttachmentsSection } from './AttachmentsSection';
import { SlaStatus } from '../sla/SlaStatus';
import { TicketAssetPanel } from '../assets/TicketAssetPanel';
import { MatchSenderPanel } from '../mail-in/MatchSenderPanel';
import { QuotedHistory } from '../mail-in/QuotedHistory';
import { IncidentPanel } from './IncidentPanel';
import { TriagePanel } from './TriagePanel';
import type { TicketDetailFieldsFragment } from '../../gql/graphql';
import { AddEntryMutation, RateMutation, ReopenMutation, TicketPageQuery } from './ticket.graphql';

export function TicketPage({ isAgent, viewerId }: { isAgent: boolean; viewerId: string }) {
  const { t, i18n } = useTranslation();
  const { id = '' } = useParams();
  const [{ data, fetching, error }, refetch] = useQuery({
    query: TicketPageQuery,
    variables: { id },
  });
  const reload = () => refetch({ requestPolicy: 'network-only' });
  // A triage change's own result, shown until the page's query has caught up with it
  // (versions only grow). Two quick changes in a row could leave the query's answer one
  // change behind, showing the ticket as it was before the second.
  const [latest, setLatest] = useState<TicketDetailFieldsFragment | null>(null);
  const fromQuery = data?.ticket;
  const behind =
    !!latest && !!fromQuery && latest.id === fromQuery.id && latest.version > fromQuery.version;
  const ticket = behind ? latest : fromQuery;
  useEffect(() => {
    if (behind && !fetching) refetch({ requestPolicy: 'network-only' });
  }, [behind, fetching, refetch]);
  const when = new Intl.DateTimeFormat(i18n.language, { dateStyle: 'medium', timeStyle: 'short' });

  if (fetching && !data) return <Loader role="status" aria-label={t('ticket.loading')} />;
  if (error || !ticket || !data) {
    return (
      <Alert color="red" role="alert">
        {error ? describeError(t, error) : t('ticket.notFound')}
      </Alert>
    );
  }
  const mayRate =
    !isAgent &&
    (ticket.status === 'RESOLVED' || ticket.status === 'CLOSED') &&
    ticket.rating === null;

  return (
    <Container size="lg" px="sm">
      <Stack gap="md">
        <Anchor component={Link} to={isAgent ? '/console' : '/'} size="sm">
          ← {t('ticket.back')}
        </Anchor>
        <Group justify="space-between" align="flex-start">
          <div>
            <Text ff="monospace" size="sm" c="dimmed">
              {ticket.number} · {ticket.tenant.name}
            </Text>
            <Title order={1} size="h2" style={{ overflowWrap: 'anywhere' }}>
              {ticket.title}
            </Title>
          </div>
          <Group gap="xs">
            <StatusBadge status={ticket.status} />
            <Badge color={ticket.priority === 'CRITICAL' ? 'red.9' : 'gray.8'} variant="filled">
              {t(`priority.${ticket.priority}`)}
            </Badge>
          </Group>
        </Group>
        <SlaStatus ticketId={ticket.id} version={ticket.version} />
        <Grid>
          <Grid.Col span={{ base: 12, md: isAgent ? 8 : 12 }}>
            <Stack gap="md">
              <Card withBorder>
                <Text size="sm" c="dimmed">
                  {t('ticket.reportedBy', { name: ticket.caller.displayName })}
                  {ticket.subject.id !== ticket.caller.id &&
                    ` · ${t('ticket.forPerson', { name: ticket.subject.displayName })}`}
                  {' · '}
                  {t('ticket.created', { when: when.format(new Date(ticket.createdAt)) })}
                </Text>
                <Text size="sm" c="dimmed">
                  {t('ticket.category')}: {ticket.category?.name ?? t('ticket.noCategory')}
                </Text>
                <Title order={2} size="h4" mt="sm">
                  {t('ticket.description')}
                </Title>
                {ticket.descriptionHtml ? (
                  <SanitisedHtml html={ticket.descriptionHtml} />
                ) : (
                  <Text>{t('ticket.noDescription')}</Text>
                )}
                {data.ticket && <QuotedHistory text={data.ticket.mailQuotedHistory} />}
              </Card>
              <TicketAssetPanel ticket={ticket} isAgent={isAgent} onChanged={reload} />
              <AttachmentsSection
                ticketId={ticket.id}
                attachments={data.ticketAttachments}
                onUploaded={reload}
              />
              <Timeline entries={data.ticketTimeline} format={(d) => when.format(new Date(d))} />
              {ticket.status !== 'CLOSED' && (
                <ReplyForm ticketId={ticket.id} isAgent={isAgent} onSent={reload} />
              )}
              {!isAgent && ticket.status === 'RESOLVED' && (
                <ReopenButton ticketId={ticket.id} onDone={reload} />
              )}
              {mayRate && <RateForm ticketId={ticket.id} onDone={reload} />}
              {ticket.rating !== null && (
                <Alert color="teal" role="status">
                  {t('ticket.rated', { rating: ticket.rating })}
                </Alert>
              )}
            </Stack>
          </Grid.Col>
          {isAgent && (
            <Grid.Col span={{ base: 12, md: 4 }}>
              <Stack gap="md">
                {data.ticket.unknownMailSender != null && (
                  <MatchSenderPanel
                    ticket={ticket}
                    address={data.ticket.unknownMailSender}
                    onMatched={reload}
                  />
                )}
                <TriagePanel
                  ticket={ticket}
                  viewerId={viewerId}
                  onChanged={setLatest}
                  onConflict={reload}
                />
                <IncidentPanel ticket={ticket} onChanged={reload} />
              </Stack>
            </Grid.Col>
          )}
        </Grid>
      </Stack>
    </Container>
  );
}

interface Entry {
  id: string;
  kind: 'REPLY' | 'NOTE' | 'CHANGE';
  body: string;
  quoted?: string | null;
  field?: string | null;
  from?: string | null;
  to?: string | null;
  reason?: string | null;
  timeSpentMinutes: number;
  createdAt: string;
  author?: { displayName: string } | null;
}

function Timeline({ entries, format }: { entries: Entry[]; format: (d: string) => string }) {
  const { t } = useTranslation();
  const fieldName = (f: string) =>
    f === 'status' || f === 'priority' || f === 'assignment' || f === 'channel'
      ? t(`ticket.fields.${f}`)
      : f === 'asset'
        ? t('assets.ticket.title')
        : f;
  const reasonText = (r: string) =>
    r === 'auto-close'
      ? t('ticket.reasons.autoClose')
      : r === 'recorded by IT'
        ? t('ticket.reasons.recordedByIt')
        : r;
  const value = (field: string | null | undefined, v: string | null | undefined) => {
    if (!v) return '—';
    if (field === 'status') return t(`status.${v}`, { defaultValue: v });
    if (field === 'priority') return t(`priority.${v}`, { defaultValue: v });
    if (field === 'channel') return t(`queue.record.channels.${v}`, { defaultValue: v });
    return v;
  };
  return (
    <section aria-labelledby="timeline-title">
      <Title order={2} size="h4" id="timeline-title" mb="xs">
        {t('ticket.timeline')}
      </Title>
      {entries.length === 0 && <Text c="dimmed">{t('ticket.noActivity')}</Text>}
      <Stack gap="xs" component="ol" style={{ listStyle: 'none', padding: 0, margin: 0 }}>
        {entries.map((e) => (
          <Card
            key={e.id}
            component="li"
            withBorder
            padding="sm"
            data-testid="timeline-entry"
            bg={e.kind === 'NOTE' ? 'yellow.0' : undefined}
          >
            <Text size="xs" c="dimmed">
              {t(`ticket.kind.${e.kind}`)} · {e.author?.displayName ?? t('ticket.system')} ·{' '}
              {format(e.createdAt)}
              {e.timeSpentMinutes > 0 && ` · ${t('ticket.minutes', { count: e.timeSpentMinutes })}`}
            </Text>
            {e.kind === 'CHANGE' ? (
              <Text size="sm">
                {t('ticket.changed', {
                  field: fieldName(e.field ?? ''),
                  from: value(e.field, e.from),
                  to: value(e.field, e.to),
                })}
                {e.reason && ` — ${reasonText(e.reason)}`}
              </Text>
            ) : (
              <>
                <Text style={{ whiteSpace: 'pre-wrap', overflowWrap: 'anywhere' }}>{e.body}</Text>
                <QuotedHistory text={e.quoted} />
              </>
            )}
          </Card>
        ))}
      </Stack>
    </section>
  );
}

function ReplyForm(props: { ticketId: string; isAgent: boolean; onSent: () => void }) {
  const { t } = useTranslation();
  const [body, setBody] = useState('');
  const [internal, setInternal] = useState(false);
  const [minutes, setMinutes] = useState<number | string>(0);
  const [sent, setSent] = useState(false);
  const [result, send] = useMutation(AddEntryMutation);

  async function submit(e: FormEvent) {
    e.preventDefault();
    if (!body.trim()) return;
    const res = await send({
      input: {
        ticketId: props.ticketId,
        body,
        internal: props.isAgent && internal,
        timeSpentMinutes: props.isAgent ? Number(minutes) || 0 : null,
      },
    });
    if (!res.error) {
      setBody('');
      setMinutes(0);
      setSent(true);
      props.onSent();
    }
  }

  return (
    <form onSubmit={submit} aria-labelledby="reply-title">
      <Stack gap="xs">
        <Title order={2} size="h4" id="reply-title">
          {t('ticket.reply')}
        </Title>
        {result.error && (
          <Alert color="red" role="alert">
            {describeError(t, result.error)}
          </Alert>
        )}
        {sent && !result.error && (
          <Text size="sm" role="status" className="text-success">
            {t('ticket.sent')}
          </Text>
        )}
        <Textarea
          label={t('ticket.replyLabel')}
          autosize
          minRows={3}
          value={body}
          onChange={(e) => {
            setBody(e.currentTarget.value);
            setSent(false);
          }}
        />
        {props.isAgent && (
          <Group>
            <Checkbox
              label={t('ticket.internal')}
              checked={internal}
              onChange={(e) => setInternal(e.currentTarget.checked)}
            />
            <NumberInput
              label={t('ticket.timeSpent')}
              min={0}
              max={1440}
              value={minutes}
              onChange={setMinutes}
              w={180}
            />
          </Group>
        )}
        <Button type="submit" loading={result.fetching} style={{ alignSelf: 'flex-start' }}>
          {t('ticket.send')}
        </Button>
      </Stack>
    </form>
  );
}

function ReopenButton({ ticketId, onDone }: { ticketId: string; onDone: () => void }) {
  const { t } = useTranslation();
  const [result, reopen] = useMutation(ReopenMutation);
  return (
    <Card withBorder>
      <Text size="sm" mb="xs">
        {t('ticket.reopenHint')}
      </Text>
      {result.error && (
        <Alert color="red" role="alert" mb="xs">
          {describeError(t, result.error)}
        </Alert>
      )}
      <Button
        variant="outline"
        loading={result.fetching}
        onClick={() => void reopen({ id: ticketId }).then((r) => !r.error && onDone())}
      >
        {t('ticket.reopen')}
      </Button>
    </Card>
  );
}

function RateForm({ ticketId, onDone }: { ticketId: string; onDone: () => void }) {
  const { t } = useTranslation();
  const [rating, setRating] = useState<string>('');
  const [comment, setComment] = useState('');
  const [result, rate] = useMutation(RateMutation);
  async function submit(e: FormEvent) {
    e.preventDefault();
    if (!rating) return;
    const res = await rate({ input: { ticketId, rating: Number(rating), comment } });
    if (!res.error) onDone();
  }
  return (
    <form onSubmit={submit}>
      <Card withBorder>
        <Stack gap="xs">
          {result.error && (
            <Alert color="red" role="alert">
              {describeError(t, result.error)}
            </Alert>
          )}
          <Radio.Group label={t('ticket.rate')} value={rating} onChange={setRating}>
            <Group mt="xs">
              {(['1', '2', '3', '4', '5'] as const).map((v) => (
                <Radio key={v} value={v} label={`${v} – ${t(`ticket.rateValues.${v}`)}`} />
              ))}
            </Group>
          </Radio.Group>
          <Textarea
            label={t('ticket.rateComment')}
            value={comment}
            onChange={(e) => setComment(e.currentTarget.value)}
          />
          <Button
            type="submit"
            disabled={!rating}
            loading={result.fetching}
            style={{ alignSelf: 'flex-start' }}
          >
            {t('ticket.rateSubmit')}
          </Button>
        </Stack>
      </Card>
    </form>
  );
}

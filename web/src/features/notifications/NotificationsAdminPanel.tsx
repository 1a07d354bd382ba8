import {
  Alert,
  Badge,
  Button,
  Code,
  Group,
  NativeSelect,
  Paper,
  Stack,
  Table,
  Text,
  Textarea,
  TextInput,
  Title,
  VisuallyHidden,
} from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useMutation, useQuery } from 'urql';
import {
  NotificationTemplatePreviewQuery,
  OutgoingMessagesQuery,
  ResetNotificationTemplateMutation,
  RetryOutgoingMessageMutation,
  SaveNotificationTemplateMutation,
} from './notifications.graphql';

const EVENTS = [
  'TICKET_CREATED',
  'TICKET_UPDATED',
  'TICKET_REPLIED',
  'TICKET_RESOLVED',
  'TICKET_ASSIGNED',
  'SLA_WARNING',
  'SLA_BREACH',
  'ESCALATION_STEP',
  'OVERTIME_AUTHORISED',
  'CRITICAL_PAGE',
  'CRITICAL_ESCALATION',
  'APPROVAL_REQUESTED',
  'APPROVAL_DECIDED',
  'SENSITIVE_DECISION_FILED',
  'SENSITIVE_DECISION_DECIDED',
  'ANNOUNCEMENT',
  'PASSWORD_EXPIRY',
  'RESET_CODE',
] as const;
const LANGUAGES = ['sv', 'nb', 'en'] as const;

/** Administrators: template previews, the outgoing queue with retry, and the SMS outbox. */
export function NotificationsAdminPanel({ tenantId }: { tenantId: string }) {
  return (
    <Stack gap="lg">
      <TemplatePreview tenantId={tenantId} />
      <OutgoingList tenantId={tenantId} />
      <SmsOutbox tenantId={tenantId} />
    </Stack>
  );
}

function TemplatePreview({ tenantId }: { tenantId: string }) {
  const { t } = useTranslation();
  const [event, setEvent] = useState<string>('TICKET_REPLIED');
  const [language, setLanguage] = useState<string>('sv');
  const [{ data }, refetch] = useQuery({
    query: NotificationTemplatePreviewQuery,
    variables: { tenantId, event, language },
    requestPolicy: 'cache-and-network',
  });
  const [, saveTemplate] = useMutation(SaveNotificationTemplateMutation);
  const [, resetTemplate] = useMutation(ResetNotificationTemplateMutation);
  const [draft, setDraft] = useState<{ key: string; subject: string; body: string } | null>(null);
  const [status, setStatus] = useState<'saved' | 'reset' | 'error' | null>(null);
  const preview = data?.notificationTemplatePreview;
  const key = `${event}:${language}`;
  const current =
    draft && draft.key === key
      ? draft
      : { key, subject: preview?.subjectTemplate ?? '', body: preview?.bodyTemplate ?? '' };
  const choose = (next: { event?: string; language?: string }) => {
    setDraft(null);
    setStatus(null);
    if (next.event) setEvent(next.event);
    if (next.language) setLanguage(next.language);
  };
  const vars = { tenantId, event, language };
  return (
    <Paper withBorder p="md" radius="md" component="section" aria-labelledby="template-preview">
      <Title order={2} size="h3" id="template-preview" mb="sm">
        {t('notifications.admin.previewTitle')}
      </Title>
      <Group grow align="end">
        <NativeSelect
          label={t('notifications.admin.event')}
          value={event}
          onChange={(e) => choose({ event: e.currentTarget.value })}
          data={EVENTS.map((v) => ({ value: v, label: t(`notifications.events.${v}`) }))}
        />
        <NativeSelect
          label={t('notifications.admin.language')}
          value={language}
          onChange={(e) => choose({ language: e.currentTarget.value })}
          data={LANGUAGES.map((v) => ({
            value: v,
            label: t(`notifications.admin.languages.${v}`),
          }))}
        />
      </Group>
      {preview && (
        <Stack gap="xs" mt="sm">
          {preview.customised && (
            <Badge variant="light" color="blue" className="badge-strong">
              {t('notifications.admin.customised')}
            </Badge>
          )}
          <div data-testid="template-preview">
            <Text fw={600}>
              {t('notifications.admin.subject')}: {preview.subject}
            </Text>
            <Code block>{preview.body}</Code>
          </div>
          <Text size="sm" c="dimmed">
            {t('notifications.admin.placeholders')}:{' '}
            {preview.placeholders.map((p) => `{{${p}}}`).join(', ')}
          </Text>
          <TextInput
            label={t('notifications.admin.subjectTemplate')}
            value={current.subject}
            onChange={(e) => setDraft({ ...current, subject: e.currentTarget.value })}
          />
          <Textarea
            label={t('notifications.admin.bodyTemplate')}
            value={current.body}
            autosize
            minRows={4}
            onChange={(e) => setDraft({ ...current, body: e.currentTarget.value })}
          />
          <div aria-live="polite">
            {status === 'saved' && (
              <Alert color="green" role="status">
                {t('notifications.admin.templateSaved')}
              </Alert>
            )}
            {status === 'reset' && (
              <Alert color="green" role="status">
                {t('notifications.admin.templateReset')}
              </Alert>
            )}
            {status === 'error' && (
              <Alert color="red" role="alert">
                {t('notifications.admin.templateError')}
              </Alert>
            )}
          </div>
          <Group>
            <Button
              onClick={() =>
                void saveTemplate({ ...vars, subject: current.subject, body: current.body }).then(
                  (res) => {
                    setStatus(res.error ? 'error' : 'saved');
                    if (!res.error) {
                      setDraft(null);
                      refetch({ requestPolicy: 'network-only' });
                    }
                  },
                )
              }
            >
              {t('notifications.admin.saveTemplate')}
            </Button>
            {preview.customised && (
              <Button
                variant="outline"
                onClick={() =>
                  void resetTemplate(vars).then((res) => {
                    setStatus(res.error ? 'error' : 'reset');
                    setDraft(null);
                    refetch({ requestPolicy: 'network-only' });
                  })
                }
              >
                {t('notifications.admin.resetTemplate')}
              </Button>
            )}
          </Group>
        </Stack>
      )}
    </Paper>
  );
}

function OutgoingList({ tenantId }: { tenantId: string }) {
  const { t, i18n } = useTranslation();
  const [status, setStatus] = useState<string>('FAILED');
  const [{ data }, refetch] = useQuery({
    query: OutgoingMessagesQuery,
    variables: { tenantId, statuses: [status] },
    requestPolicy: 'cache-and-network',
  });
  const [retrying, retry] = useMutation(RetryOutgoingMessageMutation);
  const [retried, setRetried] = useState(false);
  const time = new Intl.DateTimeFormat(i18n.language, { dateStyle: 'short', timeStyle: 'short' });
  const rows = data?.outgoingMessages ?? [];
  return (
    <Paper withBorder p="md" radius="md" component="section" aria-labelledby="outgoing-list">
      <Title order={2} size="h3" id="outgoing-list" mb="sm">
        {t('notifications.admin.outgoingTitle')}
      </Title>
      <NativeSelect
        label={t('notifications.admin.status')}
        value={status}
        onChange={(e) => {
          setRetried(false);
          setStatus(e.currentTarget.value);
        }}
        data={(['FAILED', 'QUEUED', 'SENDING', 'SENT'] as const).map((v) => ({
          value: v,
          label: t(`notifications.admin.statuses.${v}`),
        }))}
        maw={240}
      />
      <div aria-live="polite">
        {retried && (
          <Alert color="green" role="status" mt="sm">
            {t('notifications.admin.retried')}
          </Alert>
        )}
      </div>
      {rows.length === 0 ? (
        <Text mt="sm">{t('notifications.admin.none')}</Text>
      ) : (
        <Table.ScrollContainer minWidth={640} mt="sm">
          <Table striped data-testid="outgoing-table">
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('notifications.admin.created')}</Table.Th>
                <Table.Th>{t('notifications.admin.channel')}</Table.Th>
                <Table.Th>{t('notifications.admin.recipient')}</Table.Th>
                <Table.Th>{t('notifications.admin.kind')}</Table.Th>
                <Table.Th>{t('notifications.admin.status')}</Table.Th>
                <Table.Th>{t('notifications.admin.attempts')}</Table.Th>
                <Table.Th>{t('notifications.admin.lastError')}</Table.Th>
                <Table.Th>
                  <VisuallyHidden>{t('notifications.admin.retry')}</VisuallyHidden>
                </Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {rows.map((m) => (
                <Table.Tr key={m.id}>
                  <Table.Td>{time.format(new Date(m.createdAt))}</Table.Td>
                  <Table.Td>{t(`notifications.channels.${m.channel}`)}</Table.Td>
                  <Table.Td>{m.recipient}</Table.Td>
                  <Table.Td>
                    {t(`notifications.events.${m.kind}`, { defaultValue: m.kind })}
                  </Table.Td>
                  <Table.Td>
                    <Badge color={m.status === 'FAILED' ? 'red.8' : 'blue.8'} variant="filled">
                      {t(`notifications.admin.statuses.${m.status}`, { defaultValue: m.status })}
                    </Badge>
                  </Table.Td>
                  <Table.Td>{m.attempts}</Table.Td>
                  <Table.Td>{m.lastError ?? '—'}</Table.Td>
                  <Table.Td>
                    {(m.status === 'FAILED' || m.status === 'QUEUED') && (
                      <Button
                        size="compact-sm"
                        loading={retrying.fetching}
                        aria-label={`${t('notifications.admin.retry')}: ${m.recipient}`}
                        onClick={() =>
                          void retry({ id: m.id }).then((res) => {
                            if (!res.error) {
                              setRetried(true);
                              refetch({ requestPolicy: 'network-only' });
                            }
                          })
                        }
                      >
                        {t('notifications.admin.retry')}
                      </Button>
                    )}
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      )}
    </Paper>
  );
}

function SmsOutbox({ tenantId }: { tenantId: string }) {
  const { t, i18n } = useTranslation();
  const [{ data }] = useQuery({
    query: OutgoingMessagesQuery,
    variables: { tenantId, statuses: ['SENT'], channel: 'SMS' },
    requestPolicy: 'cache-and-network',
  });
  const time = new Intl.DateTimeFormat(i18n.language, { dateStyle: 'short', timeStyle: 'short' });
  const rows = data?.outgoingMessages ?? [];
  return (
    <Paper withBorder p="md" radius="md" component="section" aria-labelledby="sms-outbox">
      <Title order={2} size="h3" id="sms-outbox" mb="xs">
        {t('notifications.admin.smsTitle')}
      </Title>
      <Text size="sm" mb="sm">
        {t('notifications.admin.smsIntro')}
        {rows.some((m) => m.simulated) && ` ${t('notifications.admin.simulated')}.`}
      </Text>
      {rows.length === 0 ? (
        <Text>{t('notifications.admin.none')}</Text>
      ) : (
        <Stack gap="xs" component="ul" style={{ listStyle: 'none', padding: 0, margin: 0 }}>
          {rows.map((m) => (
            <Paper component="li" withBorder p="sm" key={m.id} data-testid="sms-outbox-item">
              <Text size="sm" fw={600}>
                {m.recipient} · {m.sentAt ? time.format(new Date(m.sentAt)) : ''} ·{' '}
                {t(`notifications.events.${m.kind}`, { defaultValue: m.kind })}
              </Text>
              <Text size="sm" style={{ whiteSpace: 'pre-wrap' }}>
                {m.body}
              </Text>
            </Paper>
          ))}
        </Stack>
      )}
    </Paper>
  );
}

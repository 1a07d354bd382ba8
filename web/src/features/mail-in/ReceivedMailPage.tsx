import {
  Alert,
  Anchor,
  Badge,
  Button,
  Card,
  Checkbox,
  Container,
  Group,
  Loader,
  NativeSelect,
  Stack,
  Text,
  Title,
} from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useMutation, useQuery } from 'urql';
import { describeError } from '../../app/errors';
import { InboundMailsQuery, MailTenantsQuery, SettleInboundMailMutation } from './mail-in.graphql';

/**
 * Mail received at a municipality's mailbox that needs an agent: unknown senders (their
 * ticket is waiting for a caller), automated mail that was ignored, refused mail and mail
 * that could not be read (its raw text is here).
 */
export function ReceivedMailPage({ tenantId: ownTenant }: { tenantId: string }) {
  const { t, i18n } = useTranslation();
  const [tenantId, setTenantId] = useState(ownTenant);
  const [all, setAll] = useState(false);
  const [{ data: tenants }] = useQuery({ query: MailTenantsQuery });
  const [{ data, fetching, error }, refetch] = useQuery({
    query: InboundMailsQuery,
    variables: { tenantId, all },
  });
  const [settling, settle] = useMutation(SettleInboundMailMutation);
  const served = tenants?.viewer?.tenants ?? [];
  const when = new Intl.DateTimeFormat(i18n.language, { dateStyle: 'medium', timeStyle: 'short' });
  const mails = data?.inboundMails ?? [];
  const problem = error ?? settling.error;

  async function markSettled(id: string) {
    const res = await settle({ id });
    if (res.data) refetch({ requestPolicy: 'network-only' });
  }

  return (
    <Container size="lg" px="sm">
      <Stack>
        <Title order={1} size="h2">
          {t('mailIn.page.title')}
        </Title>
        <Text size="sm" c="dimmed">
          {t('mailIn.page.intro')}
        </Text>
        <Group align="flex-end">
          {served.length > 1 && (
            <NativeSelect
              label={t('mailIn.page.municipality')}
              value={tenantId}
              onChange={(e) => setTenantId(e.currentTarget.value)}
              data={served.map((m) => ({ value: m.id, label: m.name }))}
              maw={320}
            />
          )}
          <Checkbox
            label={t('mailIn.page.all')}
            checked={all}
            onChange={(e) => setAll(e.currentTarget.checked)}
          />
        </Group>
        {problem && (
          <Alert color="red" role="alert">
            {describeError(t, problem)}
          </Alert>
        )}
        {fetching && !data && <Loader role="status" aria-label={t('mailIn.page.loading')} />}
        {data && mails.length === 0 && <Text>{t('mailIn.page.none')}</Text>}
        <Stack gap="xs" component="ul" style={{ listStyle: 'none', padding: 0, margin: 0 }}>
          {mails.map((m) => (
            <Card key={m.id} withBorder padding="sm" component="li" data-testid="inbound-mail">
              <Group justify="space-between" align="flex-start" wrap="nowrap">
                <div style={{ minWidth: 0 }}>
                  <Text fw={600} style={{ overflowWrap: 'anywhere' }}>
                    {m.subject || t('mailIn.page.noSubject')}
                  </Text>
                  <Text size="sm" c="dimmed" style={{ overflowWrap: 'anywhere' }}>
                    {m.fromAddress ?? '—'} · {when.format(new Date(m.receivedAt))}
                    {m.duplicates > 0 &&
                      ` · ${t('mailIn.page.duplicates', { count: m.duplicates })}`}
                  </Text>
                  {m.reason && (
                    <Text size="sm">
                      {t(`mailIn.reason.${m.reason}`, { defaultValue: m.reason })}
                    </Text>
                  )}
                  {m.ticketId && (
                    <Anchor component={Link} to={`/tickets/${m.ticketId}`} size="sm">
                      {t('mailIn.page.ticket', { number: m.ticketNumber })}
                    </Anchor>
                  )}
                </div>
                <Group gap="xs" wrap="nowrap">
                  <Badge color={m.status === 'UNPARSEABLE' ? 'red.9' : 'gray.8'} variant="filled">
                    {t(`mailIn.status.${m.status}`)}
                  </Badge>
                </Group>
              </Group>
              {m.rawText && (
                <details style={{ marginTop: 'var(--mantine-spacing-xs)' }}>
                  <summary style={{ cursor: 'pointer' }}>{t('mailIn.page.raw')}</summary>
                  <Text
                    component="pre"
                    size="xs"
                    style={{
                      whiteSpace: 'pre-wrap',
                      overflowWrap: 'anywhere',
                      maxHeight: 400,
                      overflow: 'auto',
                    }}
                  >
                    {m.rawText}
                  </Text>
                </details>
              )}
              {!m.settled && (
                <Group mt="xs">
                  <Button
                    size="xs"
                    variant="default"
                    onClick={() => void markSettled(m.id)}
                    aria-label={t('mailIn.page.settleLabel', { subject: m.subject || m.id })}
                  >
                    {t('mailIn.page.settle')}
                  </Button>
                </Group>
              )}
            </Card>
          ))}
        </Stack>
      </Stack>
    </Container>
  );
}

import {
  Alert,
  Button,
  Container,
  Group,
  Paper,
  Stack,
  Table,
  Text,
  TextInput,
  Title,
} from '@mantine/core';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useClient, useQuery } from 'urql';
import { describeError } from '../../app/errors';
import { AuditLogCsvQuery, AuditLogQuery } from './audit.graphql';

interface Filters {
  from: string;
  to: string;
  actorId: string;
  action: string;
  entityType: string;
  entityId: string;
}

const EMPTY: Filters = { from: '', to: '', actorId: '', action: '', entityType: '', entityId: '' };
const PAGE = 200;

/** Filter values as the API takes them: blanks left out, local date-times as instants. */
function variables(f: Filters) {
  const instant = (v: string) => (v ? new Date(v).toISOString() : null);
  const text = (v: string) => (v.trim() ? v.trim() : null);
  return {
    from: instant(f.from),
    to: instant(f.to),
    actorId: text(f.actorId),
    action: text(f.action),
    entityType: text(f.entityType),
    entityId: text(f.entityId),
  };
}

/** Auditors search their municipality's audit log and export it as CSV. */
export function AuditLogPage() {
  const { t, i18n } = useTranslation();
  const client = useClient();
  const [draft, setDraft] = useState<Filters>(EMPTY);
  const [applied, setApplied] = useState<Filters>(EMPTY);
  const [exportError, setExportError] = useState<string | null>(null);
  const [{ data, error, fetching }] = useQuery({
    query: AuditLogQuery,
    variables: { ...variables(applied), first: PAGE },
  });
  const format = new Intl.DateTimeFormat(i18n.language, {
    dateStyle: 'short',
    timeStyle: 'medium',
  });

  function submit(e: FormEvent) {
    e.preventDefault();
    setApplied(draft);
  }

  async function exportCsv() {
    setExportError(null);
    const res = await client
      .query(AuditLogCsvQuery, variables(applied), { requestPolicy: 'network-only' })
      .toPromise();
    if (res.error || !res.data) {
      setExportError(res.error ? describeError(t, res.error) : t('errors.generic'));
      return;
    }
    const url = URL.createObjectURL(new Blob([res.data.auditLogCsv], { type: 'text/csv' }));
    const a = document.createElement('a');
    a.href = url;
    a.download = 'audit-log.csv';
    a.click();
    URL.revokeObjectURL(url);
  }

  const field = (key: keyof Filters, type = 'text', description?: string) => (
    <TextInput
      label={t(`audit.${key}`)}
      description={description}
      type={type}
      value={draft[key]}
      onChange={(e) => setDraft({ ...draft, [key]: e.currentTarget.value })}
    />
  );
  const entries = data?.auditLog ?? [];

  return (
    <Container size="xl" py="md">
      <Title order={1}>{t('audit.title')}</Title>
      <Text c="dimmed" mb="md">
        {t('audit.intro')}
      </Text>
      <Paper withBorder p="md" mb="md" component="section" aria-label={t('audit.filters')}>
        <form onSubmit={submit} noValidate>
          <Stack>
            <Group grow align="flex-start" wrap="wrap">
              {field('from', 'datetime-local')}
              {field('to', 'datetime-local')}
              {field('actorId')}
            </Group>
            <Group grow align="flex-start" wrap="wrap">
              {field('action', 'text', t('audit.actionHint'))}
              {field('entityType')}
              {field('entityId')}
            </Group>
            <Group>
              <Button type="submit" loading={fetching}>
                {t('audit.search')}
              </Button>
              <Button variant="default" onClick={() => void exportCsv()}>
                {t('audit.export')}
              </Button>
            </Group>
          </Stack>
        </form>
      </Paper>
      {error && (
        <Alert color="red" role="alert" mb="md">
          {describeError(t, error)}
        </Alert>
      )}
      {exportError && (
        <Alert color="red" role="alert" mb="md">
          {exportError}
        </Alert>
      )}
      {!error && !fetching && entries.length === 0 && <Text>{t('audit.empty')}</Text>}
      {entries.length > 0 && (
        <>
          {entries.length === PAGE && (
            <Text size="sm" c="dimmed" mb="xs">
              {t('audit.shown', { count: PAGE })}
            </Text>
          )}
          <Table.ScrollContainer minWidth={800}>
            <Table striped>
              <Table.Thead>
                <Table.Tr>
                  <Table.Th scope="col">{t('audit.colAt')}</Table.Th>
                  <Table.Th scope="col">{t('audit.colActor')}</Table.Th>
                  <Table.Th scope="col">{t('audit.colAction')}</Table.Th>
                  <Table.Th scope="col">{t('audit.colEntity')}</Table.Th>
                  <Table.Th scope="col">{t('audit.colData')}</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {entries.map((e) => (
                  <Table.Tr key={e.id}>
                    <Table.Td>{format.format(new Date(e.at as string))}</Table.Td>
                    <Table.Td>{e.actorName ?? e.actorId ?? t('audit.system')}</Table.Td>
                    <Table.Td>
                      <code>{e.action}</code>
                    </Table.Td>
                    <Table.Td>
                      {e.entityType} <code>{e.entityId}</code>
                    </Table.Td>
                    <Table.Td>
                      <code>{e.data === '{}' ? '' : e.data}</code>
                    </Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
        </>
      )}
    </Container>
  );
}

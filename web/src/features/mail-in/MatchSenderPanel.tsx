import { Alert, Button, Card, NativeSelect, Stack, Text, TextInput, Title } from '@mantine/core';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useMutation, useQuery } from 'urql';
import { describeError } from '../../app/errors';
import { CallerSearchQuery } from '../queue/queue.graphql';
import { MatchMailSenderMutation } from './mail-in.graphql';

/**
 * For a ticket mailed in from an address no person has: the agent finds the person who
 * wrote it and names them as the caller.
 */
export function MatchSenderPanel(props: {
  ticket: { id: string; version: number; tenant: { id: string } };
  address: string;
  onMatched: () => void;
}) {
  const { t } = useTranslation();
  const [search, setSearch] = useState('');
  const [personId, setPersonId] = useState('');
  const [missing, setMissing] = useState(false);
  const query = search.trim();
  const [{ data, fetching }] = useQuery({
    query: CallerSearchQuery,
    variables: { query },
    pause: query.length < 2,
  });
  const people =
    query.length < 2
      ? []
      : (data?.staffSearch ?? []).filter((p) => p.tenant.id === props.ticket.tenant.id);
  const [result, match] = useMutation(MatchMailSenderMutation);

  async function submit(e: FormEvent) {
    e.preventDefault();
    setMissing(!personId);
    if (!personId) return;
    const res = await match(
      { ticket: { id: props.ticket.id, version: props.ticket.version }, personId },
      { additionalTypenames: ['Ticket'] },
    );
    if (res.data) props.onMatched();
  }

  return (
    <Card withBorder component="section" aria-labelledby="match-sender-title">
      <Title order={2} size="h4" id="match-sender-title" mb="xs">
        {t('mailIn.match.title')}
      </Title>
      <Text size="sm" mb="sm" style={{ overflowWrap: 'anywhere' }}>
        {t('mailIn.match.from', { address: props.address || '—' })}
      </Text>
      <form onSubmit={submit} noValidate aria-labelledby="match-sender-title">
        <Stack gap="sm">
          {result.error && (
            <Alert color="red" role="alert">
              {describeError(t, result.error)}
            </Alert>
          )}
          <TextInput
            label={t('mailIn.match.search')}
            value={search}
            onChange={(e) => {
              setSearch(e.currentTarget.value);
              setPersonId('');
            }}
          />
          <NativeSelect
            label={t('mailIn.match.person')}
            required
            value={personId}
            error={missing ? t('mailIn.match.personRequired') : undefined}
            onChange={(e) => setPersonId(e.currentTarget.value)}
            data={[
              {
                value: '',
                label: fetching
                  ? t('mailIn.match.searching')
                  : t('mailIn.match.choose', { count: people.length }),
              },
              ...people.map((p) => ({
                value: p.id,
                label: `${p.displayName}${p.jobTitle ? `, ${p.jobTitle}` : ''}`,
              })),
            ]}
          />
          <Button type="submit" loading={result.fetching}>
            {t('mailIn.match.submit')}
          </Button>
        </Stack>
      </form>
    </Card>
  );
}

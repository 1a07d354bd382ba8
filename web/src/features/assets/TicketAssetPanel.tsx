import { Alert, Button, Card, Group, Stack, Text, TextInput, Title } from '@mantine/core';
import { useDeferredValue, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useMutation, useQuery } from 'urql';
import { describeError, errorCode, fieldProblems } from '../../app/errors';
import { AssetsQuery, LinkTicketAssetMutation } from './assets.graphql';

interface LinkedAsset {
  id: string;
  tag: string;
  name: string;
}

/** The asset a ticket is about; agents link another one or unlink it. */
export function TicketAssetPanel(props: {
  ticket: { id: string; version: number; tenant: { id: string }; asset?: LinkedAsset | null };
  isAgent: boolean;
  onChanged: () => void;
}) {
  const { t } = useTranslation();
  const { ticket } = props;
  const asset = ticket.asset ?? null;
  return (
    <Card withBorder component="section" aria-labelledby="ticket-asset-title">
      <Stack gap="xs">
        <Title order={2} size="h4" id="ticket-asset-title">
          {t('assets.ticket.title')}
        </Title>
        <Text data-testid="ticket-asset">
          {asset
            ? t('assets.ticket.linked', { name: asset.name, tag: asset.tag })
            : t('assets.ticket.none')}
        </Text>
        {props.isAgent && <AssetLinker {...props} />}
      </Stack>
    </Card>
  );
}

function AssetLinker(props: {
  ticket: { id: string; version: number; tenant: { id: string }; asset?: LinkedAsset | null };
  onChanged: () => void;
}) {
  const { t } = useTranslation();
  const { ticket } = props;
  const [search, setSearch] = useState('');
  const deferred = useDeferredValue(search.trim());
  const [{ data }, refresh] = useQuery({
    query: AssetsQuery,
    variables: { tenantId: ticket.tenant.id, search: deferred, first: 8 },
    pause: deferred.length < 2,
  });
  const [result, link] = useMutation(LinkTicketAssetMutation);
  const matches = (data?.assets ?? []).filter((a) => a.active && a.id !== ticket.asset?.id);
  const problem = fieldProblems(result.error).find((p) => p.field === 'assetId');

  async function choose(assetId: string | null) {
    const res = await link({ input: { ticketId: ticket.id, version: ticket.version, assetId } });
    if (!res.error) setSearch('');
    if (!res.error || errorCode(res.error) === 'CONFLICT') props.onChanged();
    // Deactivated since the search ran: ask again so it drops out of the matches.
    if (fieldProblems(res.error).some((p) => p.field === 'assetId')) {
      refresh({ requestPolicy: 'network-only' });
    }
  }

  return (
    <Stack gap="xs">
      {result.error && (
        <Alert color="red" role="alert">
          {problem
            ? t(`assets.errors.assetId.${problem.code}`, {
                defaultValue: describeError(t, result.error),
              })
            : describeError(t, result.error)}
        </Alert>
      )}
      {ticket.asset && (
        <Group>
          <Button
            size="xs"
            variant="default"
            loading={result.fetching}
            onClick={() => void choose(null)}
          >
            {t('assets.ticket.unlink')}
          </Button>
        </Group>
      )}
      <TextInput
        type="search"
        label={t('assets.ticket.find')}
        description={t('assets.ticket.findHint')}
        value={search}
        onChange={(e) => setSearch(e.currentTarget.value)}
      />
      {deferred.length >= 2 && data && (
        <Stack
          gap={4}
          component="ul"
          aria-label={t('assets.ticket.results')}
          style={{ listStyle: 'none', padding: 0, margin: 0 }}
        >
          {matches.length === 0 && (
            <Text component="li" size="sm" c="dimmed">
              {t('assets.ticket.noResults')}
            </Text>
          )}
          {matches.map((a) => (
            <li key={a.id}>
              <Button
                size="xs"
                variant="light"
                fullWidth
                justify="flex-start"
                onClick={() => void choose(a.id)}
              >
                {t('assets.ticket.link', { tag: a.tag })} · {a.name}
              </Button>
            </li>
          ))}
        </Stack>
      )}
    </Stack>
  );
}

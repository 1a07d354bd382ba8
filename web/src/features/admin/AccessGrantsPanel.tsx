import { Alert, Button, Group, Paper, Stack, Table, Text, TextInput, Title } from '@mantine/core';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useMutation, useQuery } from 'urql';
import { describeError, fieldProblems } from '../../app/errors';
import {
  GrantTenantAccessMutation,
  RevokeTenantAccessMutation,
  TenantAccessGrantsQuery,
} from './admin.graphql';

/** IT staff of other municipalities who serve this one (a shared IT team). */
export function AccessGrantsPanel({ tenantId }: { tenantId: string }) {
  const { t } = useTranslation();
  const [{ data }, refetch] = useQuery({ query: TenantAccessGrantsQuery, variables: { tenantId } });
  const [grantResult, grant] = useMutation(GrantTenantAccessMutation);
  const [revokeResult, revoke] = useMutation(RevokeTenantAccessMutation);
  const [username, setUsername] = useState('');
  const reload = () => refetch({ requestPolicy: 'network-only' });
  const notAgent = fieldProblems(grantResult.error).some((p) => p.code === 'NOT_AN_AGENT');

  async function submit(e: FormEvent) {
    e.preventDefault();
    if (!username.trim()) return;
    const res = await grant({ tenantId, username: username.trim() });
    if (!res.error) {
      setUsername('');
      reload();
    }
  }

  return (
    <Paper withBorder p="md">
      <Stack>
        <Title order={2} size="h4">
          {t('admin.access.title')}
        </Title>
        <Text size="sm">{t('admin.access.intro')}</Text>
        {(data?.tenantAccessGrants.length ?? 0) === 0 ? (
          <Text size="sm">{t('admin.access.none')}</Text>
        ) : (
          <Table>
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('admin.access.person')}</Table.Th>
                <Table.Th>{t('admin.access.home')}</Table.Th>
                <Table.Th>{t('admin.access.actions')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {data?.tenantAccessGrants.map((g) => (
                <Table.Tr key={g.id}>
                  <Table.Td>
                    {g.person.displayName} ({g.username})
                  </Table.Td>
                  <Table.Td>{g.homeTenantName}</Table.Td>
                  <Table.Td>
                    <Button
                      size="xs"
                      variant="outline"
                      color="red.9"
                      loading={revokeResult.fetching}
                      aria-label={t('admin.access.revokeFor', { name: g.person.displayName })}
                      onClick={() => void revoke({ id: g.id }).then(reload)}
                    >
                      {t('admin.access.revoke')}
                    </Button>
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        )}
        <form onSubmit={submit} noValidate>
          <Group align="flex-end">
            <TextInput
              style={{ flex: 1 }}
              label={t('admin.access.username')}
              value={username}
              error={notAgent ? t('admin.access.notAgent') : undefined}
              onChange={(e) => setUsername(e.currentTarget.value)}
            />
            <Button type="submit" loading={grantResult.fetching}>
              {t('admin.access.grant')}
            </Button>
          </Group>
        </form>
        {grantResult.error && !notAgent && (
          <Alert color="red" role="alert">
            {describeError(t, grantResult.error)}
          </Alert>
        )}
        {revokeResult.error && (
          <Alert color="red" role="alert">
            {describeError(t, revokeResult.error)}
          </Alert>
        )}
      </Stack>
    </Paper>
  );
}

import {
  Alert,
  Button,
  Group,
  Paper,
  Select,
  Stack,
  Table,
  TextInput,
  Title,
  VisuallyHidden,
} from '@mantine/core';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useMutation, useQuery } from 'urql';
import { describeError } from '../../app/errors';
import { OrgUnitsQuery, SaveOrgUnitMutation } from './admin.graphql';

interface Draft {
  id: string | null;
  code: string;
  name: string;
  parentId: string | null;
}

const EMPTY: Draft = { id: null, code: '', name: '', parentId: null };

export function OrgUnitsPanel({ tenantId }: { tenantId: string }) {
  const { t } = useTranslation();
  const [{ data }, refetch] = useQuery({ query: OrgUnitsQuery });
  const [result, save] = useMutation(SaveOrgUnitMutation);
  const [draft, setDraft] = useState<Draft>(EMPTY);
  const units = (data?.orgUnits ?? []).filter((u) => u.tenantId === tenantId);
  const nameOf = new Map(units.map((u) => [u.id, u.name]));

  async function submit(e: FormEvent) {
    e.preventDefault();
    const res = await save({
      input: {
        id: draft.id,
        tenantId,
        code: draft.code,
        name: draft.name,
        parentId: draft.parentId,
      },
    });
    if (!res.error) {
      setDraft(EMPTY);
      refetch({ requestPolicy: 'network-only' });
    }
  }

  return (
    <Stack>
      <Table striped>
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{t('admin.units.code')}</Table.Th>
            <Table.Th>{t('admin.units.name')}</Table.Th>
            <Table.Th>{t('admin.units.parent')}</Table.Th>
            <Table.Th>{t('admin.units.head')}</Table.Th>
            <Table.Th>
              <VisuallyHidden>{t('admin.units.edit')}</VisuallyHidden>
            </Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {units.map((u) => (
            <Table.Tr key={u.id}>
              <Table.Td>{u.code}</Table.Td>
              <Table.Td>{u.name}</Table.Td>
              <Table.Td>
                {u.parentId ? (nameOf.get(u.parentId) ?? '') : t('admin.units.none')}
              </Table.Td>
              <Table.Td>{u.head?.displayName ?? t('admin.units.none')}</Table.Td>
              <Table.Td>
                <Button
                  size="xs"
                  variant="subtle"
                  aria-label={t('admin.units.editing', { name: u.name })}
                  onClick={() =>
                    setDraft({ id: u.id, code: u.code, name: u.name, parentId: u.parentId ?? null })
                  }
                >
                  {t('admin.units.edit')}
                </Button>
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
      <Paper withBorder p="md">
        <form onSubmit={submit} noValidate>
          <Stack>
            <Title order={2} size="h4">
              {draft.id ? t('admin.units.editing', { name: draft.name }) : t('admin.units.add')}
            </Title>
            {result.error && (
              <Alert color="red" role="alert">
                {describeError(t, result.error)}
              </Alert>
            )}
            <Group grow align="flex-start">
              <TextInput
                label={t('admin.units.code')}
                required
                value={draft.code}
                onChange={(e) => setDraft({ ...draft, code: e.currentTarget.value })}
              />
              <TextInput
                label={t('admin.units.name')}
                required
                value={draft.name}
                onChange={(e) => setDraft({ ...draft, name: e.currentTarget.value })}
              />
              <Select
                label={t('admin.units.parent')}
                clearable
                value={draft.parentId}
                onChange={(v) => setDraft({ ...draft, parentId: v })}
                data={units
                  .filter((u) => u.id !== draft.id)
                  .map((u) => ({ value: u.id, label: u.name }))}
              />
            </Group>
            <Group>
              <Button type="submit" loading={result.fetching}>
                {t('admin.save')}
              </Button>
              {draft.id && (
                <Button variant="default" onClick={() => setDraft(EMPTY)}>
                  {t('admin.units.cancel')}
                </Button>
              )}
            </Group>
          </Stack>
        </form>
      </Paper>
    </Stack>
  );
}

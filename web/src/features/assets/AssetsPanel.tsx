import {
  Alert,
  Button,
  Checkbox,
  Group,
  NativeSelect,
  Paper,
  Stack,
  Table,
  Text,
  TextInput,
  Title,
  VisuallyHidden,
} from '@mantine/core';
import { useDeferredValue, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useMutation, useQuery, type CombinedError } from 'urql';
import { describeError, fieldProblems } from '../../app/errors';
import { formatKronor, parseKronor } from '@linje/shared';
import type { AssetKind, AssetStatus } from '../../gql/graphql';
import { AssetsCsvPanel } from './AssetsCsvPanel';
import {
  AssetUnitsQuery,
  AssetsQuery,
  SaveAssetMutation,
  SetAssetActiveMutation,
} from './assets.graphql';

export const ASSET_KINDS: AssetKind[] = [
  'COMPUTER',
  'PRINTER',
  'PHONE',
  'MONITOR',
  'NETWORK',
  'OTHER',
];

export const ASSET_STATUSES: AssetStatus[] = [
  'ORDERED',
  'IN_STOCK',
  'IN_USE',
  'IN_REPAIR',
  'RETIRED',
];

interface Draft {
  id: string | null;
  tag: string;
  name: string;
  kind: AssetKind;
  location: string;
  status: AssetStatus;
  model: string;
  serial: string;
  purchaseDate: string;
  price: string;
  assignedPersonId: string | null;
  assignedUnitId: string;
  shared: boolean;
}

const EMPTY: Draft = {
  id: null,
  tag: '',
  name: '',
  kind: 'COMPUTER',
  location: '',
  status: 'IN_USE',
  model: '',
  serial: '',
  purchaseDate: '',
  price: '',
  assignedPersonId: null,
  assignedUnitId: '',
  shared: false,
};
type Field = 'tag' | 'name' | 'location' | 'status' | 'model' | 'serial' | 'purchaseDate';

/** The municipality's asset register: search, add, edit and deactivate. */
export function AssetsPanel({ tenantId }: { tenantId: string }) {
  const { t } = useTranslation();
  const [search, setSearch] = useState('');
  const deferred = useDeferredValue(search.trim());
  const [{ data }, refetch] = useQuery({
    query: AssetsQuery,
    variables: { tenantId, search: deferred || null, first: 50 },
  });
  const [{ data: unitData }] = useQuery({ query: AssetUnitsQuery, variables: { tenantId } });
  const units = unitData?.orgUnits ?? [];
  const [result, save] = useMutation(SaveAssetMutation);
  const [priceError, setPriceError] = useState<string | null>(null);
  const [toggling, setActive] = useMutation(SetAssetActiveMutation);
  const [draft, setDraft] = useState<Draft>(EMPTY);
  const [saved, setSaved] = useState(false);
  const assets = data?.assets ?? [];

  const problems = fieldProblems(result.error);
  const fieldErrorFor = (field: Field | 'priceMinor'): string | null => {
    const p = problems.find((x) => x.field === field);
    if (!p) return null;
    return t(`assets.errors.${field}.${p.code}`, {
      ...p.params,
      defaultValue: t('errors.BAD_USER_INPUT'),
    });
  };
  const fieldError = (field: Field): string | null => fieldErrorFor(field);
  const generalError = (error: CombinedError | undefined) =>
    error && problems.length === 0 ? describeError(t, error) : null;

  async function submit(e: FormEvent) {
    e.preventDefault();
    setSaved(false);
    const priceMinor = draft.price.trim() ? parseKronor(draft.price) : null;
    if (draft.price.trim() && priceMinor === null) {
      setPriceError(t('assets.errors.priceMinor.INVALID'));
      return;
    }
    setPriceError(null);
    const res = await save(
      {
        input: {
          tenantId,
          id: draft.id,
          tag: draft.tag,
          name: draft.name,
          kind: draft.kind,
          location: draft.location || null,
          status: draft.status,
          model: draft.model || null,
          serial: draft.serial || null,
          purchaseDate: draft.purchaseDate || null,
          priceMinor,
          assignedPersonId: draft.assignedPersonId,
          assignedUnitId: draft.assignedUnitId || null,
          shared: draft.shared,
        },
      },
      { additionalTypenames: ['Asset'] },
    );
    if (!res.error) {
      setDraft(EMPTY);
      setSaved(true);
      refetch({ requestPolicy: 'network-only' });
    }
  }

  async function toggle(id: string, active: boolean) {
    await setActive({ id, active }, { additionalTypenames: ['Asset'] });
    refetch({ requestPolicy: 'network-only' });
  }

  const saveError = generalError(result.error);
  return (
    <Stack>
      <AssetsCsvPanel
        tenantId={tenantId}
        onImported={() => refetch({ requestPolicy: 'network-only' })}
      />
      <TextInput
        type="search"
        label={t('assets.search')}
        description={t('assets.searchHint')}
        value={search}
        onChange={(e) => setSearch(e.currentTarget.value)}
      />
      {toggling.error && (
        <Alert color="red" role="alert">
          {describeError(t, toggling.error)}
        </Alert>
      )}
      <Table.ScrollContainer minWidth={560}>
        <Table striped>
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('assets.tag')}</Table.Th>
              <Table.Th>{t('assets.name')}</Table.Th>
              <Table.Th>{t('assets.kind')}</Table.Th>
              <Table.Th>{t('assets.location')}</Table.Th>
              <Table.Th>{t('assets.assignedTo')}</Table.Th>
              <Table.Th>{t('assets.status')}</Table.Th>
              <Table.Th>
                <VisuallyHidden>{t('assets.edit')}</VisuallyHidden>
              </Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {assets.map((a) => (
              <Table.Tr key={a.id} data-testid="asset-row">
                <Table.Td ff="monospace">{a.tag}</Table.Td>
                <Table.Td>{a.name}</Table.Td>
                <Table.Td>{t(`assets.kinds.${a.kind}`)}</Table.Td>
                <Table.Td>{a.location ?? ''}</Table.Td>
                <Table.Td>
                  {[a.assignedPersonName, a.assignedUnitName].filter(Boolean).join(', ')}
                </Table.Td>
                <Table.Td>{t(`assets.statuses.${a.status}`)}</Table.Td>
                <Table.Td>
                  <Group gap="xs" wrap="nowrap">
                    <Button
                      size="xs"
                      variant="subtle"
                      aria-label={t('assets.editLabel', { tag: a.tag })}
                      onClick={() => {
                        setSaved(false);
                        setDraft({
                          id: a.id,
                          tag: a.tag,
                          name: a.name,
                          kind: a.kind,
                          location: a.location ?? '',
                          status: a.status,
                          model: a.model ?? '',
                          serial: a.serial ?? '',
                          purchaseDate: a.purchaseDate ?? '',
                          price: a.priceMinor === null ? '' : formatKronor(a.priceMinor),
                          assignedPersonId: a.assignedPersonId ?? null,
                          assignedUnitId: a.assignedUnitId ?? '',
                          shared: a.shared,
                        });
                      }}
                    >
                      {t('assets.edit')}
                    </Button>
                    <Button
                      size="xs"
                      variant="subtle"
                      color={a.active ? 'red' : undefined}
                      aria-label={t(
                        a.active ? 'assets.deactivateLabel' : 'assets.reactivateLabel',
                        {
                          tag: a.tag,
                        },
                      )}
                      onClick={() => void toggle(a.id, !a.active)}
                    >
                      {a.active ? t('assets.deactivate') : t('assets.reactivate')}
                    </Button>
                  </Group>
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
      {data && assets.length === 0 && <Text c="dimmed">{t('assets.none')}</Text>}
      <Paper withBorder p="md">
        <form onSubmit={submit} noValidate aria-labelledby="asset-form-title">
          <Stack>
            <Title order={2} size="h4" id="asset-form-title">
              {draft.id ? t('assets.editing', { tag: draft.tag }) : t('assets.add')}
            </Title>
            {saveError && (
              <Alert color="red" role="alert">
                {saveError}
              </Alert>
            )}
            {saved && (
              <Text role="status" className="text-success">
                {t('assets.saved')}
              </Text>
            )}
            <Group grow align="flex-start">
              <TextInput
                label={t('assets.tag')}
                description={t('assets.tagHint')}
                required
                maxLength={40}
                value={draft.tag}
                error={fieldError('tag')}
                onChange={(e) => setDraft({ ...draft, tag: e.currentTarget.value })}
              />
              <TextInput
                label={t('assets.name')}
                required
                maxLength={200}
                value={draft.name}
                error={fieldError('name')}
                onChange={(e) => setDraft({ ...draft, name: e.currentTarget.value })}
              />
            </Group>
            <Group grow align="flex-start">
              <NativeSelect
                label={t('assets.kind')}
                value={draft.kind}
                onChange={(e) => setDraft({ ...draft, kind: e.currentTarget.value as AssetKind })}
                data={ASSET_KINDS.map((k) => ({ value: k, label: t(`assets.kinds.${k}`) }))}
              />
              <TextInput
                label={t('assets.location')}
                maxLength={200}
                value={draft.location}
                error={fieldError('location')}
                onChange={(e) => setDraft({ ...draft, location: e.currentTarget.value })}
              />
            </Group>
            <Group grow align="flex-start">
              <NativeSelect
                label={t('assets.status')}
                value={draft.status}
                error={fieldError('status')}
                onChange={(e) =>
                  setDraft({ ...draft, status: e.currentTarget.value as AssetStatus })
                }
                data={ASSET_STATUSES.map((k) => ({ value: k, label: t(`assets.statuses.${k}`) }))}
              />
              <NativeSelect
                label={t('assets.unit')}
                value={draft.assignedUnitId}
                onChange={(e) => setDraft({ ...draft, assignedUnitId: e.currentTarget.value })}
                data={[
                  { value: '', label: t('assets.noUnit') },
                  ...units.map((u) => ({ value: u.id, label: u.name })),
                ]}
              />
            </Group>
            <Group grow align="flex-start">
              <TextInput
                label={t('assets.model')}
                maxLength={200}
                value={draft.model}
                error={fieldError('model')}
                onChange={(e) => setDraft({ ...draft, model: e.currentTarget.value })}
              />
              <TextInput
                label={t('assets.serial')}
                maxLength={100}
                value={draft.serial}
                error={fieldError('serial')}
                onChange={(e) => setDraft({ ...draft, serial: e.currentTarget.value })}
              />
            </Group>
            <Group grow align="flex-start">
              <TextInput
                type="date"
                label={t('assets.purchaseDate')}
                value={draft.purchaseDate}
                error={fieldError('purchaseDate')}
                onChange={(e) => setDraft({ ...draft, purchaseDate: e.currentTarget.value })}
              />
              <TextInput
                label={t('assets.price')}
                inputMode="decimal"
                value={draft.price}
                error={priceError ?? fieldErrorFor('priceMinor')}
                onChange={(e) => setDraft({ ...draft, price: e.currentTarget.value })}
              />
            </Group>
            <Checkbox
              label={t('assets.shared')}
              description={t('assets.sharedHint')}
              checked={draft.shared}
              onChange={(e) => setDraft({ ...draft, shared: e.currentTarget.checked })}
            />
            <Group>
              <Button type="submit" loading={result.fetching}>
                {t('assets.save')}
              </Button>
              {draft.id && (
                <Button variant="default" onClick={() => setDraft(EMPTY)}>
                  {t('assets.cancel')}
                </Button>
              )}
            </Group>
          </Stack>
        </form>
      </Paper>
    </Stack>
  );
}

import {
  Alert,
  Button,
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
import type { TFunction } from 'i18next';
import { useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useMutation, useQuery, type CombinedError } from 'urql';
import { describeError, fieldProblems } from '../../app/errors';
import {
  CategoriesForAdminQuery,
  SaveCategoryMutation,
  SetCategoryActiveMutation,
} from './categories.graphql';

const NAME_MAX = 100;

interface Category {
  id: string;
  name: string;
  parentId?: string | null;
  active: boolean;
  openTickets: number;
}

interface Draft {
  id: string | null;
  name: string;
  parentId: string;
  /** The name before editing, for the form's heading. */
  original: string;
}

const EMPTY: Draft = { id: null, name: '', parentId: '', original: '' };

/** Translated field problems, falling back to the error's general message. */
function describe(t: TFunction, error: CombinedError): { field: string | null; text: string }[] {
  const problems = fieldProblems(error);
  if (problems.length === 0) return [{ field: null, text: describeError(t, error) }];
  return problems.map((p) => ({
    field: p.field,
    text: t(`admin.categories.errors.${p.field}.${p.code}`, {
      ...p.params,
      defaultValue: describeError(t, error),
    }),
  }));
}

/** The municipality's ticket categories: two levels, subcategories under their main category. */
export function CategoriesPanel({ tenantId }: { tenantId: string }) {
  const { t } = useTranslation();
  const [{ data, error: loadError }, refetch] = useQuery({
    query: CategoriesForAdminQuery,
    variables: { tenantId },
  });
  const [saveResult, save] = useMutation(SaveCategoryMutation);
  const [activeResult, setActive] = useMutation(SetCategoryActiveMutation);
  const [draft, setDraft] = useState<Draft>(EMPTY);
  const [notice, setNotice] = useState<string | null>(null);
  const nameInput = useRef<HTMLInputElement>(null);

  const all: Category[] = data?.categoriesForAdmin ?? [];
  const tops = all.filter((c) => !c.parentId);
  const childrenOf = (id: string) => all.filter((c) => c.parentId === id);
  const rows = tops.flatMap((top) => [top, ...childrenOf(top.id)]);
  const nameOf = new Map(all.map((c) => [c.id, c.name]));

  const saveProblems = saveResult.error ? describe(t, saveResult.error) : [];
  const errorFor = (field: string) =>
    saveProblems
      .filter((p) => p.field === field)
      .map((p) => p.text)
      .join(' ') || null;
  const otherProblems = saveProblems.filter((p) => p.field !== 'name' && p.field !== 'parentId');
  const activeProblems = activeResult.error ? describe(t, activeResult.error) : [];

  function edit(next: Draft) {
    setNotice(null);
    setDraft(next);
    // The form sits below the table; take keyboard users straight to the field.
    requestAnimationFrame(() => nameInput.current?.focus());
  }

  async function submit(e: FormEvent) {
    e.preventDefault();
    setNotice(null);
    const res = await save({
      input: { tenantId, id: draft.id, name: draft.name, parentId: draft.parentId || null },
    });
    const saved = res.data?.saveCategory;
    if (saved) {
      setNotice(t('admin.categories.saved', { name: saved.name }));
      setDraft(EMPTY);
      refetch({ requestPolicy: 'network-only' });
    }
  }

  async function toggle(c: Category) {
    setNotice(null);
    const res = await setActive({ id: c.id, active: !c.active });
    const changed = res.data?.setCategoryActive;
    if (changed) {
      setNotice(
        t(changed.active ? 'admin.categories.reactivated' : 'admin.categories.deactivated', {
          name: changed.name,
        }),
      );
      refetch({ requestPolicy: 'network-only' });
    }
  }

  // A category with subcategories stays a main category; only main categories can be parents.
  const parentChoices = tops.filter(
    (c) => c.id !== draft.id && (c.active || c.id === draft.parentId),
  );
  const canHaveParent = !draft.id || childrenOf(draft.id).length === 0;

  return (
    <Stack>
      <Text>{t('admin.categories.intro')}</Text>
      {loadError && (
        <Alert color="red" role="alert">
          {describeError(t, loadError)}
        </Alert>
      )}
      <div role="status" aria-live="polite">
        {notice && (
          <Alert color="green" variant="light">
            {notice}
          </Alert>
        )}
      </div>
      {activeProblems.length > 0 && (
        <Alert color="red" role="alert">
          {activeProblems.map((p) => p.text).join(' ')}
        </Alert>
      )}
      {data && rows.length === 0 && <Text c="dimmed">{t('admin.categories.empty')}</Text>}
      {rows.length > 0 && (
        <Table.ScrollContainer minWidth={560}>
          <Table striped>
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('admin.categories.name')}</Table.Th>
                <Table.Th>{t('admin.categories.status')}</Table.Th>
                <Table.Th ta="right">{t('admin.categories.openTickets')}</Table.Th>
                <Table.Th>
                  <VisuallyHidden>{t('admin.categories.actions')}</VisuallyHidden>
                </Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {rows.map((c) => {
                const parentName = c.parentId ? (nameOf.get(c.parentId) ?? '') : null;
                const parentInactive = c.parentId
                  ? all.find((p) => p.id === c.parentId)?.active === false
                  : false;
                return (
                  <Table.Tr key={c.id} data-testid={`category-${c.id}`}>
                    <Table.Td pl={parentName !== null ? 'xl' : undefined}>
                      <Text
                        span
                        fw={parentName === null ? 600 : undefined}
                        c={c.active ? undefined : 'dimmed'}
                      >
                        {c.name}
                      </Text>
                      {parentName !== null && (
                        <VisuallyHidden>
                          {`, ${t('admin.categories.subcategoryOf', { name: parentName })}`}
                        </VisuallyHidden>
                      )}
                    </Table.Td>
                    <Table.Td>
                      {c.active ? t('admin.categories.active') : t('admin.categories.inactive')}
                    </Table.Td>
                    <Table.Td ta="right">{c.openTickets}</Table.Td>
                    <Table.Td>
                      <Group gap="xs" justify="flex-end" wrap="nowrap">
                        {parentName === null && c.active && (
                          <Button
                            size="xs"
                            variant="subtle"
                            aria-label={t('admin.categories.addSubTo', { name: c.name })}
                            onClick={() => edit({ ...EMPTY, parentId: c.id })}
                          >
                            {t('admin.categories.addSub')}
                          </Button>
                        )}
                        <Button
                          size="xs"
                          variant="subtle"
                          aria-label={t('admin.categories.renameLabel', { name: c.name })}
                          onClick={() =>
                            edit({
                              id: c.id,
                              name: c.name,
                              parentId: c.parentId ?? '',
                              original: c.name,
                            })
                          }
                        >
                          {t('admin.categories.rename')}
                        </Button>
                        <Button
                          size="xs"
                          variant="default"
                          disabled={!c.active && parentInactive}
                          loading={
                            activeResult.fetching && activeResult.operation?.variables.id === c.id
                          }
                          aria-label={t(
                            c.active
                              ? 'admin.categories.deactivateLabel'
                              : 'admin.categories.reactivateLabel',
                            { name: c.name },
                          )}
                          onClick={() => void toggle(c)}
                        >
                          {c.active
                            ? t('admin.categories.deactivate')
                            : t('admin.categories.reactivate')}
                        </Button>
                      </Group>
                    </Table.Td>
                  </Table.Tr>
                );
              })}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      )}
      <Paper withBorder p="md">
        <form onSubmit={submit} noValidate>
          <Stack>
            <Title order={2} size="h4">
              {draft.id
                ? t('admin.categories.renaming', { name: draft.original })
                : draft.parentId
                  ? t('admin.categories.addSubTo', { name: nameOf.get(draft.parentId) ?? '' })
                  : t('admin.categories.add')}
            </Title>
            {otherProblems.length > 0 && (
              <Alert color="red" role="alert">
                {otherProblems.map((p) => p.text).join(' ')}
              </Alert>
            )}
            <Group grow align="flex-start">
              <TextInput
                ref={nameInput}
                label={t('admin.categories.name')}
                required
                maxLength={NAME_MAX}
                value={draft.name}
                error={errorFor('name')}
                onChange={(e) => setDraft({ ...draft, name: e.currentTarget.value })}
              />
              <NativeSelect
                label={t('admin.categories.parent')}
                value={draft.parentId}
                disabled={!canHaveParent}
                error={errorFor('parentId')}
                onChange={(e) => setDraft({ ...draft, parentId: e.currentTarget.value })}
                data={[
                  { value: '', label: t('admin.categories.noParent') },
                  ...parentChoices.map((c) => ({ value: c.id, label: c.name })),
                ]}
              />
            </Group>
            <Group>
              <Button type="submit" loading={saveResult.fetching}>
                {t('admin.save')}
              </Button>
              {(draft.id || draft.parentId) && (
                <Button variant="default" onClick={() => setDraft(EMPTY)}>
                  {t('admin.categories.cancel')}
                </Button>
              )}
            </Group>
          </Stack>
        </form>
      </Paper>
    </Stack>
  );
}

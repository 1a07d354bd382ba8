import { Group, NativeSelect, TextInput } from '@mantine/core';
import { OPEN_TICKET_STATUSES, TICKET_STATUSES } from '@linje/shared';
import { useState, type ChangeEvent, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useQuery } from 'urql';
import type { QueueSort, TicketPriority, TicketStatus } from '../../gql/graphql';
import type { QueueFilterValues } from './filters';
import { QueueCategoriesQuery, QueueFilterOptionsQuery } from './queue.graphql';

const PRIORITIES: TicketPriority[] = ['CRITICAL', 'HIGH', 'MEDIUM', 'LOW'];
const SORTS: QueueSort[] = ['SLA_DUE', 'PRIORITY', 'CREATED_DESC'];
// Sentinels cannot collide with ids (UUIDs) or enum values.
const AS_SAVED = '~saved';
const OPEN = '~open';
const ME = '~me';
const UNASSIGNED = '~unassigned';
const OVERDUE = '~overdue';

interface Option {
  value: string;
  label: string;
}

const sameSet = (a: readonly string[], b: readonly string[]) =>
  a.length === b.length && a.every((v) => b.includes(v));

/**
 * The filter bar of the agents' queue. Every select names one value or "any"; a saved view
 * may carry a combination a select cannot name (several groups, a person not listed here),
 * which the select then shows as "as in the saved view" until something else is chosen.
 */
export function QueueFilters({
  filters: f,
  onChange,
}: {
  filters: QueueFilterValues;
  onChange: (next: QueueFilterValues) => void;
}) {
  const { t, i18n } = useTranslation();
  const [{ data }] = useQuery({ query: QueueFilterOptionsQuery });
  const chosenTenant = f.tenantIds.length === 1 ? f.tenantIds[0] : undefined;
  const [{ data: catalogue }] = useQuery({
    query: QueueCategoriesQuery,
    variables: { tenantId: chosenTenant ?? null },
  });
  const [draft, setDraft] = useState(f.text);
  // A saved view brings its own search text; the box shows it (adjusting state during render).
  const [shownText, setShownText] = useState(f.text);
  if (shownText !== f.text) {
    setShownText(f.text);
    setDraft(f.text);
  }

  const tenants = data?.viewer?.tenants ?? [];
  const codes = new Map(tenants.map((x) => [x.id, x.code]));
  const byName = (a: string, b: string) => a.localeCompare(b, i18n.language);

  /** A select's value and options for a list filter; "as saved" when no option names the list. */
  function listSelect(values: readonly string[], any: string, options: Option[]) {
    const value =
      values.length === 0
        ? ''
        : values.length === 1 && options.some((o) => o.value === values[0])
          ? (values[0] ?? '')
          : AS_SAVED;
    return {
      value,
      data: [
        { value: '', label: any },
        ...options,
        ...(value === AS_SAVED ? [{ value: AS_SAVED, label: t('queue.filter.asSaved') }] : []),
      ],
    };
  }
  const pick = (value: string) => (value ? [value] : []);

  const tenantSelect = listSelect(
    f.tenantIds,
    t('queue.filter.allMunicipalities'),
    tenants.map((x) => ({
      value: x.id,
      label: t('queue.filter.tenantOption', { name: x.name, code: x.code }),
    })),
  );

  const statusValue =
    f.statuses.length === 0
      ? ''
      : sameSet(f.statuses, OPEN_TICKET_STATUSES)
        ? OPEN
        : f.statuses.length === 1
          ? (f.statuses[0] ?? '')
          : AS_SAVED;
  const statusData: Option[] = [
    { value: OPEN, label: t('queue.filter.openStatuses') },
    ...TICKET_STATUSES.map((s) => ({ value: s, label: t(`status.${s}`) })),
    { value: '', label: t('queue.filter.allStatuses') },
    ...(statusValue === AS_SAVED ? [{ value: AS_SAVED, label: t('queue.filter.asSaved') }] : []),
  ];

  const people = [...(data?.itStaff ?? [])].sort((a, b) => byName(a.displayName, b.displayName));
  const onlyMe = f.assignedToMe && !f.unassigned && f.operatorIds.length === 0;
  const onlyUnassigned = f.unassigned && !f.assignedToMe && f.operatorIds.length === 0;
  const onePerson =
    !f.assignedToMe && !f.unassigned && f.operatorIds.length === 1 ? f.operatorIds[0] : undefined;
  const assigneeValue = onlyMe
    ? ME
    : onlyUnassigned
      ? UNASSIGNED
      : !f.assignedToMe && !f.unassigned && f.operatorIds.length === 0
        ? ''
        : onePerson && people.some((p) => p.id === onePerson)
          ? onePerson
          : AS_SAVED;
  const assigneeData: Option[] = [
    { value: '', label: t('queue.filter.anyone') },
    { value: ME, label: t('queue.filter.me') },
    { value: UNASSIGNED, label: t('queue.filter.unassigned') },
    ...people.map((p) => ({ value: p.id, label: p.displayName })),
    ...(assigneeValue === AS_SAVED ? [{ value: AS_SAVED, label: t('queue.filter.asSaved') }] : []),
  ];

  const lineLabel = (line: number) =>
    line === 1 || line === 2
      ? t(`queue.filter.lines.${line}`)
      : t('queue.filter.otherLine', { line });
  const groups = (data?.operatorGroups ?? [])
    .filter((g) => !chosenTenant || g.tenantId === chosenTenant)
    .map((g) => ({ ...g, code: codes.get(g.tenantId) ?? '' }))
    .sort((a, b) => byName(a.code, b.code) || a.line - b.line || byName(a.name, b.name));
  const groupSelect = listSelect(
    f.groupIds,
    t('queue.filter.anyGroup'),
    groups.map((g) => ({
      value: g.id,
      label: t('queue.filter.groupOption', { name: g.name, code: g.code, line: lineLabel(g.line) }),
    })),
  );

  const categories = catalogue?.ticketCategories ?? [];
  const known = new Set(categories.map((c) => c.id));
  const topLevel = categories.filter((c) => !c.parentId || !known.has(c.parentId));
  const categorySelect = listSelect(
    f.categoryIds,
    t('queue.filter.anyCategory'),
    topLevel.flatMap((parent) => [
      { value: parent.id, label: parent.name },
      ...categories
        .filter((c) => c.parentId === parent.id)
        .map((c) => ({
          value: c.id,
          label: t('queue.filter.subcategory', { parent: parent.name, child: c.name }),
        })),
    ]),
  );

  const prioritySelect = listSelect(
    f.priorities,
    t('queue.anyPriority'),
    PRIORITIES.map((p) => ({ value: p, label: t(`priority.${p}`) })),
  );

  /** Another municipality has other categories and groups; those chosen no longer apply. */
  function chooseTenant(value: string) {
    const tenantIds = pick(value);
    const groupTenant = new Map((data?.operatorGroups ?? []).map((g) => [g.id, g.tenantId]));
    onChange({
      ...f,
      tenantIds,
      categoryIds: [],
      groupIds: value ? f.groupIds.filter((id) => groupTenant.get(id) === value) : f.groupIds,
    });
  }

  function chooseStatus(value: string) {
    const statuses: TicketStatus[] =
      value === OPEN ? [...OPEN_TICKET_STATUSES] : TICKET_STATUSES.filter((s) => s === value);
    onChange({ ...f, statuses });
  }

  function chooseAssignee(value: string) {
    onChange({
      ...f,
      assignedToMe: value === ME,
      unassigned: value === UNASSIGNED,
      operatorIds: value === ME || value === UNASSIGNED ? [] : pick(value),
    });
  }

  function search(e: FormEvent) {
    e.preventDefault();
    onChange({ ...f, text: draft.trim() });
  }

  // Choosing "as in the saved view" again changes nothing.
  const choose = (handle: (value: string) => void) => (e: ChangeEvent<HTMLSelectElement>) => {
    if (e.currentTarget.value !== AS_SAVED) handle(e.currentTarget.value);
  };

  return (
    <Group align="flex-end" mb="sm" component="section" aria-label={t('queue.filters')}>
      {tenants.length > 1 && (
        <NativeSelect
          label={t('queue.filter.municipality')}
          value={tenantSelect.value}
          onChange={choose(chooseTenant)}
          data={tenantSelect.data}
        />
      )}
      <NativeSelect
        label={t('queue.filter.status')}
        value={statusValue}
        onChange={choose(chooseStatus)}
        data={statusData}
      />
      <NativeSelect
        label={t('queue.filter.assignee')}
        value={assigneeValue}
        onChange={choose(chooseAssignee)}
        data={assigneeData}
      />
      <NativeSelect
        label={t('queue.filter.group')}
        value={groupSelect.value}
        onChange={choose((v) => onChange({ ...f, groupIds: pick(v) }))}
        data={groupSelect.data}
      />
      <NativeSelect
        label={t('queue.filter.category')}
        value={categorySelect.value}
        onChange={choose((v) => onChange({ ...f, categoryIds: pick(v) }))}
        data={categorySelect.data}
      />
      <NativeSelect
        label={t('queue.filter.deadline')}
        value={f.overdue ? OVERDUE : ''}
        onChange={choose((v) => onChange({ ...f, overdue: v === OVERDUE }))}
        data={[
          { value: '', label: t('queue.filter.anyDeadline') },
          { value: OVERDUE, label: t('queue.filter.overdue') },
        ]}
      />
      <NativeSelect
        label={t('queue.priorityFilter')}
        value={prioritySelect.value}
        onChange={choose((v) => onChange({ ...f, priorities: PRIORITIES.filter((p) => p === v) }))}
        data={prioritySelect.data}
      />
      <NativeSelect
        label={t('queue.sort')}
        value={f.sort}
        onChange={choose((v) => onChange({ ...f, sort: SORTS.find((s) => s === v) ?? 'SLA_DUE' }))}
        data={SORTS.map((s) => ({ value: s, label: t(`queue.sorts.${s}`) }))}
      />
      <form onSubmit={search} role="search">
        <TextInput
          label={t('queue.search')}
          placeholder={t('queue.searchHint')}
          value={draft}
          onChange={(e) => setDraft(e.currentTarget.value)}
          w={320}
        />
      </form>
    </Group>
  );
}

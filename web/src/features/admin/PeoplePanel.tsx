import {
  Alert,
  Button,
  Checkbox,
  Group,
  Paper,
  Select,
  SimpleGrid,
  Stack,
  TextInput,
  Title,
} from '@mantine/core';
import { ROLES } from '@linje/shared';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useMutation, useQuery } from 'urql';
import { describeError, fieldProblems } from '../../app/errors';
import { StaffSearchQuery } from '../staff/staff.graphql';
import { PersonDataPanel } from '../privacy/PersonDataPanel';
import { AccessGrantsPanel } from './AccessGrantsPanel';
import { CreatePersonMutation, SetPersonRolesMutation } from './admin.graphql';

const KINDS = ['EMPLOYEE', 'SUBSTITUTE', 'CONSULTANT', 'INTERN', 'CONTRACTOR'] as const;

const EMPTY = {
  givenName: '',
  surname: '',
  birthDate: '',
  email: '',
  mobile: '',
  jobTitle: '',
  kind: 'EMPLOYEE',
  startDate: '',
  endDate: '',
};

export function PeoplePanel({ tenantId }: { tenantId: string }) {
  const { t, i18n } = useTranslation();
  const [form, setForm] = useState(EMPTY);
  const [created, setCreated] = useState<string | null>(null);
  const [result, create] = useMutation(CreatePersonMutation);
  const problems = fieldProblems(result.error);
  const errorFor = (field: string) => problems.find((p) => p.field === field)?.code;
  const time = new Intl.DateTimeFormat(i18n.language, { dateStyle: 'medium', timeStyle: 'short' });

  async function submit(e: FormEvent) {
    e.preventDefault();
    setCreated(null);
    const blankAsNull = (v: string) => (v.trim() === '' ? null : v);
    const res = await create({
      input: {
        tenantId,
        givenName: form.givenName,
        surname: form.surname,
        birthDate: blankAsNull(form.birthDate),
        email: blankAsNull(form.email),
        mobile: blankAsNull(form.mobile),
        jobTitle: blankAsNull(form.jobTitle),
        kind: form.kind,
        startDate: blankAsNull(form.startDate),
        endDate: blankAsNull(form.endDate),
      },
    });
    const p = res.data?.createPerson;
    if (p) {
      setCreated(
        t('admin.people.created', {
          name: p.displayName,
          username: p.username,
          time: p.activeFrom ? time.format(new Date(p.activeFrom)) : '',
        }),
      );
      setForm(EMPTY);
    }
  }

  const text = (key: keyof typeof EMPTY, required = false) => (
    <TextInput
      label={t(`admin.people.${key}`)}
      required={required}
      value={form[key]}
      error={errorFor(key)}
      onChange={(e) => setForm({ ...form, [key]: e.currentTarget.value })}
    />
  );

  return (
    <Stack>
      <Paper withBorder p="md">
        <form onSubmit={submit} noValidate>
          <Stack>
            <Title order={2} size="h4">
              {t('admin.people.add')}
            </Title>
            {result.error && (
              <Alert color="red" role="alert">
                {describeError(t, result.error)}
              </Alert>
            )}
            {created && (
              <Alert color="green" role="status">
                {created}
              </Alert>
            )}
            <SimpleGrid cols={{ base: 1, sm: 2 }}>
              {text('givenName', true)}
              {text('surname', true)}
              {text('birthDate')}
              {text('email')}
              {text('mobile')}
              {text('jobTitle')}
              <Select
                label={t('admin.people.kind')}
                value={form.kind}
                allowDeselect={false}
                onChange={(v) => v && setForm({ ...form, kind: v })}
                data={KINDS.map((k) => ({ value: k, label: t(`admin.people.kinds.${k}`) }))}
              />
              {text('startDate')}
              {text('endDate')}
            </SimpleGrid>
            <Button type="submit" loading={result.fetching} style={{ alignSelf: 'flex-start' }}>
              {t('admin.save')}
            </Button>
          </Stack>
        </form>
      </Paper>
      <RolesEditor />
      <AccessGrantsPanel tenantId={tenantId} />
      <PersonDataPanel />
    </Stack>
  );
}

function RolesEditor() {
  const { t } = useTranslation();
  const [input, setInput] = useState('');
  const [query, setQuery] = useState('');
  const [{ data }] = useQuery({ query: StaffSearchQuery, variables: { query }, pause: !query });
  const [selected, setSelected] = useState<string | null>(null);
  const [roles, setRoles] = useState<string[]>([]);
  const [result, save] = useMutation(SetPersonRolesMutation);
  const [saved, setSaved] = useState(false);
  const people = data?.staffSearch ?? [];

  return (
    <Paper withBorder p="md">
      <Stack>
        <Title order={2} size="h4">
          {t('admin.people.roles')}
        </Title>
        <form
          role="search"
          onSubmit={(e) => {
            e.preventDefault();
            setQuery(input.trim());
          }}
        >
          <Group align="flex-end">
            <TextInput
              style={{ flex: 1 }}
              label={t('admin.people.find')}
              value={input}
              onChange={(e) => setInput(e.currentTarget.value)}
            />
            <Button type="submit" variant="light">
              {t('staff.searchButton')}
            </Button>
          </Group>
        </form>
        {people.length > 0 && (
          <Select
            label={t('staff.title')}
            value={selected}
            onChange={(v) => {
              setSelected(v);
              setSaved(false);
              setRoles(people.find((p) => p.id === v)?.roles ?? []);
            }}
            data={people.map((p) => ({ value: p.id, label: `${p.displayName} (${p.username})` }))}
          />
        )}
        {selected && (
          <>
            <Checkbox.Group label={t('admin.people.roles')} value={roles} onChange={setRoles}>
              <SimpleGrid cols={{ base: 1, sm: 3 }} mt="xs">
                {ROLES.map((r) => (
                  <Checkbox key={r} value={r} label={t(`profile.roleNames.${r}`)} />
                ))}
              </SimpleGrid>
            </Checkbox.Group>
            {result.error && (
              <Alert color="red" role="alert">
                {describeError(t, result.error)}
              </Alert>
            )}
            {saved && (
              <Alert color="green" role="status">
                {t('admin.saved')}
              </Alert>
            )}
            <Button
              style={{ alignSelf: 'flex-start' }}
              loading={result.fetching}
              onClick={() => void save({ id: selected, roles }).then((res) => setSaved(!res.error))}
            >
              {t('admin.people.saveRoles')}
            </Button>
          </>
        )}
      </Stack>
    </Paper>
  );
}

import {
  Alert,
  Button,
  Card,
  Container,
  Group,
  NativeSelect,
  Stack,
  Text,
  TextInput,
  Title,
} from '@mantine/core';
import { useMemo, useState, type FormEvent, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useMutation, useQuery } from 'urql';
import { describeError, fieldProblems } from '../../app/errors';
import {
  WEEKDAYS,
  problemsByPath,
  toForm,
  toJson,
  type CalendarForm,
  type Interval,
} from './calendar-form';
import { TargetsForms } from './TargetsForms';
import { BusinessCalendarsQuery, SaveBusinessCalendarMutation } from './calendars.graphql';

/** Mantine's default error red (#fa5252) fails AA on white; a darker red keeps field errors readable. */
const FIELD_ERROR_STYLES = {
  error: { color: 'var(--mantine-color-red-9)' },
  input: { color: 'var(--mantine-color-text)' },
};

/** IT leads and administrators view and change a municipality's business calendars. */
export function CalendarsPage({
  tenantId: ownTenant,
  canEditSla,
}: {
  tenantId: string;
  /** IT leads set SLA targets of their own municipality. */
  canEditSla: boolean;
}) {
  const { t } = useTranslation();
  const [tenantId, setTenantId] = useState(ownTenant);
  const [{ data }, refetch] = useQuery({ query: BusinessCalendarsQuery, variables: { tenantId } });
  const [saved, save] = useMutation(SaveBusinessCalendarMutation);
  const calendars = useMemo(() => data?.businessCalendars ?? [], [data]);
  const [newName, setNewName] = useState('');
  // The calendar being edited; until one is chosen or changed, the first one as stored.
  const [edit, setEdit] = useState<{ name: string; form: CalendarForm } | null>(null);
  const [done, setDone] = useState(false);
  const [newDates, setNewDates] = useState({ closed: '', open: '', special: '' });

  const first = calendars[0];
  const current = edit ?? (first ? { name: first.name, form: toForm(first.calendar) } : null);
  const name = current?.name ?? '';
  const form = current?.form ?? null;

  const problems = problemsByPath(fieldProblems(saved.error));
  const problemOf = (path: string): ReactNode => {
    const list = problems.get(path);
    return list ? list.map((detail) => t('calendars.problem', { detail })).join(' ') : undefined;
  };
  const update = (change: (f: CalendarForm) => CalendarForm) => {
    setDone(false);
    if (current) setEdit({ name: current.name, form: change(current.form) });
  };
  const setInterval = (day: string, index: number, part: keyof Interval, value: string) =>
    update((f) => ({
      ...f,
      weekly: {
        ...f.weekly,
        [day]: (f.weekly[day] ?? []).map((iv, i) => (i === index ? { ...iv, [part]: value } : iv)),
      },
    }));

  const choose = (next: string) => {
    const c = calendars.find((x) => x.name === next);
    setDone(false);
    if (c) setEdit({ name: c.name, form: toForm(c.calendar) });
  };
  const createNew = () => {
    // A new calendar starts as a copy of the one shown.
    if (!form || !newName.trim()) return;
    setEdit({ name: newName.trim(), form });
    setNewName('');
  };
  const submit = async (e: FormEvent) => {
    e.preventDefault();
    if (!form) return;
    setDone(false);
    const res = await save({ tenantId, name, calendar: toJson(form) });
    if (!res.error) {
      setDone(true);
      refetch({ requestPolicy: 'network-only' });
    }
  };

  const dateList = (
    key: 'closedDates' | 'openDates',
    newKey: 'closed' | 'open',
    label: string,
    hint: string,
  ) => (
    <Stack gap="xs" component="fieldset" style={{ border: 0, padding: 0, margin: 0 }}>
      <Text component="legend" fw={600}>
        {label}
      </Text>
      <Text size="sm">{hint}</Text>
      {form?.[key].map((d, i) => (
        <Group key={d + i} gap="xs">
          <Text size="sm" c={problems.get(`${key}[${i}]`) ? 'red.9' : undefined}>
            {d} {problemOf(`${key}[${i}]`)}
          </Text>
          <Button
            size="compact-sm"
            variant="subtle"
            c="var(--linje-danger-text)"
            onClick={() => update((f) => ({ ...f, [key]: f[key].filter((_, j) => j !== i) }))}
          >
            {t('calendars.removeDate', { date: d })}
          </Button>
        </Group>
      ))}
      {problems.get(key) && (
        <Text size="sm" c="var(--linje-danger-text)">
          {problemOf(key)}
        </Text>
      )}
      <Group gap="xs" align="end">
        <TextInput
          styles={FIELD_ERROR_STYLES}
          type="date"
          label={`${label}: ${t('calendars.date')}`}
          value={newDates[newKey]}
          onChange={(e) => {
            const value = e.currentTarget.value;
            setNewDates((n) => ({ ...n, [newKey]: value }));
          }}
        />
        <Button
          variant="light"
          onClick={() => {
            const d = newDates[newKey];
            if (!d) return;
            update((f) => ({ ...f, [key]: [...f[key], d].sort() }));
            setNewDates((n) => ({ ...n, [newKey]: '' }));
          }}
        >
          {t('calendars.addDate')}
        </Button>
      </Group>
    </Stack>
  );

  const served = data?.viewer?.tenants ?? [];
  return (
    <Container size="md" px="sm">
      <Stack gap="lg">
        <Title order={1} size="h2">
          {t('calendars.title')}
        </Title>
        <Text>{t('calendars.intro')}</Text>
        <Group align="end" gap="sm">
          {served.length > 1 && (
            <NativeSelect
              label={t('calendars.municipality')}
              value={tenantId}
              onChange={(e) => {
                setTenantId(e.currentTarget.value);
                setEdit(null);
              }}
              data={served.map((m) => ({ value: m.id, label: m.name }))}
            />
          )}
          <NativeSelect
            label={t('calendars.calendar')}
            value={name}
            onChange={(e) => choose(e.currentTarget.value)}
            data={[
              ...calendars.map((c) => ({
                value: c.name,
                label: c.stored ? c.name : t('calendars.standard', { name: c.name }),
              })),
              ...(name && !calendars.some((c) => c.name === name)
                ? [{ value: name, label: name }]
                : []),
            ]}
          />
          <TextInput
            styles={FIELD_ERROR_STYLES}
            label={t('calendars.newName')}
            description={t('calendars.newNameHint')}
            value={newName}
            onChange={(e) => setNewName(e.currentTarget.value.toUpperCase())}
          />
          <Button variant="light" onClick={createNew}>
            {t('calendars.create')}
          </Button>
        </Group>

        {form && (
          <form onSubmit={(e) => void submit(e)} noValidate>
            <Stack gap="lg">
              {done && (
                <Alert color="green" role="status">
                  {t('calendars.saved')}
                </Alert>
              )}
              {saved.error && (
                <Alert color="red" role="alert">
                  {problems.size > 0 ? t('calendars.problems') : describeError(t, saved.error)}
                  {problemOf('') && <Text size="sm">{problemOf('')}</Text>}
                  {problemOf('name') && <Text size="sm">{problemOf('name')}</Text>}
                </Alert>
              )}
              <Group gap="sm" align="start">
                <TextInput
                  styles={FIELD_ERROR_STYLES}
                  label={t('calendars.timeZone')}
                  value={form.timeZone}
                  onChange={(e) => {
                    const timeZone = e.currentTarget.value;
                    update((f) => ({ ...f, timeZone }));
                  }}
                  error={problemOf('timeZone')}
                  required
                />
                <TextInput
                  styles={FIELD_ERROR_STYLES}
                  label={t('calendars.country')}
                  description={t('calendars.countryHint')}
                  value={form.country}
                  maxLength={2}
                  onChange={(e) => {
                    const country = e.currentTarget.value.toUpperCase();
                    update((f) => ({ ...f, country }));
                  }}
                  error={problemOf('holidays') ?? problemOf('holidays.country')}
                />
              </Group>

              <Card withBorder component="section" aria-labelledby="cal-weekly">
                <Title order={2} size="h3" id="cal-weekly" mb="xs">
                  {t('calendars.weekly')}
                </Title>
                <Stack gap="sm">
                  {WEEKDAYS.map((day) => {
                    const dayName = t(`calendars.day${day}`);
                    const list = form.weekly[day] ?? [];
                    return (
                      <Stack key={day} gap={4} data-testid={`weekday-${day}`}>
                        <Text fw={600}>
                          {dayName}
                          {list.length === 0 ? ` — ${t('calendars.closed')}` : ''}
                        </Text>
                        {problems.get(`weekly.${day}`) && (
                          <Text size="sm" c="var(--linje-danger-text)">
                            {problemOf(`weekly.${day}`)}
                          </Text>
                        )}
                        {list.map((iv, i) => (
                          <Group key={i} gap="xs" align="start">
                            <TextInput
                              styles={FIELD_ERROR_STYLES}
                              type="time"
                              label={t('calendars.from', { day: dayName })}
                              value={iv.start}
                              onChange={(e) => setInterval(day, i, 'start', e.currentTarget.value)}
                              error={problemOf(`weekly.${day}[${i}].start`)}
                            />
                            <TextInput
                              styles={FIELD_ERROR_STYLES}
                              type="time"
                              label={t('calendars.to', { day: dayName })}
                              value={iv.end}
                              onChange={(e) => setInterval(day, i, 'end', e.currentTarget.value)}
                              error={
                                problemOf(`weekly.${day}[${i}].end`) ??
                                problemOf(`weekly.${day}[${i}]`)
                              }
                            />
                            <Button
                              mt={24}
                              variant="subtle"
                              c="var(--linje-danger-text)"
                              onClick={() =>
                                update((f) => ({
                                  ...f,
                                  weekly: {
                                    ...f.weekly,
                                    [day]: (f.weekly[day] ?? []).filter((_, j) => j !== i),
                                  },
                                }))
                              }
                            >
                              {t('calendars.removeInterval', {
                                day: dayName,
                                start: iv.start,
                                end: iv.end,
                              })}
                            </Button>
                          </Group>
                        ))}
                        <Group>
                          <Button
                            size="compact-sm"
                            variant="light"
                            onClick={() =>
                              update((f) => ({
                                ...f,
                                weekly: {
                                  ...f.weekly,
                                  [day]: [
                                    ...(f.weekly[day] ?? []),
                                    { start: '09:00', end: '16:00' },
                                  ],
                                },
                              }))
                            }
                          >
                            {t('calendars.addInterval', { day: dayName })}
                          </Button>
                        </Group>
                      </Stack>
                    );
                  })}
                </Stack>
              </Card>

              <Card withBorder component="section">
                {dateList(
                  'closedDates',
                  'closed',
                  t('calendars.closedDates'),
                  t('calendars.closedDatesHint'),
                )}
              </Card>
              <Card withBorder component="section">
                {dateList(
                  'openDates',
                  'open',
                  t('calendars.openDates'),
                  t('calendars.openDatesHint'),
                )}
              </Card>

              <Card withBorder component="section" aria-labelledby="cal-special">
                <Title order={2} size="h3" id="cal-special" mb="xs">
                  {t('calendars.specialDates')}
                </Title>
                <Text size="sm" mb="xs">
                  {t('calendars.specialDatesHint')}
                </Text>
                <Stack gap="sm">
                  {form.specialDates.map((s, i) => (
                    <Group key={s.date + i} gap="xs" align="start">
                      <Text fw={600} mt={28}>
                        {s.date}
                      </Text>
                      <TextInput
                        styles={FIELD_ERROR_STYLES}
                        type="time"
                        label={t('calendars.specialFrom', { date: s.date })}
                        value={s.intervals[0]?.start ?? ''}
                        onChange={(e) => {
                          const start = e.currentTarget.value;
                          update((f) => ({
                            ...f,
                            specialDates: f.specialDates.map((x, j) =>
                              j === i
                                ? { ...x, intervals: [{ start, end: x.intervals[0]?.end ?? '' }] }
                                : x,
                            ),
                          }));
                        }}
                        error={problemOf(`specialDates[${i}].intervals[0].start`)}
                      />
                      <TextInput
                        styles={FIELD_ERROR_STYLES}
                        type="time"
                        label={t('calendars.specialTo', { date: s.date })}
                        value={s.intervals[0]?.end ?? ''}
                        onChange={(e) => {
                          const end = e.currentTarget.value;
                          update((f) => ({
                            ...f,
                            specialDates: f.specialDates.map((x, j) =>
                              j === i
                                ? { ...x, intervals: [{ start: x.intervals[0]?.start ?? '', end }] }
                                : x,
                            ),
                          }));
                        }}
                        error={
                          problemOf(`specialDates[${i}].intervals[0].end`) ??
                          problemOf(`specialDates[${i}].intervals[0]`) ??
                          problemOf(`specialDates[${i}].date`)
                        }
                      />
                      <Button
                        mt={24}
                        variant="subtle"
                        c="var(--linje-danger-text)"
                        onClick={() =>
                          update((f) => ({
                            ...f,
                            specialDates: f.specialDates.filter((_, j) => j !== i),
                          }))
                        }
                      >
                        {t('calendars.removeDate', { date: s.date })}
                      </Button>
                    </Group>
                  ))}
                  <Group gap="xs" align="end">
                    <TextInput
                      styles={FIELD_ERROR_STYLES}
                      type="date"
                      label={`${t('calendars.specialDates')}: ${t('calendars.date')}`}
                      value={newDates.special}
                      onChange={(e) => {
                        const special = e.currentTarget.value;
                        setNewDates((n) => ({ ...n, special }));
                      }}
                    />
                    <Button
                      variant="light"
                      onClick={() => {
                        const date = newDates.special;
                        if (!date) return;
                        update((f) => ({
                          ...f,
                          specialDates: [
                            ...f.specialDates,
                            { date, intervals: [{ start: '09:00', end: '12:00' }] },
                          ],
                        }));
                        setNewDates((n) => ({ ...n, special: '' }));
                      }}
                    >
                      {t('calendars.addSpecial')}
                    </Button>
                  </Group>
                </Stack>
              </Card>

              <Group>
                <Button type="submit" size="md" loading={saved.fetching}>
                  {t('calendars.save')}
                </Button>
              </Group>
            </Stack>
          </form>
        )}
        {tenantId === ownTenant && (
          <TargetsForms
            tenantId={tenantId}
            calendars={calendars.map((c) => c.name)}
            canEditSla={canEditSla}
            canEditTimers
          />
        )}
      </Stack>
    </Container>
  );
}

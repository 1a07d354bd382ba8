import {
  Alert,
  Button,
  Card,
  Checkbox,
  Container,
  NativeSelect,
  Stack,
  Text,
  TextInput,
  Title,
} from '@mantine/core';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useMutation, useQuery } from 'urql';
import { describeError } from '../../app/errors';
import {
  AnnounceItAbsenceMutation,
  OnCallPlanningQuery,
  ScheduleOnCallMutation,
} from './oncall.graphql';

/** "2026-12-05T18:00" from a datetime-local input, as an instant in the browser's zone. */
function toIso(local: string): string {
  return new Date(local).toISOString();
}

/** IT leads plan extraordinary on-call periods and announce IT absence. */
export function OnCallPage({ tenantId }: { tenantId: string }) {
  const { t, i18n } = useTranslation();
  const [{ data }, refetch] = useQuery({ query: OnCallPlanningQuery, variables: { tenantId } });
  const [scheduled, schedule] = useMutation(ScheduleOnCallMutation);
  const [announced, announce] = useMutation(AnnounceItAbsenceMutation);
  const [startsAt, setStartsAt] = useState('');
  const [endsAt, setEndsAt] = useState('');
  const [people, setPeople] = useState<string[]>([]);
  const [tenants, setTenants] = useState<string[]>([tenantId]);
  const [units, setUnits] = useState<string[]>([]);
  const [phone, setPhone] = useState('');
  const [note, setNote] = useState('');
  const [absStart, setAbsStart] = useState('');
  const [absEnd, setAbsEnd] = useState('');
  const [kind, setKind] = useState('ABSENT');
  const [absNote, setAbsNote] = useState('');
  const [done, setDone] = useState(false);
  const fmt = new Intl.DateTimeFormat(i18n.language, { dateStyle: 'medium', timeStyle: 'short' });
  const names = new Map((data?.itStaff ?? []).map((p) => [p.id, p.displayName]));
  const served = data?.viewer?.tenants ?? [];
  const allUnits = data?.orgUnits ?? [];
  const unitNames = new Map(allUnits.map((u) => [u.id, u.name]));
  const chosenUnits = units.filter((id) =>
    allUnits.some((u) => u.id === id && tenants.includes(u.tenantId)),
  );

  const submitOnCall = async (e: FormEvent) => {
    e.preventDefault();
    setDone(false);
    const res = await schedule({
      input: {
        startsAt: toIso(startsAt),
        endsAt: toIso(endsAt),
        personIds: people,
        phone,
        note,
        tenantIds: tenants,
        unitIds: chosenUnits,
      },
    });
    if (!res.error) {
      setDone(true);
      refetch({ requestPolicy: 'network-only' });
    }
  };
  const submitAbsence = async (e: FormEvent) => {
    e.preventDefault();
    setDone(false);
    const res = await announce({
      input: { startsAt: toIso(absStart), endsAt: toIso(absEnd), kind, note: absNote },
    });
    if (!res.error) setDone(true);
  };

  return (
    <Container size="sm" px="sm">
      <Stack gap="lg">
        <Title order={1} size="h2">
          {t('oncall.title')}
        </Title>
        {done && (
          <Alert color="green" role="status">
            {t('oncall.saved')}
          </Alert>
        )}
        <section aria-labelledby="oncall-upcoming">
          <Title order={2} size="h3" id="oncall-upcoming" mb="xs">
            {t('oncall.upcoming')}
          </Title>
          {data?.onCallPeriods.length === 0 && <Text>{t('oncall.none')}</Text>}
          <Stack gap="xs" component="ul" style={{ listStyle: 'none', padding: 0, margin: 0 }}>
            {data?.onCallPeriods.map((p) => (
              <Card component="li" withBorder padding="sm" key={p.id}>
                <Text fw={600}>
                  {t('oncall.period', {
                    from: fmt.format(new Date(p.startsAt)),
                    to: fmt.format(new Date(p.endsAt)),
                    phone: p.phone,
                  })}
                </Text>
                <Text size="sm">{p.personIds.map((id) => names.get(id) ?? id).join(' → ')}</Text>
                <Text size="sm">
                  {t('oncall.coverage', {
                    units:
                      p.unitIds.length === 0
                        ? t('oncall.wholeTenant')
                        : p.unitIds.map((id) => unitNames.get(id) ?? id).join(', '),
                  })}
                </Text>
                {p.note && <Text size="sm">{p.note}</Text>}
              </Card>
            ))}
          </Stack>
        </section>

        <Card withBorder component="section" aria-labelledby="oncall-schedule">
          <Title order={2} size="h3" id="oncall-schedule" mb="xs">
            {t('oncall.scheduleTitle')}
          </Title>
          <Text size="sm" mb="sm">
            {t('oncall.scheduleIntro')}
          </Text>
          <form onSubmit={(e) => void submitOnCall(e)}>
            <Stack gap="sm">
              <TextInput
                type="datetime-local"
                label={t('oncall.startsAt')}
                value={startsAt}
                onChange={(e) => setStartsAt(e.currentTarget.value)}
                required
              />
              <TextInput
                type="datetime-local"
                label={t('oncall.endsAt')}
                value={endsAt}
                onChange={(e) => setEndsAt(e.currentTarget.value)}
                required
              />
              <Checkbox.Group
                label={t('oncall.people')}
                value={people}
                onChange={setPeople}
                required
              >
                <Stack gap="xs" mt="xs">
                  {(data?.itStaff ?? []).map((p) => (
                    <Checkbox
                      key={p.id}
                      value={p.id}
                      label={`${p.displayName}${p.workPhone ? ` (${p.workPhone})` : ''}`}
                    />
                  ))}
                </Stack>
              </Checkbox.Group>
              {served.length > 1 && (
                <Checkbox.Group
                  label={t('oncall.tenants')}
                  value={tenants}
                  onChange={setTenants}
                  required
                >
                  <Stack gap="xs" mt="xs">
                    {served.map((m) => (
                      <Checkbox key={m.id} value={m.id} label={m.name} />
                    ))}
                  </Stack>
                </Checkbox.Group>
              )}
              {served
                .filter((m) => tenants.includes(m.id) && allUnits.some((u) => u.tenantId === m.id))
                .map((m) => (
                  <Checkbox.Group
                    key={m.id}
                    label={t('oncall.units', { tenant: m.name })}
                    description={t('oncall.unitsHint')}
                    value={units}
                    onChange={setUnits}
                  >
                    <Stack gap="xs" mt="xs">
                      {allUnits
                        .filter((u) => u.tenantId === m.id)
                        .map((u) => (
                          <Checkbox
                            key={u.id}
                            value={u.id}
                            label={u.name}
                            ml={u.parentId ? 'md' : 0}
                          />
                        ))}
                    </Stack>
                  </Checkbox.Group>
                ))}
              <TextInput
                label={t('oncall.phone')}
                value={phone}
                onChange={(e) => setPhone(e.currentTarget.value)}
                required
                type="tel"
              />
              <TextInput
                label={t('oncall.note')}
                value={note}
                onChange={(e) => setNote(e.currentTarget.value)}
                maxLength={500}
              />
              {scheduled.error && (
                <Alert color="red" role="alert">
                  {describeError(t, scheduled.error)}
                </Alert>
              )}
              <Button type="submit" size="md" loading={scheduled.fetching}>
                {t('oncall.schedule')}
              </Button>
            </Stack>
          </form>
        </Card>

        <Card withBorder component="section" aria-labelledby="oncall-absence">
          <Title order={2} size="h3" id="oncall-absence" mb="xs">
            {t('oncall.absenceTitle')}
          </Title>
          <form onSubmit={(e) => void submitAbsence(e)}>
            <Stack gap="sm">
              <TextInput
                type="datetime-local"
                label={t('oncall.startsAt')}
                value={absStart}
                onChange={(e) => setAbsStart(e.currentTarget.value)}
                required
              />
              <TextInput
                type="datetime-local"
                label={t('oncall.endsAt')}
                value={absEnd}
                onChange={(e) => setAbsEnd(e.currentTarget.value)}
                required
              />
              <NativeSelect
                label={t('oncall.kind')}
                value={kind}
                onChange={(e) => setKind(e.currentTarget.value)}
                data={[
                  { value: 'ABSENT', label: t('oncall.ABSENT') },
                  { value: 'REDUCED', label: t('oncall.REDUCED') },
                ]}
              />
              <TextInput
                label={t('oncall.note')}
                value={absNote}
                onChange={(e) => setAbsNote(e.currentTarget.value)}
                maxLength={500}
              />
              {announced.error && (
                <Alert color="red" role="alert">
                  {describeError(t, announced.error)}
                </Alert>
              )}
              <Button type="submit" size="md" loading={announced.fetching}>
                {t('oncall.announce')}
              </Button>
            </Stack>
          </form>
        </Card>
      </Stack>
    </Container>
  );
}

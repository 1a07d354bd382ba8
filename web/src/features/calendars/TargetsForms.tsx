import {
  Alert,
  Button,
  Card,
  Group,
  NativeSelect,
  NumberInput,
  Stack,
  Text,
  Title,
} from '@mantine/core';
import { TICKET_PRIORITIES, type TicketPriority } from '@linje/shared';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useMutation, useQuery, type CombinedError } from 'urql';
import { describeError, fieldProblems } from '../../app/errors';
import {
  SaveCriticalSettingsMutation,
  SaveSlaPolicyMutation,
  TargetsQuery,
} from './calendars.graphql';

const FIELD_ERROR_STYLES = {
  error: { color: 'var(--mantine-color-red-9)' },
  input: { color: 'var(--mantine-color-text)' },
};

function fieldOf(error: CombinedError | undefined): string | null {
  return fieldProblems(error)[0]?.field ?? null;
}

interface Policy {
  responseMinutes: number;
  resolutionMinutes: number;
  calendarName: string;
}

function PolicyRow(props: {
  tenantId: string;
  priority: TicketPriority;
  policy: Policy;
  calendars: string[];
}) {
  const { t } = useTranslation();
  const [value, setValue] = useState(props.policy);
  const [saved, save] = useMutation(SaveSlaPolicyMutation);
  const [done, setDone] = useState(false);
  const label = t(`targets.priority.${props.priority}`);
  const field = fieldOf(saved.error);
  const submit = async (e: FormEvent) => {
    e.preventDefault();
    setDone(false);
    const res = await save({
      input: { tenantId: props.tenantId, priority: props.priority, ...value },
    });
    if (!res.error) setDone(true);
  };
  const invalid = t('targets.outOfRange');
  return (
    <form onSubmit={(e) => void submit(e)} noValidate data-testid={`sla-${props.priority}`}>
      <Stack gap={4}>
        <Text fw={600}>{label}</Text>
        <Group gap="xs" align="start">
          <NumberInput
            styles={FIELD_ERROR_STYLES}
            label={t('targets.response', { priority: label })}
            value={value.responseMinutes}
            allowDecimal={false}
            onChange={(v) => setValue((p) => ({ ...p, responseMinutes: Number(v) }))}
            error={field === 'responseMinutes' ? invalid : undefined}
          />
          <NumberInput
            styles={FIELD_ERROR_STYLES}
            label={t('targets.resolution', { priority: label })}
            value={value.resolutionMinutes}
            allowDecimal={false}
            onChange={(v) => setValue((p) => ({ ...p, resolutionMinutes: Number(v) }))}
            error={field === 'resolutionMinutes' ? t('targets.resolutionInvalid') : undefined}
          />
          {props.priority !== 'CRITICAL' && (
            <NativeSelect
              label={t('targets.calendar', { priority: label })}
              value={value.calendarName}
              onChange={(e) => {
                const calendarName = e.currentTarget.value;
                setValue((p) => ({ ...p, calendarName }));
              }}
              data={props.calendars}
            />
          )}
          <Button type="submit" mt={24} variant="light" loading={saved.fetching}>
            {t('targets.savePriority', { priority: label })}
          </Button>
        </Group>
        {props.priority === 'CRITICAL' && <Text size="sm">{t('targets.criticalWallClock')}</Text>}
        {done && (
          <Text size="sm" role="status">
            {t('targets.saved')}
          </Text>
        )}
        {saved.error && !field && (
          <Alert color="red" role="alert">
            {describeError(t, saved.error)}
          </Alert>
        )}
      </Stack>
    </form>
  );
}

/** SLA targets per priority (IT lead of the municipality) and critical timers (IT lead, administrator). */
export function TargetsForms(props: {
  tenantId: string;
  calendars: string[];
  canEditSla: boolean;
  canEditTimers: boolean;
}) {
  const { t } = useTranslation();
  const [{ data }] = useQuery({ query: TargetsQuery, variables: { tenantId: props.tenantId } });
  const [timersSaved, saveTimers] = useMutation(SaveCriticalSettingsMutation);
  const [timers, setTimers] = useState<{
    autoEscalateMinutes: number;
    repageMinutes: number;
    maxRepages: number;
  } | null>(null);
  const [timersDone, setTimersDone] = useState(false);
  if (!data) return null;
  const currentTimers = timers ?? data.criticalSettings;
  const timerField = fieldOf(timersSaved.error);
  const range = (field: string, min: number, max: number) =>
    timerField === field ? t('targets.range', { min, max }) : undefined;
  const submitTimers = async (e: FormEvent) => {
    e.preventDefault();
    setTimersDone(false);
    const { autoEscalateMinutes, repageMinutes, maxRepages } = currentTimers;
    const res = await saveTimers({ input: { autoEscalateMinutes, repageMinutes, maxRepages } });
    if (!res.error) setTimersDone(true);
  };
  return (
    <>
      {props.canEditSla && (
        <Card withBorder component="section" aria-labelledby="targets-sla">
          <Title order={2} size="h3" id="targets-sla" mb="xs">
            {t('targets.slaTitle')}
          </Title>
          <Text size="sm" mb="sm">
            {t('targets.slaIntro')}
          </Text>
          <Stack gap="md">
            {TICKET_PRIORITIES.map((priority) => {
              const policy = data.slaPolicies.find((p) => p.priority === priority);
              return (
                <PolicyRow
                  key={`${props.tenantId}:${priority}`}
                  tenantId={props.tenantId}
                  priority={priority}
                  calendars={props.calendars}
                  policy={{
                    responseMinutes: policy?.responseMinutes ?? 60,
                    resolutionMinutes: policy?.resolutionMinutes ?? 480,
                    calendarName: policy?.calendarName ?? 'IT_EXTENDED',
                  }}
                />
              );
            })}
          </Stack>
        </Card>
      )}
      {props.canEditTimers && (
        <Card withBorder component="section" aria-labelledby="targets-timers">
          <Title order={2} size="h3" id="targets-timers" mb="xs">
            {t('targets.timersTitle')}
          </Title>
          <form onSubmit={(e) => void submitTimers(e)} noValidate>
            <Stack gap="sm">
              <Group gap="xs" align="start">
                <NumberInput
                  styles={FIELD_ERROR_STYLES}
                  label={t('targets.autoEscalateMinutes')}
                  value={currentTimers.autoEscalateMinutes}
                  allowDecimal={false}
                  onChange={(v) => setTimers({ ...currentTimers, autoEscalateMinutes: Number(v) })}
                  error={range('autoEscalateMinutes', 1, 120)}
                />
                <NumberInput
                  styles={FIELD_ERROR_STYLES}
                  label={t('targets.repageMinutes')}
                  value={currentTimers.repageMinutes}
                  allowDecimal={false}
                  onChange={(v) => setTimers({ ...currentTimers, repageMinutes: Number(v) })}
                  error={range('repageMinutes', 1, 120)}
                />
                <NumberInput
                  styles={FIELD_ERROR_STYLES}
                  label={t('targets.maxRepages')}
                  value={currentTimers.maxRepages}
                  allowDecimal={false}
                  onChange={(v) => setTimers({ ...currentTimers, maxRepages: Number(v) })}
                  error={range('maxRepages', 0, 20)}
                />
              </Group>
              {timersDone && (
                <Text size="sm" role="status">
                  {t('targets.saved')}
                </Text>
              )}
              {timersSaved.error && !timerField && (
                <Alert color="red" role="alert">
                  {describeError(t, timersSaved.error)}
                </Alert>
              )}
              <Group>
                <Button type="submit" variant="light" loading={timersSaved.fetching}>
                  {t('targets.saveTimers')}
                </Button>
              </Group>
            </Stack>
          </form>
        </Card>
      )}
    </>
  );
}

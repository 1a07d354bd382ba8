import {
  Alert,
  Button,
  Card,
  Group,
  NativeSelect,
  NumberInput,
  Stack,
  TextInput,
  Title,
} from '@mantine/core';
import { TICKET_CHANNELS } from '@linje/shared';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useMutation, useQuery } from 'urql';
import { describeError } from '../../app/errors';
import { ImpactUrgencyFields } from '../../components/ImpactUrgencyFields';
import { RichTextField, descriptionError } from '../../components/RichTextField';
import type { Impact, TicketChannel, Urgency } from '../../gql/graphql';
import { CallerSearchQuery, RecordTicketMutation } from './queue.graphql';

const TITLE_MAX = 200;

/**
 * "New ticket" in the console: the agent records a ticket for someone who phoned, e-mailed or
 * walked in. The caller is found by name or username among the municipalities the agent serves.
 */
export function RecordTicketPanel({
  onClose,
  onRecorded,
}: {
  onClose: () => void;
  onRecorded: (number: string) => void;
}) {
  const { t } = useTranslation();
  const [callerQuery, setCallerQuery] = useState('');
  const [callerId, setCallerId] = useState('');
  const [channel, setChannel] = useState<TicketChannel>('PHONE');
  const [title, setTitle] = useState('');
  const [description, setDescription] = useState('');
  const [impact, setImpact] = useState<Impact>('PERSON');
  const [urgency, setUrgency] = useState<Urgency>('MEDIUM');
  const [minutes, setMinutes] = useState<number | string>(0);
  const [errors, setErrors] = useState<{ caller?: string; title?: string }>({});
  const query = callerQuery.trim();
  const [{ data: found, fetching: searching }] = useQuery({
    query: CallerSearchQuery,
    variables: { query },
    pause: query.length < 2,
  });
  const [result, record] = useMutation(RecordTicketMutation);
  const callers = query.length < 2 ? [] : (found?.staffSearch ?? []);

  function reset() {
    setCallerQuery('');
    setCallerId('');
    setChannel('PHONE');
    setTitle('');
    setDescription('');
    setImpact('PERSON');
    setUrgency('MEDIUM');
    setMinutes(0);
    setErrors({});
  }

  async function submit(e: FormEvent) {
    e.preventDefault();
    const trimmed = title.trim();
    const problems: { caller?: string; title?: string } = {};
    if (!callerId) problems.caller = t('queue.record.callerRequired');
    if (!trimmed) problems.title = t('errors.fields.title.EMPTY');
    else if ([...trimmed].length > TITLE_MAX) {
      problems.title = t('errors.fields.title.TOO_LONG', { max: TITLE_MAX });
    }
    setErrors(problems);
    if (problems.caller || problems.title) return;
    const res = await record(
      {
        input: {
          callerId,
          channel,
          title: trimmed,
          descriptionHtml: description || null,
          impact,
          urgency,
          timeSpentMinutes: typeof minutes === 'number' ? minutes : 0,
        },
      },
      { additionalTypenames: ['Ticket'] },
    );
    if (!res.data) return;
    reset();
    onRecorded(res.data.recordTicketForCaller.number);
  }

  return (
    <Card withBorder mb="md" maw={640} component="section" aria-labelledby="record-ticket-title">
      <Title order={2} size="h4" id="record-ticket-title" mb="sm">
        {t('queue.record.title')}
      </Title>
      <form onSubmit={submit} noValidate aria-labelledby="record-ticket-title">
        <Stack>
          {result.error && (
            <Alert color="red" role="alert">
              {describeError(t, result.error)}
            </Alert>
          )}
          <TextInput
            label={t('queue.record.findCaller')}
            description={t('queue.record.findCallerHint')}
            value={callerQuery}
            onChange={(e) => {
              setCallerQuery(e.currentTarget.value);
              setCallerId('');
            }}
            autoFocus
          />
          <NativeSelect
            label={t('queue.record.caller')}
            required
            value={callerId}
            error={errors.caller}
            onChange={(e) => setCallerId(e.currentTarget.value)}
            data={[
              {
                value: '',
                label: searching
                  ? t('queue.record.searching')
                  : t('queue.record.chooseCaller', { count: callers.length }),
              },
              ...callers.map((p) => ({
                value: p.id,
                label: `${p.displayName}${p.jobTitle ? `, ${p.jobTitle}` : ''} (${p.tenant.code})`,
              })),
            ]}
          />
          <NativeSelect
            label={t('queue.record.channel')}
            value={channel}
            onChange={(e) => setChannel(e.currentTarget.value as TicketChannel)}
            data={TICKET_CHANNELS.map((c) => ({
              value: c,
              label: t(`queue.record.channels.${c}`),
            }))}
          />
          <TextInput
            label={t('queue.record.ticketTitle')}
            required
            maxLength={TITLE_MAX}
            value={title}
            error={errors.title}
            onChange={(e) => setTitle(e.currentTarget.value)}
          />
          <RichTextField
            label={t('queue.record.description')}
            value={description}
            onChange={setDescription}
            error={descriptionError(t, result.error)}
          />
          <ImpactUrgencyFields
            impact={impact}
            urgency={urgency}
            onImpactChange={setImpact}
            onUrgencyChange={setUrgency}
          />
          <NumberInput
            label={t('queue.record.minutes')}
            min={0}
            max={1440}
            allowDecimal={false}
            value={minutes}
            onChange={setMinutes}
          />
          <Group>
            <Button type="submit" loading={result.fetching}>
              {t('queue.record.submit')}
            </Button>
            <Button variant="default" onClick={onClose}>
              {t('queue.record.cancel')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Card>
  );
}

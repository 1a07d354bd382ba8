import { Alert, Button, Fieldset, Group, NumberInput } from '@mantine/core';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useMutation, useQuery } from 'urql';
import { describeError } from '../../app/errors';
import { SetAutoCloseDaysMutation, TicketAutoCloseDaysQuery } from './ticket.graphql';

const MAX_DAYS = 60;

/** Administrators: after how many business days resolved tickets close by themselves. */
export function AutoCloseSetting({ tenantId }: { tenantId: string }) {
  const { t } = useTranslation();
  const [{ data }] = useQuery({ query: TicketAutoCloseDaysQuery, variables: { tenantId } });
  const [result, save] = useMutation(SetAutoCloseDaysMutation);
  // What the administrator typed; until then the stored value.
  const [draft, setDays] = useState<number | string | null>(null);
  const days = draft ?? data?.ticketAutoCloseDays ?? '';
  const [error, setError] = useState<string | null>(null);
  const [saved, setSaved] = useState(false);

  async function submit(e: FormEvent) {
    e.preventDefault();
    setSaved(false);
    if (typeof days !== 'number' || !Number.isInteger(days) || days < 0 || days > MAX_DAYS) {
      return setError(t('ticket.autoClose.range', { max: MAX_DAYS }));
    }
    setError(null);
    const res = await save({ tenantId, businessDays: days });
    if (res.data) setSaved(true);
  }

  return (
    <form onSubmit={submit} noValidate aria-label={t('ticket.autoClose.legend')}>
      <Fieldset legend={t('ticket.autoClose.legend')} mt="md">
        {result.error && (
          <Alert color="red" role="alert" mb="sm">
            {describeError(t, result.error)}
          </Alert>
        )}
        {saved && (
          <Alert color="green" role="status" mb="sm">
            {t('ticket.autoClose.saved')}
          </Alert>
        )}
        <Group align="flex-end">
          <NumberInput
            label={t('ticket.autoClose.label')}
            description={t('ticket.autoClose.hint')}
            min={0}
            max={MAX_DAYS}
            allowDecimal={false}
            value={days}
            error={error}
            onChange={setDays}
          />
          <Button type="submit" loading={result.fetching}>
            {t('ticket.autoClose.save')}
          </Button>
        </Group>
      </Fieldset>
    </form>
  );
}

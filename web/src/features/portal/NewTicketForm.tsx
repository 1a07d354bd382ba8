import { Alert, Button, Stack, TextInput, Textarea } from '@mantine/core';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useMutation } from 'urql';
import { describeError } from '../../app/errors';
import { CreateTicketMutation } from './portal.graphql';

const TITLE_MAX = 200;

export function NewTicketForm({ onCreated }: { onCreated: (number: string) => void }) {
  const { t } = useTranslation();
  const [title, setTitle] = useState('');
  const [description, setDescription] = useState('');
  const [titleError, setTitleError] = useState<string | null>(null);
  const [result, create] = useMutation(CreateTicketMutation);

  async function submit(e: FormEvent) {
    e.preventDefault();
    const trimmed = title.trim();
    if (!trimmed) return setTitleError(t('errors.fields.title.EMPTY'));
    if ([...trimmed].length > TITLE_MAX) {
      return setTitleError(t('errors.fields.title.TOO_LONG', { max: TITLE_MAX }));
    }
    setTitleError(null);
    const res = await create(
      { input: { title: trimmed, description } },
      { additionalTypenames: ['Ticket'] },
    );
    if (res.data) {
      setTitle('');
      setDescription('');
      onCreated(res.data.createTicket.number);
    }
  }

  return (
    <form onSubmit={submit} noValidate aria-label={t('portal.newTicketTitle')}>
      <Stack>
        {result.error && (
          <Alert color="red" role="alert">
            {describeError(t, result.error)}
          </Alert>
        )}
        <TextInput
          label={t('portal.titleLabel')}
          description={t('portal.titleHint')}
          required
          maxLength={TITLE_MAX}
          value={title}
          error={titleError}
          onChange={(e) => setTitle(e.currentTarget.value)}
        />
        <Textarea
          label={t('portal.descriptionLabel')}
          description={t('portal.descriptionHint')}
          autosize
          minRows={3}
          value={description}
          onChange={(e) => setDescription(e.currentTarget.value)}
        />
        <Button type="submit" size="md" loading={result.fetching}>
          {t('portal.submit')}
        </Button>
      </Stack>
    </form>
  );
}

import { Alert, Button, Container, Paper, Stack, Text, Title } from '@mantine/core';
import { PasswordField } from '../../components/PasswordField';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useMutation, useQuery } from 'urql';
import { AccountQuery, ChangePasswordMutation } from './account.graphql';
import { describePasswordError } from './password-errors';
import { PasswordRules, allRulesMet } from './PasswordRules';

/** Change your own password; with `forced`, shown instead of everything else until done. */
export function ChangePasswordPage({
  forced = false,
  onChanged,
}: {
  forced?: boolean;
  onChanged?: () => void;
}) {
  const { t } = useTranslation();
  const [{ data }] = useQuery({ query: AccountQuery });
  const [current, setCurrent] = useState('');
  const [next, setNext] = useState('');
  const [confirmation, setConfirmation] = useState('');
  const [done, setDone] = useState(false);
  const [result, change] = useMutation(ChangePasswordMutation);
  const viewer = data?.viewer;
  const policy = viewer?.passwordPolicy;
  const owner = {
    givenName: viewer?.givenName ?? '',
    surname: viewer?.surname ?? '',
    username: viewer?.username ?? '',
  };
  const ready = !!policy && current.length > 0 && allRulesMet(policy, owner, next, confirmation);

  async function submit(e: FormEvent) {
    e.preventDefault();
    if (!ready) return;
    const res = await change({ currentPassword: current, newPassword: next });
    if (!res.error) {
      setDone(true);
      setCurrent('');
      setNext('');
      setConfirmation('');
      onChanged?.();
    }
  }

  return (
    <Container size={480} py="md" px="sm">
      <Title order={1} size="h2" mb="xs">
        {t('account.changeTitle')}
      </Title>
      {forced && (
        <Alert color="orange" mb="md" role="status">
          {t('account.mustChange')}
        </Alert>
      )}
      {done && (
        <Alert color="green" mb="md" role="status">
          {t('account.changed')}
        </Alert>
      )}
      <Paper withBorder p="md" radius="md">
        <form onSubmit={submit} noValidate>
          <Stack>
            {result.error && (
              <Alert color="red" role="alert">
                {describePasswordError(t, result.error).map((m) => (
                  <Text key={m} size="sm">
                    {m}
                  </Text>
                ))}
              </Alert>
            )}
            <PasswordField
              label={t('account.currentPassword')}
              autoComplete="current-password"
              required
              value={current}
              onChange={(e) => setCurrent(e.currentTarget.value)}
            />
            <PasswordField
              label={t('account.newPassword')}
              autoComplete="new-password"
              required
              value={next}
              onChange={(e) => setNext(e.currentTarget.value)}
              aria-describedby="password-rules-title"
            />
            <PasswordField
              label={t('account.confirmPassword')}
              autoComplete="new-password"
              required
              value={confirmation}
              onChange={(e) => setConfirmation(e.currentTarget.value)}
            />
            {policy && (
              <PasswordRules
                policy={policy}
                owner={owner}
                password={next}
                confirmation={confirmation}
              />
            )}
            <Button type="submit" disabled={!ready} loading={result.fetching} size="md">
              {t('account.savePassword')}
            </Button>
          </Stack>
        </form>
      </Paper>
    </Container>
  );
}

import {
  Alert,
  Button,
  Container,
  Paper,
  PasswordInput,
  Stack,
  TextInput,
  Title,
  Text,
} from '@mantine/core';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useMutation } from 'urql';
import { describeError, errorCode } from '../../app/errors';
import { SignInMutation } from './viewer.graphql';

export function SignInPage({ onSignedIn }: { onSignedIn: () => void }) {
  const { t } = useTranslation();
  const [identifier, setIdentifier] = useState('');
  const [password, setPassword] = useState('');
  const [result, signIn] = useMutation(SignInMutation);

  async function submit(e: FormEvent) {
    e.preventDefault();
    const res = await signIn({ identifier, password });
    if (!res.error) onSignedIn();
  }

  const failed = result.error
    ? errorCode(result.error) === 'UNAUTHENTICATED'
      ? t('auth.failed')
      : describeError(t, result.error)
    : null;

  return (
    <Container size={420} py="xl">
      <Title order={1} mb="xs">
        {t('auth.title')}
      </Title>
      <Text c="dimmed" mb="md">
        {t('auth.intro')}
      </Text>
      <Paper withBorder p="md" radius="md">
        <form onSubmit={submit} noValidate>
          <Stack>
            {failed && (
              <Alert color="red" role="alert">
                {failed}
              </Alert>
            )}
            <TextInput
              label={t('auth.identifier')}
              autoComplete="username"
              required
              value={identifier}
              onChange={(e) => setIdentifier(e.currentTarget.value)}
            />
            <PasswordInput
              label={t('auth.password')}
              autoComplete="current-password"
              visibilityToggleButtonProps={{ 'aria-label': t('auth.showPassword') }}
              required
              value={password}
              onChange={(e) => setPassword(e.currentTarget.value)}
            />
            <Button type="submit" loading={result.fetching} fullWidth size="md">
              {t('auth.submit')}
            </Button>
          </Stack>
        </form>
      </Paper>
    </Container>
  );
}

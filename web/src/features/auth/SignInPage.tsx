import {
  Alert,
  Anchor,
  Button,
  Container,
  Paper,
  Stack,
  TextInput,
  Title,
  Text,
} from '@mantine/core';
import { PasswordField } from '../../components/PasswordField';
import { useEffect, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useMutation } from 'urql';
import { describeError, errorCode, fieldProblems } from '../../app/errors';
import { SESSION_ENDED_KEY } from '../../app/urql';
import { ForgotPasswordPage } from './ForgotPasswordPage';
import { SignInMutation } from './viewer.graphql';

export function SignInPage({ onSignedIn }: { onSignedIn: () => void }) {
  const { t, i18n } = useTranslation();
  const [forgot, setForgot] = useState(false);
  const [identifier, setIdentifier] = useState('');
  const [password, setPassword] = useState('');
  const [result, signIn] = useMutation(SignInMutation);
  const [ended] = useState(() => window.sessionStorage.getItem(SESSION_ENDED_KEY) === '1');
  useEffect(() => window.sessionStorage.removeItem(SESSION_ENDED_KEY), []);

  async function submit(e: FormEvent) {
    e.preventDefault();
    const res = await signIn({ identifier, password });
    if (!res.error) onSignedIn();
  }

  const formatTime = (iso: unknown) =>
    typeof iso === 'string'
      ? new Intl.DateTimeFormat(i18n.language, { dateStyle: 'medium', timeStyle: 'short' }).format(
          new Date(iso),
        )
      : '';
  function describe(): string | null {
    if (!result.error) return null;
    const code = errorCode(result.error);
    const problem = fieldProblems(result.error)[0];
    if (code === 'TOO_MANY_REQUESTS') return t('account.tooMany');
    if (code !== 'UNAUTHENTICATED') return describeError(t, result.error);
    switch (problem?.code) {
      case 'ACCOUNT_LOCKED':
        return problem.params?.['until']
          ? t('account.lockedUntil', { time: formatTime(problem.params['until']) })
          : t('account.locked');
      case 'ACCOUNT_NOT_YET_ACTIVE':
        return t('account.notYetActive', { time: formatTime(problem.params?.['activeFrom']) });
      case 'ACCOUNT_ENDED':
        return t('account.ended');
      case 'ACCOUNT_DISABLED':
        return t('account.disabled');
      default:
        return t('auth.failed');
    }
  }
  const failed = describe();

  if (forgot) return <ForgotPasswordPage onBack={() => setForgot(false)} />;

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
            {ended && !failed && (
              <Alert color="blue" role="status">
                {t('account.sessionEnded')}
              </Alert>
            )}
            <TextInput
              label={t('auth.identifier')}
              autoComplete="username"
              required
              value={identifier}
              onChange={(e) => setIdentifier(e.currentTarget.value)}
            />
            <PasswordField
              label={t('auth.password')}
              autoComplete="current-password"
              required
              value={password}
              onChange={(e) => setPassword(e.currentTarget.value)}
            />
            <Button type="submit" loading={result.fetching} fullWidth size="md">
              {t('auth.submit')}
            </Button>
            <Anchor component="button" type="button" size="sm" onClick={() => setForgot(true)}>
              {t('account.forgot')}
            </Anchor>
          </Stack>
        </form>
      </Paper>
      <Anchor component={Link} to="/privacy" size="sm" mt="md" display="block" ta="center">
        {t('privacy.link')}
      </Anchor>
    </Container>
  );
}

import {
  Alert,
  Anchor,
  Button,
  Container,
  Paper,
  Radio,
  Stack,
  Text,
  TextInput,
  Title,
} from '@mantine/core';
import { PasswordField } from '../../components/PasswordField';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useMutation } from 'urql';
import { RequestPasswordResetMutation, ResetPasswordWithCodeMutation } from './account.graphql';
import { describePasswordError } from './password-errors';

/** Self-service reset: a one-time code by SMS or e-mail, then a new password. */
export function ForgotPasswordPage({ onBack }: { onBack: () => void }) {
  const { t } = useTranslation();
  const [identifier, setIdentifier] = useState('');
  const [channel, setChannel] = useState<'SMS' | 'EMAIL'>('SMS');
  const [sent, setSent] = useState(false);
  const [code, setCode] = useState('');
  const [next, setNext] = useState('');
  const [confirmation, setConfirmation] = useState('');
  const [done, setDone] = useState(false);
  const [request, requestCode] = useMutation(RequestPasswordResetMutation);
  const [reset, resetPassword] = useMutation(ResetPasswordWithCodeMutation);
  const mismatch = confirmation.length > 0 && next !== confirmation;

  async function send(e: FormEvent) {
    e.preventDefault();
    if (!identifier.trim()) return;
    const res = await requestCode({ identifier, channel });
    if (!res.error) setSent(true);
  }

  async function save(e: FormEvent) {
    e.preventDefault();
    if (!code.trim() || !next || mismatch) return;
    const res = await resetPassword({ identifier, code: code.trim(), newPassword: next });
    if (!res.error) setDone(true);
  }

  return (
    <Container size={420} py="xl" px="sm">
      <Title order={1} mb="xs">
        {t('account.resetTitle')}
      </Title>
      <Text c="dimmed" mb="md">
        {t('account.resetIntro')}
      </Text>
      <Paper withBorder p="md" radius="md">
        {done ? (
          <Stack>
            <Alert color="green" role="status">
              {t('account.resetDone')}
            </Alert>
            <Button onClick={onBack}>{t('account.backToSignIn')}</Button>
          </Stack>
        ) : (
          <Stack>
            <form onSubmit={send} noValidate>
              <Stack>
                {request.error && (
                  <Alert color="red" role="alert">
                    {describePasswordError(t, request.error).join(' ')}
                  </Alert>
                )}
                <TextInput
                  label={t('auth.identifier')}
                  autoComplete="username"
                  required
                  value={identifier}
                  onChange={(e) => setIdentifier(e.currentTarget.value)}
                />
                <Radio.Group
                  label={t('account.channel')}
                  value={channel}
                  onChange={(v) => setChannel(v === 'EMAIL' ? 'EMAIL' : 'SMS')}
                >
                  <Stack gap={6} mt={4}>
                    <Radio value="SMS" label={t('account.channelSms')} />
                    <Radio value="EMAIL" label={t('account.channelEmail')} />
                  </Stack>
                </Radio.Group>
                <Button
                  type="submit"
                  variant={sent ? 'light' : 'filled'}
                  loading={request.fetching}
                >
                  {t('account.sendCode')}
                </Button>
              </Stack>
            </form>
            {sent && (
              <form onSubmit={save} noValidate>
                <Stack>
                  <Alert color="blue" role="status">
                    {t('account.codeSent', {
                      channel: channel === 'SMS' ? t('profile.mobile') : t('profile.email'),
                    })}
                  </Alert>
                  {reset.error && (
                    <Alert color="red" role="alert">
                      {describePasswordError(t, reset.error).map((m) => (
                        <Text key={m} size="sm">
                          {m}
                        </Text>
                      ))}
                    </Alert>
                  )}
                  <TextInput
                    label={t('account.code')}
                    inputMode="numeric"
                    autoComplete="one-time-code"
                    required
                    value={code}
                    onChange={(e) => setCode(e.currentTarget.value)}
                  />
                  <PasswordField
                    label={t('account.newPassword')}
                    autoComplete="new-password"
                    required
                    value={next}
                    onChange={(e) => setNext(e.currentTarget.value)}
                  />
                  <PasswordField
                    label={t('account.confirmPassword')}
                    autoComplete="new-password"
                    required
                    value={confirmation}
                    error={mismatch ? t('account.reasons.MISMATCH') : undefined}
                    onChange={(e) => setConfirmation(e.currentTarget.value)}
                  />
                  <Button type="submit" loading={reset.fetching}>
                    {t('account.savePassword')}
                  </Button>
                </Stack>
              </form>
            )}
          </Stack>
        )}
        <Anchor component="button" type="button" size="sm" mt="md" onClick={onBack}>
          {t('account.backToSignIn')}
        </Anchor>
      </Paper>
    </Container>
  );
}

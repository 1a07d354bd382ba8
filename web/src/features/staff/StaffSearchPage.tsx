import {
  Alert,
  Badge,
  Button,
  Card,
  Code,
  Container,
  CopyButton,
  Group,
  Modal,
  Stack,
  Text,
  TextInput,
  Title,
} from '@mantine/core';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useMutation, useQuery } from 'urql';
import { describeError } from '../../app/errors';
import type { StaffSearchQuery as StaffSearchResult } from '../../gql/graphql';
import {
  RequestColleagueResetMutation,
  SetTemporaryPasswordMutation,
  StaffSearchQuery,
  UnlockAccountMutation,
} from './staff.graphql';

type Member = StaffSearchResult['staffSearch'][number];

/** Dark enough for white text at badge size (WCAG AA 4.5:1). */
const STATUS_COLOR: Record<string, string> = {
  ACTIVE: '#1b5e20',
  NOT_YET_ACTIVE: '#1c3d6e',
  ENDED: '#495057',
  DISABLED: '#495057',
};
const LOCKED_COLOR = '#a61e1e';
const MUST_CHANGE_COLOR = '#8a3b00';

export function StaffSearchPage() {
  const { t, i18n } = useTranslation();
  const [input, setInput] = useState('');
  const [query, setQuery] = useState('');
  const [{ data, fetching, error }, refetch] = useQuery({
    query: StaffSearchQuery,
    variables: { query },
    pause: query === '',
    requestPolicy: 'network-only',
  });
  const [confirming, setConfirming] = useState<Member | null>(null);
  const [temp, setTemp] = useState<{ name: string; password: string } | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const [reset, setTemporary] = useMutation(SetTemporaryPasswordMutation);
  const [unlockResult, unlock] = useMutation(UnlockAccountMutation);
  const [codeResult, sendCode] = useMutation(RequestColleagueResetMutation);
  const time = new Intl.DateTimeFormat(i18n.language, { dateStyle: 'medium', timeStyle: 'short' });
  const actionError = reset.error ?? unlockResult.error ?? codeResult.error;

  function submit(e: FormEvent) {
    e.preventDefault();
    setNotice(null);
    setQuery(input.trim());
  }

  async function confirmReset() {
    if (!confirming) return;
    const member = confirming;
    setConfirming(null);
    const res = await setTemporary({ personId: member.id });
    if (res.data) {
      setTemp({ name: member.displayName, password: res.data.setTemporaryPassword.password });
      refetch({ requestPolicy: 'network-only' });
    }
  }

  return (
    <Container size="md" px="sm">
      <Stack>
        <Title order={1} size="h2">
          {t('staff.title')}
        </Title>
        <Text c="dimmed">{t('staff.intro')}</Text>
        <form onSubmit={submit} role="search">
          <Group align="flex-end" wrap="nowrap">
            <TextInput
              style={{ flex: 1 }}
              label={t('staff.search')}
              value={input}
              onChange={(e) => setInput(e.currentTarget.value)}
            />
            <Button type="submit" loading={fetching}>
              {t('staff.searchButton')}
            </Button>
          </Group>
        </form>
        {error && (
          <Alert color="red" role="alert">
            {describeError(t, error)}
          </Alert>
        )}
        {actionError && (
          <Alert color="red" role="alert">
            {describeError(t, actionError)}
          </Alert>
        )}
        {notice && (
          <Alert color="green" role="status">
            {notice}
          </Alert>
        )}
        {data && data.staffSearch.length === 0 && <Text>{t('staff.none')}</Text>}
        <Stack component="ul" gap="sm" style={{ listStyle: 'none', padding: 0, margin: 0 }}>
          {data?.staffSearch.map((m) => (
            <Card component="li" withBorder key={m.id} data-testid="staff-member">
              <Group justify="space-between" align="flex-start">
                <div>
                  <Text fw={700}>{m.displayName}</Text>
                  <Text size="sm" c="dimmed">
                    {[m.username, m.jobTitle, m.tenant.name].filter(Boolean).join(' · ')}
                  </Text>
                  {m.manager && (
                    <Text size="sm">{t('staff.manager', { name: m.manager.displayName })}</Text>
                  )}
                  {m.orgUnit && <Text size="sm">{t('staff.unit', { name: m.orgUnit.name })}</Text>}
                  <Group gap={4} mt={4}>
                    <Badge color={STATUS_COLOR[m.accountStatus] ?? '#495057'} variant="filled">
                      {t(`staff.status.${m.accountStatus}`, { defaultValue: m.accountStatus })}
                    </Badge>
                    {m.locked && (
                      <Badge color={LOCKED_COLOR} variant="filled">
                        {m.lockedUntil
                          ? t('staff.lockedUntil', { time: time.format(new Date(m.lockedUntil)) })
                          : t('staff.locked')}
                      </Badge>
                    )}
                    {m.mustChangePassword && (
                      <Badge color={MUST_CHANGE_COLOR} variant="filled">
                        {t('staff.mustChange')}
                      </Badge>
                    )}
                    {m.accountStatus === 'NOT_YET_ACTIVE' && m.activeFrom && (
                      <Text size="xs">
                        {t('staff.activeFrom', { time: time.format(new Date(m.activeFrom)) })}
                      </Text>
                    )}
                    {m.roles.map((r) => (
                      <Badge key={r} variant="light" color="blue" className="badge-strong">
                        {t(`profile.roleNames.${r}`, { defaultValue: r })}
                      </Badge>
                    ))}
                  </Group>
                </div>
                {m.canResetPassword && (
                  <Stack gap={6}>
                    <Button size="xs" onClick={() => setConfirming(m)}>
                      {t('staff.resetPassword')}
                    </Button>
                    {m.locked && (
                      <Button
                        size="xs"
                        variant="outline"
                        onClick={() =>
                          void unlock({ personId: m.id }).then((res) => {
                            if (!res.error) {
                              setNotice(t('staff.unlocked', { name: m.displayName }));
                              refetch({ requestPolicy: 'network-only' });
                            }
                          })
                        }
                      >
                        {t('staff.unlock')}
                      </Button>
                    )}
                    {m.mobile && (
                      <Button
                        size="xs"
                        variant="subtle"
                        onClick={() =>
                          void sendCode({ personId: m.id }).then((res) => {
                            if (!res.error) setNotice(t('staff.codeSent', { name: m.displayName }));
                          })
                        }
                      >
                        {t('staff.sendCode')}
                      </Button>
                    )}
                  </Stack>
                )}
              </Group>
            </Card>
          ))}
        </Stack>
      </Stack>
      <Modal
        opened={confirming !== null}
        onClose={() => setConfirming(null)}
        title={t('staff.resetPassword')}
      >
        <Stack>
          <Text>{t('staff.confirmReset', { name: confirming?.displayName ?? '' })}</Text>
          <Group justify="flex-end">
            <Button variant="default" onClick={() => setConfirming(null)}>
              {t('staff.cancel')}
            </Button>
            <Button onClick={() => void confirmReset()}>{t('staff.confirm')}</Button>
          </Group>
        </Stack>
      </Modal>
      <Modal
        opened={temp !== null}
        onClose={() => setTemp(null)}
        title={t('staff.tempTitle', { name: temp?.name ?? '' })}
      >
        <Stack>
          <Text size="sm">{t('staff.tempIntro', { name: temp?.name ?? '' })}</Text>
          <Text size="sm" fw={600}>
            {t('staff.tempPassword')}
          </Text>
          <Code block fz="lg" data-testid="temporary-password">
            {temp?.password}
          </Code>
          <Group justify="flex-end">
            <CopyButton value={temp?.password ?? ''}>
              {({ copied, copy }) => (
                <Button variant="light" onClick={copy}>
                  {copied ? t('staff.copied') : t('staff.copy')}
                </Button>
              )}
            </CopyButton>
            <Button onClick={() => setTemp(null)}>{t('staff.close')}</Button>
          </Group>
        </Stack>
      </Modal>
    </Container>
  );
}

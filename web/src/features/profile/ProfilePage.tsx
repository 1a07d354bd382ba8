import {
  Alert,
  Badge,
  Button,
  Container,
  Group,
  Paper,
  Stack,
  Table,
  Text,
  Title,
} from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useMutation, useQuery } from 'urql';
import { AccountQuery, SignOutEverywhereMutation } from '../auth/account.graphql';

export function ProfilePage() {
  const { t, i18n } = useTranslation();
  const [{ data }] = useQuery({ query: AccountQuery, requestPolicy: 'cache-and-network' });
  const [result, signOutEverywhere] = useMutation(SignOutEverywhereMutation);
  const [count, setCount] = useState<number | null>(null);
  const v = data?.viewer;
  if (!v) return null;
  const date = new Intl.DateTimeFormat(i18n.language, { dateStyle: 'long' });
  const rows: [string, string][] = [
    [t('profile.username'), v.username],
    [t('profile.email'), v.email ?? '—'],
    [t('profile.mobile'), v.mobile ?? '—'],
    [t('profile.workPhone'), v.person.workPhone ?? '—'],
    [t('profile.municipality'), v.tenant.name],
  ];
  return (
    <Container size="sm" px="sm">
      <Stack>
        <Title order={1} size="h2">
          {t('profile.title')}
        </Title>
        <Paper withBorder p="md" radius="md">
          <Text fw={700} size="lg">
            {v.person.displayName}
          </Text>
          {v.person.jobTitle && <Text c="dimmed">{v.person.jobTitle}</Text>}
          <Table mt="sm" variant="vertical" withRowBorders={false}>
            <Table.Tbody>
              {rows.map(([label, value]) => (
                <Table.Tr key={label}>
                  <Table.Th w={160}>{label}</Table.Th>
                  <Table.Td>{value}</Table.Td>
                </Table.Tr>
              ))}
              <Table.Tr>
                <Table.Th>{t('profile.roles')}</Table.Th>
                <Table.Td>
                  <Group gap={4}>
                    {v.roles.map((r) => (
                      <Badge key={r} variant="light" color="blue" className="badge-strong">
                        {t(`profile.roleNames.${r}`, { defaultValue: r })}
                      </Badge>
                    ))}
                  </Group>
                </Table.Td>
              </Table.Tr>
            </Table.Tbody>
          </Table>
        </Paper>
        <Paper withBorder p="md" radius="md">
          <Stack gap="sm">
            <Text>
              {v.passwordExpiresAt
                ? t('profile.passwordExpires', { date: date.format(new Date(v.passwordExpiresAt)) })
                : t('profile.passwordNeverExpires')}
            </Text>
            {count !== null && (
              <Alert color="green" role="status">
                {t('profile.signedOutEverywhere', { count })}
              </Alert>
            )}
            <Group>
              <Button component={Link} to="/password">
                {t('profile.changePassword')}
              </Button>
              <Button component={Link} to="/profile/notifications" variant="light">
                {t('notifications.profileLink')}
              </Button>
              <Button
                variant="outline"
                loading={result.fetching}
                onClick={() =>
                  void signOutEverywhere({}).then((res) => {
                    if (res.data) {
                      setCount(res.data.signOutEverywhere);
                      window.location.assign('/');
                    }
                  })
                }
              >
                {t('profile.signOutEverywhere')}
              </Button>
            </Group>
          </Stack>
        </Paper>
      </Stack>
    </Container>
  );
}

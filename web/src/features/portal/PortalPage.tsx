import { Alert, Card, Container, Group, Stack, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useQuery } from 'urql';
import { StatusBadge } from '../../components/StatusBadge';
import { NewTicketForm } from './NewTicketForm';
import { MyTicketsQuery } from './portal.graphql';

export function PortalPage({ urgentPhone }: { urgentPhone: string | null }) {
  const { t, i18n } = useTranslation();
  const [created, setCreated] = useState<string | null>(null);
  const [{ data }] = useQuery({ query: MyTicketsQuery });
  const dateFormat = new Intl.DateTimeFormat(i18n.language, {
    dateStyle: 'medium',
    timeStyle: 'short',
  });

  return (
    <Container size="sm" px="sm">
      <Stack gap="lg">
        <Title order={1} size="h2">
          {t('app.portal')}
        </Title>
        <Alert color="red" variant="light" title={t('portal.criticalTitle')}>
          {t('portal.criticalText', { phone: urgentPhone ?? '—' })}
        </Alert>
        <section aria-labelledby="new-ticket">
          <Title order={2} id="new-ticket" size="h3" mb="xs">
            {t('portal.newTicketTitle')}
          </Title>
          <Text c="dimmed" size="sm" mb="sm">
            {t('portal.newTicketIntro')}
          </Text>
          {created && (
            <Alert color="green" mb="sm" role="status">
              {t('portal.created', { number: created })}
            </Alert>
          )}
          <NewTicketForm onCreated={setCreated} />
        </section>
        <section aria-labelledby="my-tickets">
          <Title order={2} id="my-tickets" size="h3" mb="xs">
            {t('portal.myTickets')}
          </Title>
          <Stack gap="xs" component="ul" style={{ listStyle: 'none', padding: 0, margin: 0 }}>
            {data?.myTickets.length === 0 && <Text c="dimmed">{t('portal.noTickets')}</Text>}
            {data?.myTickets.map((ticket) => (
              <Card withBorder padding="sm" component="li" key={ticket.id} data-testid="my-ticket">
                <Group justify="space-between" wrap="nowrap" align="flex-start">
                  <div>
                    <Text fw={600}>{ticket.title}</Text>
                    <Text size="sm" c="dimmed">
                      {ticket.number} · {dateFormat.format(new Date(ticket.createdAt))}
                    </Text>
                  </div>
                  <StatusBadge status={ticket.status} />
                </Group>
              </Card>
            ))}
          </Stack>
        </section>
      </Stack>
    </Container>
  );
}

import { Alert, Anchor, Button, Card, Container, Group, Stack, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useQuery } from 'urql';
import { StatusBadge } from '../../components/StatusBadge';
import type { PortalTicketFieldsFragment } from '../../gql/graphql';
import { NewTicketForm } from './NewTicketForm';
import { MyTicketsQuery } from './portal.graphql';

export function PortalPage({ urgentPhone }: { urgentPhone: string | null }) {
  const { t } = useTranslation();
  const [created, setCreated] = useState<{ number: string; uploadFailed: boolean } | null>(null);
  const [{ data }] = useQuery({ query: MyTicketsQuery });

  return (
    <Container size="sm" px="sm">
      <Stack gap="lg">
        <Title order={1} size="h2">
          {t('app.portal')}
        </Title>
        <Alert color="red" variant="light" title={t('portal.criticalTitle')}>
          <Stack gap="xs">
            <Text size="sm">{t('portal.criticalText')}</Text>
            {urgentPhone && (
              <Anchor href={`tel:${urgentPhone.replace(/\s/g, '')}`} size="sm" fw={600} c="red.9">
                {t('portal.criticalPhone', { phone: urgentPhone })}
              </Anchor>
            )}
            <Button
              component={Link}
              to="/critical"
              color="red.9"
              style={{ alignSelf: 'flex-start' }}
            >
              {t('portal.criticalButton')}
            </Button>
          </Stack>
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
              {t('portal.created', { number: created.number })}
            </Alert>
          )}
          {created?.uploadFailed && (
            <Alert color="orange" mb="sm" role="alert">
              {t('portal.uploadFailed')}
            </Alert>
          )}
          <NewTicketForm
            onCreated={(number, uploadFailed) => setCreated({ number, uploadFailed })}
          />
        </section>
        <TicketList
          id="my-tickets"
          title={t('portal.myTickets')}
          tickets={data?.myTickets}
          testId="my-ticket"
        />
        {(data?.ticketsFiledForOthers.length ?? 0) > 0 && (
          <TicketList
            id="for-others"
            title={t('portal.forOthers')}
            tickets={data?.ticketsFiledForOthers}
            testId="for-other-ticket"
            showSubject
          />
        )}
      </Stack>
    </Container>
  );
}

function TicketList(props: {
  id: string;
  title: string;
  tickets: PortalTicketFieldsFragment[] | undefined;
  testId: string;
  showSubject?: boolean;
}) {
  const { t, i18n } = useTranslation();
  const dateFormat = new Intl.DateTimeFormat(i18n.language, {
    dateStyle: 'medium',
    timeStyle: 'short',
  });
  return (
    <section aria-labelledby={props.id}>
      <Title order={2} id={props.id} size="h3" mb="xs">
        {props.title}
      </Title>
      <Stack gap="xs" component="ul" style={{ listStyle: 'none', padding: 0, margin: 0 }}>
        {props.tickets?.length === 0 && <Text c="dimmed">{t('portal.noTickets')}</Text>}
        {props.tickets?.map((ticket) => (
          <Card withBorder padding="sm" component="li" key={ticket.id} data-testid={props.testId}>
            <Group justify="space-between" wrap="nowrap" align="flex-start">
              <div style={{ minWidth: 0 }}>
                <Anchor
                  component={Link}
                  to={`/tickets/${ticket.id}`}
                  fw={600}
                  style={{ overflowWrap: 'anywhere' }}
                >
                  {ticket.title}
                </Anchor>
                <Text size="sm" c="dark.6">
                  {ticket.number} · {dateFormat.format(new Date(ticket.createdAt))}
                  {props.showSubject &&
                    ` · ${t('portal.forPerson', { name: ticket.subject.displayName })}`}
                </Text>
              </div>
              <StatusBadge status={ticket.status} />
            </Group>
          </Card>
        ))}
      </Stack>
    </section>
  );
}

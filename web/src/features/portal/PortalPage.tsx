import { Alert, Anchor, Button, Card, Container, Group, Stack, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useQuery } from 'urql';
import { PORTAL_TICKET_LIMIT } from '@linje/shared';
import { StatusBadge } from '../../components/StatusBadge';
import type { PortalTicketFieldsFragment } from '../../gql/graphql';
import { ActiveAnnouncements } from '../announcements/ActiveAnnouncements';
import { ItAvailabilityQuery } from '../availability/availability.graphql';
import { ContactCard } from './ContactCard';
import { NewTicketForm } from './NewTicketForm';
import { StartActions } from './StartActions';
import { MyTicketsQuery } from './portal.graphql';

export function PortalPage({
  urgentPhone,
  supportPhone = null,
  supportEmail = null,
  isManager = false,
  tenantCode = null,
}: {
  urgentPhone: string | null;
  isManager?: boolean;
  tenantCode?: string | null;
  supportPhone?: string | null;
  supportEmail?: string | null;
}) {
  const { t } = useTranslation();
  const [created, setCreated] = useState<{ number: string; uploadFailed: boolean } | null>(null);
  const [{ data }] = useQuery({ query: MyTicketsQuery });

  return (
    <Container size="sm" px="sm">
      <Stack gap="lg">
        <Title order={1} size="h2">
          {t('app.portal')}
        </Title>
        <ActiveAnnouncements />
        <StartActions isManager={isManager} />
        <Alert color="red" variant="light" title={t('portal.criticalTitle')}>
          <Stack gap="xs">
            <Text size="sm">{t('portal.criticalText')}</Text>
            {urgentPhone && (
              <Anchor
                href={`tel:${urgentPhone.replace(/\s/g, '')}`}
                size="sm"
                fw={600}
                c="inherit"
                underline="always"
              >
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
        <MyTickets tickets={data?.myTickets} />
        <ContactCard
          supportPhone={supportPhone}
          urgentPhone={urgentPhone}
          supportEmail={supportEmail}
        />
        {(data?.ticketsFiledForOthers.length ?? 0) > 0 && (
          <TicketList
            id="for-others"
            level={2}
            title={t('portal.forOthers')}
            tickets={data?.ticketsFiledForOthers}
            testId="for-other-ticket"
            showSubject
          />
        )}
        <footer>
          <Anchor
            component={Link}
            to={tenantCode ? `/privacy/${encodeURIComponent(tenantCode)}` : '/privacy'}
            size="sm"
          >
            {t('privacy.link')}
          </Anchor>
        </footer>
      </Stack>
    </Container>
  );
}

/** Closed tickets shown before "show all": the rest is history the caller rarely needs. */
const CLOSED_SHOWN = 5;

/**
 * The caller's tickets by what they ask of them: first those waiting for the caller (a
 * question to answer, a solution to check and rate), then those IT is working on, then
 * the closed ones, of which only the latest until asked.
 */
function MyTickets({ tickets }: { tickets: PortalTicketFieldsFragment[] | undefined }) {
  const { t } = useTranslation();
  const [allClosed, setAllClosed] = useState(false);
  if (!tickets) return null;
  const waiting = tickets.filter((x) => ['WAITING_FOR_CALLER', 'RESOLVED'].includes(x.status));
  const closed = tickets.filter((x) => x.status === 'CLOSED');
  const working = tickets.filter((x) => !waiting.includes(x) && !closed.includes(x));
  const groups = [
    {
      id: 'my-tickets-waiting',
      title: t('portal.waitingForYou'),
      hint: t('portal.waitingForYouHint'),
      tickets: waiting,
    },
    { id: 'my-tickets-working', title: t('portal.inProgress'), tickets: working },
    {
      id: 'my-tickets-closed',
      title: t('portal.closedTickets'),
      tickets: allClosed ? closed : closed.slice(0, CLOSED_SHOWN),
    },
  ];
  return (
    <section aria-labelledby="my-tickets">
      <Title order={2} id="my-tickets" size="h3" mb="xs">
        {t('portal.myTickets')}
      </Title>
      {tickets.length === 0 && <Text c="dimmed">{t('portal.noTickets')}</Text>}
      <Stack gap="md">
        {groups
          .filter((g) => g.tickets.length > 0)
          .map((g) => (
            <TicketList key={g.id} {...g} testId="my-ticket" />
          ))}
        {closed.length > CLOSED_SHOWN && (
          <Button
            variant="subtle"
            style={{ alignSelf: 'flex-start' }}
            aria-controls="my-tickets-closed-list"
            aria-expanded={allClosed}
            onClick={() => setAllClosed((v) => !v)}
          >
            {allClosed
              ? t('portal.showFewerClosed')
              : t('portal.showAllClosed', { count: closed.length })}
          </Button>
        )}
        {tickets.length >= PORTAL_TICKET_LIMIT && (
          <Text size="sm" c="dimmed">
            {t('portal.latestOnly', { count: PORTAL_TICKET_LIMIT })}
          </Text>
        )}
      </Stack>
    </section>
  );
}

function TicketList(props: {
  id: string;
  title: string;
  hint?: string;
  tickets: PortalTicketFieldsFragment[] | undefined;
  testId: string;
  showSubject?: boolean;
  /** A subsection of "My tickets" (a smaller heading) or a list of its own. */
  level?: 2 | 3;
}) {
  const { t, i18n } = useTranslation();
  // The municipality's clock, whatever zone the phone is set to.
  const [{ data: availability }] = useQuery({ query: ItAvailabilityQuery });
  const dateFormat = new Intl.DateTimeFormat(i18n.language, {
    dateStyle: 'medium',
    timeStyle: 'short',
    timeZone: availability?.itAvailability.timeZone,
  });
  const level = props.level ?? 3;
  return (
    <section aria-labelledby={props.id}>
      <Title order={level} id={props.id} size={level === 2 ? 'h3' : 'h4'} mb="xs">
        {props.title}
      </Title>
      {props.hint && (
        <Text size="sm" c="dimmed" mb="xs">
          {props.hint}
        </Text>
      )}
      {props.tickets?.length === 0 && <Text c="dimmed">{t('portal.noTickets')}</Text>}
      <Stack
        gap="xs"
        component="ul"
        id={`${props.id}-list`}
        style={{ listStyle: 'none', padding: 0, margin: 0 }}
      >
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
                <Text size="sm" c="dimmed">
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

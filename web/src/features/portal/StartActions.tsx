import { Anchor, Box, Card, SimpleGrid, Text, Title } from '@mantine/core';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { KnowledgeSearchBox } from '../knowledge/KnowledgeSearchBox';

/** One thing a person can do from the start page. */
export interface StartAction {
  id: string;
  /** A route, or `#id` for a section further down the start page. */
  to: string;
  label: string;
  hint: string;
}

/** The start page's action list; approvals only for managers. */
export function startActions(t: (key: string) => string, isManager: boolean): StartAction[] {
  return [
    {
      id: 'report',
      to: '#new-ticket',
      label: t('portalStart.report'),
      hint: t('portalStart.reportHint'),
    },
    {
      id: 'critical',
      to: '/critical',
      label: t('portalStart.critical'),
      hint: t('portalStart.criticalHint'),
    },
    {
      id: 'order',
      to: '/catalog',
      label: t('catalog.title'),
      hint: t('portalStart.orderHint'),
    },
    ...(isManager
      ? [
          {
            id: 'approvals',
            to: '/catalog#catalog-inbox',
            label: t('portalStart.approvals'),
            hint: t('portalStart.approvalsHint'),
          },
        ]
      : []),
    {
      id: 'my-tickets',
      to: '#my-tickets',
      label: t('portalStart.myTickets'),
      hint: t('portalStart.myTicketsHint'),
    },
  ];
}

function ActionCard({ action }: { action: StartAction }) {
  const link: ReactNode = action.to.startsWith('#') ? (
    <Anchor href={action.to} fw={600}>
      {action.label}
    </Anchor>
  ) : (
    <Anchor component={Link} to={action.to} fw={600}>
      {action.label}
    </Anchor>
  );
  return (
    <Card withBorder padding="sm" component="li" data-testid={`start-action-${action.id}`}>
      {link}
      <Text size="sm" c="dimmed">
        {action.hint}
      </Text>
    </Card>
  );
}

export function StartActions({ isManager = false }: { isManager?: boolean }) {
  const { t } = useTranslation();
  return (
    <section aria-labelledby="start-actions">
      <Title order={2} id="start-actions" size="h3" mb="xs">
        {t('portalStart.actionsTitle')}
      </Title>
      <Box mb="sm">
        <KnowledgeSearchBox />
      </Box>
      <SimpleGrid
        cols={{ base: 1, xs: 2 }}
        spacing="xs"
        component="ul"
        style={{ listStyle: 'none', padding: 0, margin: 0 }}
      >
        {startActions(t, isManager).map((a) => (
          <ActionCard key={a.id} action={a} />
        ))}
      </SimpleGrid>
    </section>
  );
}

import { BarChart } from '@mantine/charts';
import '@mantine/charts/styles.css';
import {
  Alert,
  Card,
  Container,
  Group,
  NativeSelect,
  SimpleGrid,
  Table,
  Text,
  Title,
  VisuallyHidden,
} from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useQuery } from 'urql';
import { describeError } from '../../app/errors';
import { DashboardTenantsQuery, TicketDashboardQuery } from './dashboard.graphql';

interface Row {
  label: string;
  count: number;
}

/** One breakdown: a bar chart with the same figures as a table for screen readers. */
function Breakdown({ title, rows }: { title: string; rows: Row[] }) {
  const { t } = useTranslation();
  return (
    <Card withBorder component="section" aria-label={title}>
      <Title order={2} size="h4" mb="sm">
        {title}
      </Title>
      <div>
        <BarChart
          h={220}
          data={rows}
          dataKey="label"
          series={[{ name: 'count', label: t('dashboard.tickets'), color: 'blue.8' }]}
          tickLine="y"
        />
      </div>
      <VisuallyHidden>
        <Table>
          <caption>{t('dashboard.tableCaption', { chart: title })}</caption>
          <Table.Tbody>
            {rows.map((r) => (
              <Table.Tr key={r.label}>
                <Table.Th scope="row">{r.label}</Table.Th>
                <Table.Td>{r.count}</Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </VisuallyHidden>
    </Card>
  );
}

export default function DashboardPage() {
  const { t } = useTranslation();
  const [tenantId, setTenantId] = useState('');
  const [{ data, error }] = useQuery({
    query: TicketDashboardQuery,
    variables: { tenantId: tenantId || null },
  });
  const d = data?.ticketDashboard;
  const [{ data: served }] = useQuery({ query: DashboardTenantsQuery });
  const tenants = served?.viewer?.tenants ?? [];
  return (
    <Container fluid>
      <Group justify="space-between" align="flex-end" mb="xs">
        <Title order={1} size="h2">
          {t('dashboard.title')}
        </Title>
        {tenants.length > 1 && (
          <NativeSelect
            label={t('dashboard.municipality')}
            value={tenantId}
            onChange={(e) => setTenantId(e.currentTarget.value)}
            data={[
              { value: '', label: t('dashboard.allMunicipalities') },
              ...tenants.map((x) => ({ value: x.id, label: x.name })),
            ]}
          />
        )}
      </Group>
      {error && (
        <Alert color="red" role="alert">
          {describeError(t, error)}
        </Alert>
      )}
      {d && (
        <>
          <Text mb="md">{t('dashboard.total', { count: d.open })}</Text>
          <SimpleGrid cols={{ base: 1, md: 2 }}>
            <Breakdown
              title={t('dashboard.byPriority')}
              rows={d.byPriority.map((r) => ({ label: t(`priority.${r.key}`), count: r.count }))}
            />
            <Breakdown
              title={t('dashboard.byStatus')}
              rows={d.byStatus.map((r) => ({ label: t(`status.${r.key}`), count: r.count }))}
            />
            <Breakdown
              title={t('dashboard.byGroup')}
              rows={d.byGroup.map((r) => ({
                label: r.key || t('dashboard.unassigned'),
                count: r.count,
              }))}
            />
            <Breakdown
              title={t('dashboard.byAge')}
              rows={d.byAge.map((r) => ({ label: t(`dashboard.ages.${r.key}`), count: r.count }))}
            />
          </SimpleGrid>
        </>
      )}
    </Container>
  );
}

import { BarChart } from '@mantine/charts';
import '@mantine/charts/styles.css';
import { Container, NativeSelect, Stack, Table, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useQuery } from 'urql';
import { SlaComplianceQuery } from './sla.graphql';

/** The last twelve months as YYYY-MM, newest first. */
function recentMonths(): string[] {
  const now = new Date();
  return Array.from({ length: 12 }, (_, i) => {
    const d = new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth() - i, 1));
    return `${d.getUTCFullYear()}-${String(d.getUTCMonth() + 1).padStart(2, '0')}`;
  });
}

const pct = (part: number, whole: number) => (whole === 0 ? 0 : Math.round((part / whole) * 100));

/** SLA compliance per group and month, as a chart and the same numbers as a table. */
export function SlaReportPage({ tenantId }: { tenantId: string }) {
  const { t } = useTranslation();
  const months = recentMonths();
  const [month, setMonth] = useState(months[0] ?? '');
  const [{ data }] = useQuery({ query: SlaComplianceQuery, variables: { tenantId, month } });
  const rows = (data?.slaCompliance ?? []).map((r) => ({
    ...r,
    label: r.group || t('sla.noGroup'),
    response: pct(r.responseMet, r.resolved),
    resolution: pct(r.resolutionMet, r.resolved),
  }));

  return (
    <Container size="md" px="sm">
      <Stack gap="md">
        <Title order={1} size="h2">
          {t('sla.title')}
        </Title>
        <NativeSelect
          label={t('sla.monthLabel')}
          value={month}
          onChange={(e) => setMonth(e.currentTarget.value)}
          data={months}
          maw={200}
        />
        {rows.length === 0 ? (
          <Text>{t('sla.empty')}</Text>
        ) : (
          <>
            <div role="img" aria-label={t('sla.chartLabel')}>
              <BarChart
                h={260}
                data={rows}
                dataKey="label"
                yAxisProps={{ domain: [0, 100] }}
                series={[
                  { name: 'response', label: t('sla.responsePct'), color: 'blue.8' },
                  { name: 'resolution', label: t('sla.resolutionPct'), color: 'teal.9' },
                ]}
                withLegend
              />
            </div>
            <Table striped>
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>{t('sla.group')}</Table.Th>
                  <Table.Th>{t('sla.resolved')}</Table.Th>
                  <Table.Th>{t('sla.responseMet')}</Table.Th>
                  <Table.Th>{t('sla.resolutionMet')}</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {rows.map((r) => (
                  <Table.Tr key={r.label}>
                    <Table.Td>{r.label}</Table.Td>
                    <Table.Td>{r.resolved}</Table.Td>
                    <Table.Td>
                      {r.responseMet} ({r.response} %)
                    </Table.Td>
                    <Table.Td>
                      {r.resolutionMet} ({r.resolution} %)
                    </Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </>
        )}
      </Stack>
    </Container>
  );
}

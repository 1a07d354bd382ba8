import { Button, Group, Stack, Table, Text, TextInput, Title } from '@mantine/core';
import { formatKronor } from '@linje/shared';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useClient, useQuery } from 'urql';
import { describeError } from '../../app/errors';
import { ChargebackReportCsvQuery, ChargebackReportQuery } from './assets.graphql';

const MONTH = /^\d{4}-(0[1-9]|1[0-2])$/;

/** What each unit pays for its equipment in a month, with a CSV download. */
export function ChargebackPanel({ tenantId, month: initial }: { tenantId: string; month: string }) {
  const { t } = useTranslation();
  const client = useClient();
  const [month, setMonth] = useState(initial);
  const valid = MONTH.test(month);
  const [{ data, error }] = useQuery({
    query: ChargebackReportQuery,
    variables: { tenantId, month },
    pause: !valid,
    requestPolicy: 'cache-and-network',
  });
  const report = data?.chargebackReport;

  async function download() {
    const res = await client
      .query(ChargebackReportCsvQuery, { tenantId, month }, { requestPolicy: 'network-only' })
      .toPromise();
    if (!res.data) return;
    const blob = new Blob(['\uFEFF', res.data.chargebackReportCsv], {
      type: 'text/csv;charset=utf-8',
    });
    const url = URL.createObjectURL(blob);
    const a = document.createElement('a');
    a.href = url;
    a.download = `chargeback-${month}.csv`;
    a.click();
    URL.revokeObjectURL(url);
  }

  return (
    <Stack>
      <Title order={2} size="h4">
        {t('assets.chargeback.title')}
      </Title>
      <Group align="flex-end">
        <TextInput
          type="month"
          label={t('assets.chargeback.month')}
          value={month}
          onChange={(e) => setMonth(e.currentTarget.value)}
        />
        <Button variant="default" disabled={!valid} onClick={() => void download()}>
          {t('assets.chargeback.download')}
        </Button>
      </Group>
      {error && <Text c="red">{describeError(t, error)}</Text>}
      {report && report.lines.length === 0 && <Text c="dimmed">{t('assets.chargeback.none')}</Text>}
      {report && report.lines.length > 0 && (
        <Table.ScrollContainer minWidth={560}>
          <Table striped>
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('assets.chargeback.costCentre')}</Table.Th>
                <Table.Th>{t('assets.unit')}</Table.Th>
                <Table.Th>{t('assets.tag')}</Table.Th>
                <Table.Th>{t('assets.chargeback.days')}</Table.Th>
                <Table.Th>{t('assets.chargeback.amount', { currency: report.currency })}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {report.lines.map((l) => (
                <Table.Tr key={`${l.unitId}-${l.assetId}`} data-testid="chargeback-line">
                  <Table.Td>{l.costCentre}</Table.Td>
                  <Table.Td>{l.unitName}</Table.Td>
                  <Table.Td ff="monospace">{l.assetTag}</Table.Td>
                  <Table.Td>{l.days}</Table.Td>
                  <Table.Td>{formatKronor(l.amountMinor)}</Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
            <Table.Tfoot>
              <Table.Tr>
                <Table.Th colSpan={4}>{t('assets.chargeback.total')}</Table.Th>
                <Table.Th>{formatKronor(report.totalMinor)}</Table.Th>
              </Table.Tr>
            </Table.Tfoot>
          </Table>
        </Table.ScrollContainer>
      )}
    </Stack>
  );
}

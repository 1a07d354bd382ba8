import { Alert, Button, FileButton, Group, List, Stack, Text } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useClient, useMutation } from 'urql';
import { describeError } from '../../app/errors';
import { AssetsCsvQuery, ImportAssetsCsvMutation } from './assets.graphql';

interface Problem {
  row: number;
  column: string;
  code: string;
}

/** Download the register as CSV, or bring a file in (all rows or none). */
export function AssetsCsvPanel({
  tenantId,
  onImported,
}: {
  tenantId: string;
  onImported: () => void;
}) {
  const { t } = useTranslation();
  const client = useClient();
  const [importing, importCsv] = useMutation(ImportAssetsCsvMutation);
  const [exportError, setExportError] = useState<string | null>(null);
  const [problems, setProblems] = useState<Problem[]>([]);
  const [done, setDone] = useState<{ created: number; updated: number } | null>(null);

  async function download() {
    setExportError(null);
    const res = await client
      .query(AssetsCsvQuery, { tenantId }, { requestPolicy: 'network-only' })
      .toPromise();
    if (res.error || !res.data) {
      setExportError(res.error ? describeError(t, res.error) : t('errors.generic'));
      return;
    }
    // A byte-order mark makes spreadsheet programs read å, ä and ö correctly.
    const blob = new Blob(['\uFEFF', res.data.assetsCsv], { type: 'text/csv;charset=utf-8' });
    const url = URL.createObjectURL(blob);
    const a = document.createElement('a');
    a.href = url;
    a.download = 'assets.csv';
    a.click();
    URL.revokeObjectURL(url);
  }

  async function upload(file: File | null) {
    if (!file) return;
    setDone(null);
    setProblems([]);
    const res = await importCsv(
      { tenantId, csv: await file.text() },
      { additionalTypenames: ['Asset'] },
    );
    const result = res.data?.importAssetsCsv;
    if (!result) return;
    if (result.problems.length > 0) setProblems(result.problems);
    else {
      setDone({ created: result.created, updated: result.updated });
      onImported();
    }
  }

  return (
    <Stack gap="xs">
      <Group>
        <Button variant="default" onClick={() => void download()}>
          {t('assets.csv.export')}
        </Button>
        <FileButton accept=".csv,text/csv" onChange={(f) => void upload(f)}>
          {(props) => (
            <Button variant="default" loading={importing.fetching} {...props}>
              {t('assets.csv.import')}
            </Button>
          )}
        </FileButton>
      </Group>
      <Text size="sm" c="dimmed">
        {t('assets.csv.hint')}
      </Text>
      {(exportError || importing.error) && (
        <Alert color="red" role="alert">
          {exportError ?? (importing.error ? describeError(t, importing.error) : '')}
        </Alert>
      )}
      {done && (
        <Text role="status" className="text-success">
          {t('assets.csv.imported', done)}
        </Text>
      )}
      {problems.length > 0 && (
        <Alert color="red" role="alert" title={t('assets.csv.refused')}>
          <List size="sm">
            {problems.slice(0, 50).map((p) => (
              <List.Item key={`${p.row}-${p.column}-${p.code}`}>
                {t('assets.csv.problem', {
                  row: p.row,
                  column: p.column,
                  problem: t(`assets.csv.codes.${p.code}`, { defaultValue: p.code }),
                })}
              </List.Item>
            ))}
          </List>
        </Alert>
      )}
    </Stack>
  );
}

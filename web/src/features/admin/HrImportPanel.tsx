import { Alert, Button, Checkbox, FileInput, Progress, Stack, Table, Text } from '@mantine/core';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useMutation } from 'urql';
import { describeError } from '../../app/errors';
import { ImportHrMutation } from './admin.graphql';

type Phase = 'idle' | 'reading' | 'uploading' | 'done';

/** Reads the file with progress events, then sends it; the bar shows both steps. */
function readFile(file: File, onProgress: (fraction: number) => void): Promise<string> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onprogress = (e) => {
      if (e.lengthComputable) onProgress(e.loaded / e.total);
    };
    reader.onload = () => resolve(typeof reader.result === 'string' ? reader.result : '');
    reader.onerror = () => reject(reader.error ?? new Error('read failed'));
    reader.readAsText(file, 'utf-8');
  });
}

export function HrImportPanel() {
  const { t } = useTranslation();
  const [file, setFile] = useState<File | null>(null);
  const [dryRun, setDryRun] = useState(false);
  const [phase, setPhase] = useState<Phase>('idle');
  const [progress, setProgress] = useState(0);
  const [result, importHr] = useMutation(ImportHrMutation);

  async function submit(e: FormEvent) {
    e.preventDefault();
    if (!file) return;
    setPhase('reading');
    setProgress(0);
    const content = await readFile(file, (f) => setProgress(Math.round(f * 50)));
    setPhase('uploading');
    setProgress(50);
    const format = file.name.toLowerCase().endsWith('.json') ? 'JSON' : 'CSV';
    await importHr({ content, format, dryRun });
    setProgress(100);
    setPhase('done');
  }

  const report = result.data?.importHr;
  const label =
    phase === 'reading'
      ? t('admin.hr.reading')
      : phase === 'uploading'
        ? t('admin.hr.uploading')
        : t('admin.hr.done');

  return (
    <Stack>
      <Text>{t('admin.hr.intro')}</Text>
      <form onSubmit={submit} noValidate>
        <Stack>
          <FileInput
            label={t('admin.hr.file')}
            accept=".csv,.json,text/csv,application/json"
            value={file}
            onChange={setFile}
            clearable
            clearButtonProps={{ 'aria-label': t('admin.hr.clear') }}
          />
          <Checkbox
            label={t('admin.hr.dryRun')}
            checked={dryRun}
            onChange={(e) => setDryRun(e.currentTarget.checked)}
          />
          <Button
            type="submit"
            disabled={!file}
            loading={result.fetching}
            style={{ alignSelf: 'flex-start' }}
          >
            {t('admin.hr.run')}
          </Button>
        </Stack>
      </form>
      {phase !== 'idle' && (
        <div>
          <Text size="sm" id="hr-progress-label">
            {label}
          </Text>
          <Progress.Root size="lg">
            <Progress.Section
              value={progress}
              animated={phase === 'uploading'}
              aria-labelledby="hr-progress-label"
            />
          </Progress.Root>
        </div>
      )}
      {result.error && (
        <Alert color="red" role="alert">
          {describeError(t, result.error)}
        </Alert>
      )}
      {report && report.fileErrors.length > 0 && (
        <Alert color="red" role="alert" title={t('admin.hr.fileErrors')}>
          {report.fileErrors.map((e) => (
            <Text key={e} size="sm">
              {e}
            </Text>
          ))}
        </Alert>
      )}
      {report && report.fileErrors.length === 0 && (
        <Alert color={report.rejected.length > 0 ? 'yellow' : 'green'} role="status">
          {t('admin.hr.summary', { ...report, rejected: report.rejected.length })}
        </Alert>
      )}
      {report && report.rejected.length > 0 && (
        <Table striped>
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('admin.hr.row')}</Table.Th>
              <Table.Th>{t('admin.hr.personNumber')}</Table.Th>
              <Table.Th>{t('admin.hr.problem')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {report.rejected.map((r) => (
              <Table.Tr key={r.row}>
                <Table.Td>{r.row}</Table.Td>
                <Table.Td>{r.personNumber ?? '—'}</Table.Td>
                <Table.Td>{r.problems.map((p) => `${p.field}: ${p.message}`).join('; ')}</Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      )}
    </Stack>
  );
}

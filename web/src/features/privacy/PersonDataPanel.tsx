import {
  Alert,
  Button,
  Checkbox,
  Group,
  Modal,
  Paper,
  Select,
  Stack,
  Text,
  TextInput,
  Textarea,
  Title,
} from '@mantine/core';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useClient, useMutation, useQuery } from 'urql';
import { describeError } from '../../app/errors';
import { StaffSearchQuery } from '../staff/staff.graphql';
import { ErasePersonMutation, PersonDataExportQuery } from './privacy.graphql';

function saveFile(fileName: string, text: string): void {
  const url = URL.createObjectURL(new Blob([text], { type: 'application/json' }));
  const a = document.createElement('a');
  a.href = url;
  a.download = fileName;
  document.body.append(a);
  a.click();
  a.remove();
  URL.revokeObjectURL(url);
}

/**
 * Administrators answer a person's request: download what Linje holds about them (JSON or
 * PDF) or erase them, with the reason and a confirmation.
 */
export function PersonDataPanel() {
  const { t, i18n } = useTranslation();
  const client = useClient();
  const [input, setInput] = useState('');
  const [query, setQuery] = useState('');
  const [{ data }, refetch] = useQuery({
    query: StaffSearchQuery,
    variables: { query },
    pause: !query,
  });
  const [selected, setSelected] = useState<string | null>(null);
  const [downloadError, setDownloadError] = useState(false);
  const [erasing, setErasing] = useState(false);
  const [erased, setErased] = useState<string | null>(null);
  const people = data?.staffSearch ?? [];
  const person = people.find((p) => p.id === selected) ?? null;

  async function downloadJson() {
    if (!selected) return;
    setDownloadError(false);
    const res = await client
      .query(PersonDataExportQuery, { personId: selected }, { requestPolicy: 'network-only' })
      .toPromise();
    const out = res.data?.personDataExport;
    if (out) saveFile(out.fileName, out.json);
    else setDownloadError(true);
  }

  return (
    <Paper withBorder p="md">
      <Stack>
        <Title order={2} size="h4">
          {t('privacy.data.title')}
        </Title>
        <Text size="sm">{t('privacy.data.intro')}</Text>
        <form
          role="search"
          aria-label={t('privacy.data.find')}
          onSubmit={(e) => {
            e.preventDefault();
            setSelected(null);
            setQuery(input.trim());
          }}
        >
          <Group align="flex-end">
            <TextInput
              style={{ flex: 1, minWidth: 200 }}
              label={t('privacy.data.find')}
              value={input}
              onChange={(e) => setInput(e.currentTarget.value)}
            />
            <Button type="submit" variant="light">
              {t('privacy.data.search')}
            </Button>
          </Group>
        </form>
        {query && data && people.length === 0 && <Text size="sm">{t('privacy.data.none')}</Text>}
        {people.length > 0 && (
          <Select
            label={t('privacy.data.person')}
            value={selected}
            onChange={(v) => {
              setSelected(v);
              setErased(null);
              setDownloadError(false);
            }}
            data={people.map((p) => ({ value: p.id, label: `${p.displayName} (${p.username})` }))}
          />
        )}
        {erased && (
          <Alert color="green" role="status">
            {erased}
          </Alert>
        )}
        {downloadError && (
          <Alert color="red" role="alert">
            {t('privacy.data.downloadFailed')}
          </Alert>
        )}
        {person && (
          <Group>
            <Button variant="light" onClick={() => void downloadJson()}>
              {t('privacy.data.json')}
            </Button>
            <Button
              variant="light"
              component="a"
              href={`/api/people/${encodeURIComponent(person.id)}/data-export.pdf?lang=${encodeURIComponent(i18n.language)}`}
              download
            >
              {t('privacy.data.pdf')}
            </Button>
            <Button color="red" variant="outline" onClick={() => setErasing(true)}>
              {t('privacy.data.erase')}
            </Button>
          </Group>
        )}
        {person && (
          <EraseDialog
            opened={erasing}
            personId={person.id}
            name={person.displayName}
            onClose={() => setErasing(false)}
            onErased={(pseudonym) => {
              setErasing(false);
              setErased(t('privacy.data.erased', { name: person.displayName, pseudonym }));
              setSelected(null);
              refetch({ requestPolicy: 'network-only' });
            }}
          />
        )}
      </Stack>
    </Paper>
  );
}

function EraseDialog(props: {
  opened: boolean;
  personId: string;
  name: string;
  onClose: () => void;
  onErased: (pseudonym: string) => void;
}) {
  const { t } = useTranslation();
  const [reason, setReason] = useState('');
  const [confirmed, setConfirmed] = useState(false);
  const [reasonError, setReasonError] = useState<string | null>(null);
  const [result, erase] = useMutation(ErasePersonMutation);

  async function submit(e: FormEvent) {
    e.preventDefault();
    if (reason.trim().length < 3) return setReasonError(t('privacy.data.reasonRequired'));
    setReasonError(null);
    const res = await erase({ personId: props.personId, reason: reason.trim() });
    const done = res.data?.erasePerson;
    if (done) {
      setReason('');
      setConfirmed(false);
      props.onErased(done.pseudonym);
    }
  }

  return (
    <Modal.Root opened={props.opened} onClose={props.onClose}>
      <Modal.Overlay />
      <Modal.Content>
        {/* A div, not Mantine's <header>: a second banner landmark next to the app's. */}
        <Modal.Header component="div">
          <Modal.Title>{t('privacy.data.eraseTitle', { name: props.name })}</Modal.Title>
          <Modal.CloseButton aria-label={t('privacy.data.cancel')} />
        </Modal.Header>
        <Modal.Body>
          <form onSubmit={submit} noValidate>
            <Stack>
              <Alert color="red" variant="light">
                {t('privacy.data.eraseWarning')}
              </Alert>
              {result.error && (
                <Alert color="red" role="alert">
                  {describeError(t, result.error)}
                </Alert>
              )}
              <Textarea
                label={t('privacy.data.reason')}
                required
                autosize
                minRows={2}
                maxLength={500}
                value={reason}
                error={reasonError}
                onChange={(e) => setReason(e.currentTarget.value)}
              />
              <Checkbox
                label={t('privacy.data.confirm')}
                checked={confirmed}
                onChange={(e) => setConfirmed(e.currentTarget.checked)}
              />
              <Group justify="flex-end">
                <Button variant="default" onClick={props.onClose}>
                  {t('privacy.data.cancel')}
                </Button>
                <Button type="submit" color="red" disabled={!confirmed} loading={result.fetching}>
                  {t('privacy.data.eraseButton')}
                </Button>
              </Group>
            </Stack>
          </form>
        </Modal.Body>
      </Modal.Content>
    </Modal.Root>
  );
}

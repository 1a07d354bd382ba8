import {
  Alert,
  Button,
  Card,
  Checkbox,
  Stack,
  Text,
  TextInput,
  Textarea,
  Title,
} from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useClient, useMutation, type CombinedError } from 'urql';
import { describeError, errorCode } from '../../app/errors';
import type { TicketDetailFieldsFragment } from '../../gql/graphql';
import {
  FindTicketByNumberQuery,
  LinkTicketMutation,
  MergeTicketMutation,
  ResolveMajorIncidentMutation,
  SetMajorIncidentMutation,
} from './ticket.graphql';

/** Major incident (mark, link, resolve all with one reply) and merging duplicates. */
export function IncidentPanel(props: {
  ticket: TicketDetailFieldsFragment;
  onChanged: () => void;
}) {
  const { t } = useTranslation();
  const { ticket } = props;
  const client = useClient();
  const [error, setError] = useState<CombinedError | null>(null);
  const [notFound, setNotFound] = useState(false);
  const [number, setNumber] = useState('');
  const [reply, setReply] = useState('');
  const [, setMajor] = useMutation(SetMajorIncidentMutation);
  const [, link] = useMutation(LinkTicketMutation);
  const [, resolveAll] = useMutation(ResolveMajorIncidentMutation);
  const [, merge] = useMutation(MergeTicketMutation);
  // Until the page has refetched, edit on top of our own last result.
  const [ownVersion, setOwnVersion] = useState(0);
  const ref = { id: ticket.id, version: Math.max(ticket.version, ownVersion) };

  async function run(p: Promise<{ error?: CombinedError; data?: Record<string, unknown> }>) {
    const res = await p;
    setError(res.error ?? null);
    if (res.error) {
      if (errorCode(res.error) === 'CONFLICT') {
        setOwnVersion(0);
        props.onChanged();
      }
      return;
    }
    const changed = Object.values(res.data ?? {})[0] as { version?: number } | undefined;
    if (changed?.version) setOwnVersion(changed.version);
    props.onChanged();
  }

  async function other(): Promise<string | null> {
    setNotFound(false);
    const res = await client
      .query(FindTicketByNumberQuery, { text: number.trim() }, { requestPolicy: 'network-only' })
      .toPromise();
    const hit = res.data?.searchTickets.find(
      (h) => h.number.toUpperCase() === number.trim().toUpperCase(),
    );
    if (!hit) setNotFound(true);
    return hit?.id ?? null;
  }

  return (
    <Card withBorder component="section" aria-labelledby="incident-title">
      <Stack gap="sm">
        <Title order={2} size="h4" id="incident-title">
          {t('ticket.incident')}
        </Title>
        {error && (
          <Alert color={errorCode(error) === 'CONFLICT' ? 'orange' : 'red'} role="alert">
            {errorCode(error) === 'CONFLICT' ? t('ticket.conflict') : describeError(t, error)}
          </Alert>
        )}
        {ticket.mergedIntoId && <Text size="sm">{t('ticket.mergedNote')}</Text>}
        {ticket.parentId && <Text size="sm">{t('ticket.linkedToIncident')}</Text>}
        <Checkbox
          label={t('ticket.isMajorIncident')}
          checked={ticket.majorIncident}
          disabled={Boolean(ticket.parentId)}
          onChange={(e) =>
            void run(setMajor({ input: { ...ref, majorIncident: e.currentTarget.checked } }))
          }
        />
        {ticket.majorIncident ? (
          <>
            <Textarea
              label={t('ticket.resolveAllReply')}
              value={reply}
              onChange={(e) => setReply(e.currentTarget.value)}
            />
            <Button
              disabled={!reply.trim() || ticket.status === 'RESOLVED' || ticket.status === 'CLOSED'}
              onClick={() => void run(resolveAll({ input: { ...ref, reply } }))}
            >
              {t('ticket.resolveAll')}
            </Button>
          </>
        ) : (
          <>
            <TextInput
              label={t('ticket.otherNumber')}
              placeholder="KAV-2611-0042"
              value={number}
              error={notFound ? t('ticket.unknownNumber') : null}
              onChange={(e) => setNumber(e.currentTarget.value)}
            />
            <Button
              variant="light"
              disabled={!number.trim()}
              onClick={() =>
                void other().then((parentId) =>
                  parentId ? run(link({ input: { ...ref, parentId } })) : undefined,
                )
              }
            >
              {t('ticket.linkToIncident')}
            </Button>
            <Button
              variant="light"
              disabled={!number.trim() || Boolean(ticket.mergedIntoId)}
              onClick={() =>
                void other().then((intoId) =>
                  intoId ? run(merge({ input: { ...ref, intoId } })) : undefined,
                )
              }
            >
              {t('ticket.mergeInto')}
            </Button>
          </>
        )}
      </Stack>
    </Card>
  );
}

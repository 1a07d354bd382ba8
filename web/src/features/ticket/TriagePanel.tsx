import { Alert, Button, Card, NativeSelect, Stack, Text, TextInput, Title } from '@mantine/core';
import { IMPACTS, URGENCIES, allowedTransitions, type TicketStatus } from '@linje/shared';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useMutation, useQuery, type CombinedError } from 'urql';
import { describeError, errorCode } from '../../app/errors';
import type {
  Impact,
  TicketDetailFieldsFragment,
  TicketPriority,
  Urgency,
} from '../../gql/graphql';
import {
  AssignMutation,
  ChangePriorityMutation,
  ChangeStatusMutation,
  AssignmentChoicesQuery,
} from './ticket.graphql';

const PRIORITIES: TicketPriority[] = ['CRITICAL', 'HIGH', 'MEDIUM', 'LOW'];

/** The agent's side panel: status, priority (matrix or override) and assignment. */
export function TriagePanel(props: {
  ticket: TicketDetailFieldsFragment;
  viewerId: string;
  /** The ticket as a change left it. */
  onChanged: (ticket: TicketDetailFieldsFragment) => void;
  onConflict: () => void;
}) {
  const { t } = useTranslation();
  const { ticket } = props;
  const [error, setError] = useState<CombinedError | null>(null);
  const [saved, setSaved] = useState(false);
  const [, changeStatus] = useMutation(ChangeStatusMutation);
  const [, changePriority] = useMutation(ChangePriorityMutation);
  const [, assign] = useMutation(AssignMutation);
  const [{ data: choices }] = useQuery({
    query: AssignmentChoicesQuery,
    variables: { ticketId: ticket.id },
  });
  // The server takes only the ticket's own municipality's groups.
  const groups = (choices?.operatorGroups ?? []).filter((g) => g.tenantId === ticket.tenant.id);
  const transitions = allowedTransitions(ticket.status as TicketStatus, 'AGENT');
  const [status, setStatus] = useState<string>('');
  const [impact, setImpact] = useState<Impact>(ticket.impact ?? 'PERSON');
  const [urgency, setUrgency] = useState<Urgency>(ticket.urgency ?? 'MEDIUM');
  const [override, setOverride] = useState<TicketPriority>(ticket.priority);
  const [reason, setReason] = useState('');
  const [reasonMissing, setReasonMissing] = useState(false);
  const [groupId, setGroupId] = useState<string>(ticket.group?.id ?? '');
  const [operatorId, setOperatorId] = useState<string>(ticket.operator?.id ?? '');
  // A change (here, by "Assign to me", or by a colleague) brings a new version: the group and
  // operator choices follow the ticket again, so they never show an assignment it no longer has.
  const [shownVersion, setShownVersion] = useState(ticket.version);
  if (shownVersion !== ticket.version) {
    setShownVersion(ticket.version);
    setGroupId(ticket.group?.id ?? '');
    setOperatorId(ticket.operator?.id ?? '');
  }
  // Until the page's query catches up after a change, `ticket` is that change's own result
  // (see TicketPage), so further changes are made on top of it.
  const ref = { id: ticket.id, version: ticket.version };

  async function run(p: Promise<{ error?: CombinedError; data?: Record<string, unknown> }>) {
    setSaved(false);
    const res = await p;
    setError(res.error ?? null);
    if (res.error && errorCode(res.error) === 'CONFLICT') props.onConflict();
    if (!res.error) {
      // Every triage mutation answers with the ticket's detail fields.
      const changed = Object.values(res.data ?? {})[0] as TicketDetailFieldsFragment | undefined;
      if (changed?.version) props.onChanged(changed);
      setSaved(true);
    }
  }

  return (
    <Card withBorder component="section" aria-labelledby="triage-title">
      <Stack gap="sm">
        <Title order={2} size="h4" id="triage-title">
          {t('ticket.triage')}
        </Title>
        {error && (
          <Alert color={errorCode(error) === 'CONFLICT' ? 'orange' : 'red'} role="alert">
            {errorCode(error) === 'CONFLICT' ? t('ticket.conflict') : describeError(t, error)}
          </Alert>
        )}
        {saved && (
          <Text size="sm" role="status" className="text-success">
            {t('ticket.saved')}
          </Text>
        )}
        {transitions.length === 0 ? (
          <Text size="sm">{t('ticket.noTransitions')}</Text>
        ) : (
          <>
            <NativeSelect
              label={t('ticket.status')}
              value={status}
              onChange={(e) => setStatus(e.currentTarget.value)}
              data={[
                { value: '', label: t(`status.${ticket.status}`) },
                ...transitions.map((s) => ({ value: s, label: t(`status.${s}`) })),
              ]}
            />
            <Button
              disabled={!status}
              onClick={() =>
                void run(changeStatus({ input: { ...ref, status: status as TicketStatus } })).then(
                  () => setStatus(''),
                )
              }
            >
              {t('ticket.setStatus')}
            </Button>
          </>
        )}
        <NativeSelect
          label={t('ticket.impact')}
          value={impact}
          onChange={(e) => setImpact(e.currentTarget.value as Impact)}
          data={IMPACTS.map((i) => ({ value: i, label: t(`ticket.impacts.${i}`) }))}
        />
        <NativeSelect
          label={t('ticket.urgency')}
          value={urgency}
          onChange={(e) => setUrgency(e.currentTarget.value as Urgency)}
          data={URGENCIES.map((u) => ({ value: u, label: t(`ticket.urgencies.${u}`) }))}
        />
        <Button
          variant="light"
          onClick={() => void run(changePriority({ input: { ...ref, impact, urgency } }))}
        >
          {t('ticket.applyMatrix')}
        </Button>
        <NativeSelect
          label={t('ticket.overridePriority')}
          value={override}
          onChange={(e) => setOverride(e.currentTarget.value as TicketPriority)}
          data={PRIORITIES.map((p) => ({ value: p, label: t(`priority.${p}`) }))}
        />
        <TextInput
          label={t('ticket.overrideReason')}
          value={reason}
          error={reasonMissing ? t('ticket.overrideReasonMissing') : null}
          onChange={(e) => {
            setReason(e.currentTarget.value);
            setReasonMissing(false);
          }}
        />
        <Button
          variant="light"
          onClick={() => {
            if (!reason.trim()) return setReasonMissing(true);
            void run(changePriority({ input: { ...ref, priority: override, reason } }));
          }}
        >
          {t('ticket.applyOverride')}
        </Button>
        {ticket.priorityReason && (
          <Text size="sm" c="dimmed">
            {t('ticket.priorityReason', { reason: ticket.priorityReason })}
          </Text>
        )}
        <NativeSelect
          label={t('ticket.group')}
          value={groupId}
          onChange={(e) => setGroupId(e.currentTarget.value)}
          data={[
            { value: '', label: t('ticket.noGroup') },
            ...groups.map((g) => ({
              value: g.id,
              label: `${g.name} (${t('ticket.line', { line: g.line })})`,
            })),
          ]}
        />
        <Button
          variant="light"
          onClick={() =>
            void run(
              assign({
                input: {
                  ...ref,
                  groupId: groupId || null,
                  operatorId: ticket.operator?.id ?? null,
                },
              }),
            )
          }
        >
          {t('ticket.assignGroup')}
        </Button>
        <Text size="sm">
          {t('ticket.operator')}: {ticket.operator?.displayName ?? t('ticket.unassigned')} ·{' '}
          {t('ticket.line', { line: ticket.line })}
        </Text>
        <NativeSelect
          label={t('ticket.operatorLabel')}
          value={operatorId}
          onChange={(e) => setOperatorId(e.currentTarget.value)}
          data={[
            { value: '', label: t('ticket.unassigned') },
            ...(choices?.ticketOperators ?? []).map((o) => ({ value: o.id, label: o.displayName })),
          ]}
        />
        <Button
          variant="light"
          disabled={operatorId === (ticket.operator?.id ?? '')}
          onClick={() =>
            void run(
              assign({
                input: {
                  ...ref,
                  groupId: ticket.group?.id ?? null,
                  operatorId: operatorId || null,
                },
              }),
            )
          }
        >
          {t('ticket.assignOperator')}
        </Button>
        <Button
          variant="outline"
          disabled={ticket.operator?.id === props.viewerId}
          onClick={() =>
            void run(
              assign({
                input: { ...ref, groupId: ticket.group?.id ?? null, operatorId: props.viewerId },
              }),
            )
          }
        >
          {t('ticket.assignToMe')}
        </Button>
        <Text size="sm" c="dimmed">
          {t('ticket.timeTotal', { count: ticket.timeSpentMinutes })}
        </Text>
      </Stack>
    </Card>
  );
}

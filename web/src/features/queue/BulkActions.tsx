import { Alert, Button, Group, List, NativeSelect, Text, TextInput } from '@mantine/core';
import { TICKET_STATUSES, type TicketStatus } from '@linje/shared';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useMutation, useQuery } from 'urql';
import { describeError } from '../../app/errors';
import type { QueueTicketFieldsFragment, TicketPriority } from '../../gql/graphql';
import { BulkUpdateMutation, QueueOperatorGroupsQuery } from './queue.graphql';

const PRIORITIES: TicketPriority[] = ['CRITICAL', 'HIGH', 'MEDIUM', 'LOW'];
const ME = 'me';
const BULK_ERRORS = ['CONFLICT', 'NOT_FOUND', 'FORBIDDEN', 'BAD_USER_INPUT'] as const;

interface Failure {
  number: string;
  code: string | null;
  message: string | null;
}

/**
 * Status, assignment and priority for the selected tickets in one request. Each ticket is
 * changed (everything chosen) or not; the ones that were not are listed with the reason.
 */
export function BulkActions({
  tickets,
  onDone,
}: {
  tickets: QueueTicketFieldsFragment[];
  onDone: () => void;
}) {
  const { t } = useTranslation();
  const [{ data }] = useQuery({ query: QueueOperatorGroupsQuery });
  const [result, run] = useMutation(BulkUpdateMutation);
  const [status, setStatus] = useState<TicketStatus | ''>('');
  const [groupId, setGroupId] = useState('');
  const [operator, setOperator] = useState('');
  const [priority, setPriority] = useState<TicketPriority | ''>('');
  const [reason, setReason] = useState('');
  const [reasonError, setReasonError] = useState<string | null>(null);
  const [outcome, setOutcome] = useState<{ ok: number; failed: Failure[] } | null>(null);

  function failureText(f: Failure): string {
    const code = BULK_ERRORS.find((c) => c === f.code);
    return code ? t(`queue.bulkErrors.${code}`) : (f.message ?? '');
  }

  // Only groups of the selected tickets' municipalities; named by municipality when mixed.
  const codes = new Map(tickets.map((r) => [r.tenant.id, r.tenant.code]));
  const groups = (data?.operatorGroups ?? []).filter((g) => codes.has(g.tenantId));
  const tenantSuffix = (g: { tenantId: string }) =>
    codes.size > 1 ? ` · ${codes.get(g.tenantId) ?? ''}` : '';

  const nothing = !status && !groupId && !operator && !priority;

  async function apply() {
    if (priority && !reason.trim()) return setReasonError(t('queue.bulkReasonRequired'));
    setReasonError(null);
    const res = await run(
      {
        input: {
          tickets: tickets.map((r) => ({ id: r.id, version: r.version })),
          status: status || null,
          groupId: groupId || null,
          operatorId: operator === ME ? (data?.viewer?.person.id ?? null) : null,
          priority: priority || null,
          reason: priority ? reason.trim() : null,
        },
      },
      { additionalTypenames: ['Ticket'] },
    );
    const out = res.data?.bulkUpdateTickets;
    if (!out) return;
    setOutcome({
      ok: out.changed,
      failed: out.results
        .filter((r) => !r.ok)
        .map((r) => ({
          number: tickets[r.index]?.number ?? '',
          code: r.code,
          message: r.message,
        })),
    });
    setStatus('');
    setGroupId('');
    setOperator('');
    setPriority('');
    setReason('');
    onDone();
  }

  return (
    <section aria-label={t('queue.bulkTitle')}>
      {tickets.length > 0 && (
        <Group align="flex-end" mb="sm">
          <Text size="sm">{t('queue.selected', { count: tickets.length })}</Text>
          <NativeSelect
            label={t('queue.bulkStatus')}
            value={status}
            onChange={(e) => setStatus(e.currentTarget.value as TicketStatus | '')}
            data={[
              { value: '', label: t('queue.bulkKeep') },
              ...TICKET_STATUSES.filter((s) => s !== 'NEW' && s !== 'CLOSED').map((s) => ({
                value: s,
                label: t(`status.${s}`),
              })),
            ]}
          />
          <NativeSelect
            label={t('queue.bulkGroup')}
            value={groupId}
            onChange={(e) => setGroupId(e.currentTarget.value)}
            data={[
              { value: '', label: t('queue.bulkKeep') },
              ...groups.map((g) => ({
                value: g.id,
                label: t('queue.groupLine', { name: g.name, line: g.line }) + tenantSuffix(g),
              })),
            ]}
          />
          <NativeSelect
            label={t('queue.bulkOperator')}
            value={operator}
            onChange={(e) => setOperator(e.currentTarget.value)}
            data={[
              { value: '', label: t('queue.bulkKeep') },
              { value: ME, label: t('queue.bulkMe') },
            ]}
          />
          <NativeSelect
            label={t('queue.bulkPriority')}
            value={priority}
            onChange={(e) => setPriority(e.currentTarget.value as TicketPriority | '')}
            data={[
              { value: '', label: t('queue.bulkKeep') },
              ...PRIORITIES.map((p) => ({ value: p, label: t(`priority.${p}`) })),
            ]}
          />
          {priority && (
            <TextInput
              label={t('queue.bulkReason')}
              required
              maxLength={500}
              value={reason}
              error={reasonError}
              onChange={(e) => setReason(e.currentTarget.value)}
            />
          )}
          <Button disabled={nothing} loading={result.fetching} onClick={() => void apply()}>
            {t('queue.bulkApply')}
          </Button>
        </Group>
      )}
      {result.error && (
        <Alert color="red" role="alert" mb="sm">
          {describeError(t, result.error)}
        </Alert>
      )}
      {outcome && (
        <Alert
          color={outcome.failed.length ? 'orange' : 'teal'}
          role="status"
          mb="sm"
          withCloseButton
          closeButtonLabel={t('queue.bulkDismiss')}
          onClose={() => setOutcome(null)}
        >
          <Text size="sm">
            {t('queue.bulkDone', { ok: outcome.ok, failed: outcome.failed.length })}
          </Text>
          {outcome.failed.length > 0 && (
            <List size="sm" mt="xs">
              {outcome.failed.map((f) => (
                <List.Item key={f.number}>
                  {f.number}: {failureText(f)}
                </List.Item>
              ))}
            </List>
          )}
        </Alert>
      )}
    </section>
  );
}

import {
  Alert,
  Badge,
  Button,
  Card,
  Container,
  Group,
  NumberInput,
  Stack,
  Text,
  Textarea,
  Title,
} from '@mantine/core';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { useMutation, useQuery, type CombinedError } from 'urql';
import { describeError } from '../../app/errors';
import {
  AcknowledgeEscalationMutation,
  CriticalCaseQuery,
  DecideOvertimeMutation,
  EscalateCriticalMutation,
  LogCriticalCallMutation,
  TakeCriticalMutation,
} from './escalation.graphql';

const REFRESH_MS = 15_000;
/** Long names and numbers wrap instead of being cut off on a phone. */
const WRAP = {
  root: { height: 'auto', minHeight: 52, paddingBlock: 10 },
  label: { whiteSpace: 'normal' as const, textAlign: 'center' as const },
};

function tel(phone: string): string {
  return `tel:${phone.replace(/[^0-9+]/g, '')}`;
}

/**
 * The phone-first escalation screen of a critical ticket: the next person's number as a big
 * tel: link, big action buttons, and the whole chain and record below.
 */
export function EscalationPage() {
  const { ticketId = '' } = useParams();
  const { t, i18n } = useTranslation();
  const [{ data, error }, refetch] = useQuery({
    query: CriticalCaseQuery,
    variables: { ticketId },
    requestPolicy: 'network-only',
  });
  const [ack, acknowledge] = useMutation(AcknowledgeEscalationMutation);
  const [esc, escalate] = useMutation(EscalateCriticalMutation);
  const [dec, decide] = useMutation(DecideOvertimeMutation);
  const [tak, take] = useMutation(TakeCriticalMutation);
  const [call, logCall] = useMutation(LogCriticalCallMutation);
  const [reason, setReason] = useState('');
  const [limit, setLimit] = useState<number | string>('');

  useEffect(() => {
    const timer = setInterval(() => refetch({ requestPolicy: 'network-only' }), REFRESH_MS);
    return () => clearInterval(timer);
  }, [refetch]);

  const reload = () => refetch({ requestPolicy: 'network-only' });
  const after = (p: Promise<{ error?: CombinedError }>) =>
    void p.then((res) => {
      if (!res.error) reload();
    });
  const timeFormat = new Intl.DateTimeFormat(i18n.language, {
    dateStyle: 'short',
    timeStyle: 'short',
  });
  const mutationError = ack.error ?? esc.error ?? dec.error ?? tak.error ?? call.error;

  if (error) {
    return (
      <Container size="sm" px="sm">
        <Alert color="red">{describeError(t, error)}</Alert>
      </Container>
    );
  }
  const v = data?.criticalCase;
  if (!v) return null;
  const c = v.criticalCase;
  const next = v.next;

  return (
    <Container size="sm" px="sm">
      <Stack gap="md">
        <div>
          <Title order={1} size="h2">
            {t('escalation.title', { number: c.number })}
          </Title>
          <Text fw={600}>{c.title}</Text>
          <Text size="sm" c="dimmed">
            {t('escalation.reportedBy', { name: c.reporter.displayName })}
          </Text>
        </div>
        <Alert
          color={c.status === 'TAKEN' ? 'green' : c.status === 'DECLINED' ? 'gray' : 'red'}
          role="status"
          title={t(`escalation.status.${c.status}`)}
          data-testid="critical-status"
        >
          {c.status === 'TAKEN' &&
            c.takenBy &&
            t('escalation.takenBy', { name: c.takenBy.displayName })}
          {c.status === 'ESCALATING' &&
            c.currentContact &&
            `${t('escalation.askedNow', { name: c.currentContact.displayName })}${c.currentAcknowledged ? ` (${t('escalation.acknowledged')})` : ''}`}
          {c.decidedBy &&
            c.status !== 'TAKEN' &&
            t('escalation.decidedBy', {
              name: c.decidedBy.displayName,
              reason: c.decisionReason ?? '',
            })}
        </Alert>
        {mutationError && (
          <Alert color="red" role="alert">
            {describeError(t, mutationError)}
          </Alert>
        )}

        {v.viewerMay.take && (
          <Button
            styles={WRAP}
            size="xl"
            color="green"
            fullWidth
            loading={tak.fetching}
            onClick={() => after(take({ ticketId }))}
          >
            {t('escalation.take')}
          </Button>
        )}

        {c.status === 'ESCALATING' && (
          <section aria-labelledby="next-level">
            <Title order={2} size="h3" id="next-level" mb="xs">
              {t('escalation.nextTitle')}
            </Title>
            {next.kind === 'PERSON' && next.person && (
              <Stack gap="xs">
                {next.viaDeputyOf && (
                  <Text size="sm">
                    {t('escalation.viaDeputy', { name: next.viaDeputyOf.displayName })}
                  </Text>
                )}
                {next.person.workPhone && (
                  <Button
                    styles={WRAP}
                    component="a"
                    href={tel(next.person.workPhone)}
                    size="xl"
                    fullWidth
                    variant="outline"
                  >
                    {t('escalation.callNext', { name: next.person.displayName })} ·{' '}
                    {next.person.workPhone}
                  </Button>
                )}
                {v.viewerMay.escalate && (
                  <Button
                    styles={WRAP}
                    size="xl"
                    fullWidth
                    color="red"
                    loading={esc.fetching}
                    onClick={() => after(escalate({ ticketId }))}
                  >
                    {t('escalation.escalate', { name: next.person.displayName })}
                  </Button>
                )}
              </Stack>
            )}
            {next.kind === 'END_REACHED' && next.person && (
              <Text>{t('escalation.endReached', { name: next.person.displayName })}</Text>
            )}
            {next.kind === 'EXHAUSTED' && <Text>{t('escalation.exhausted')}</Text>}
          </section>
        )}

        {v.viewerMay.acknowledge && (
          <Button
            styles={WRAP}
            size="lg"
            fullWidth
            variant="light"
            loading={ack.fetching}
            onClick={() => after(acknowledge({ ticketId }))}
          >
            {t('escalation.acknowledge')}
          </Button>
        )}

        {v.viewerMay.decide && (
          <Card withBorder component="section" aria-labelledby="overtime">
            <Title order={2} size="h3" id="overtime" mb="xs">
              {t('escalation.decisionTitle')}
            </Title>
            <Stack gap="sm">
              <Textarea
                label={t('escalation.reasonLabel')}
                value={reason}
                onChange={(e) => setReason(e.currentTarget.value)}
                required
                autosize
                minRows={2}
              />
              <NumberInput
                label={t('escalation.limitLabel')}
                value={limit}
                onChange={setLimit}
                min={15}
                max={1440}
              />
              <Button
                styles={WRAP}
                size="xl"
                color="green"
                fullWidth
                loading={dec.fetching}
                disabled={!reason.trim()}
                onClick={() =>
                  after(
                    decide({
                      input: {
                        ticketId,
                        authorise: true,
                        reason,
                        timeLimitMinutes: typeof limit === 'number' ? limit : null,
                      },
                    }),
                  )
                }
              >
                {t('escalation.authorise')}
              </Button>
              <Button
                styles={WRAP}
                size="lg"
                color="gray"
                variant="outline"
                fullWidth
                disabled={!reason.trim()}
                onClick={() => after(decide({ input: { ticketId, authorise: false, reason } }))}
              >
                {t('escalation.decline')}
              </Button>
            </Stack>
          </Card>
        )}

        <section aria-labelledby="chain">
          <Title order={2} size="h3" id="chain" mb="xs">
            {t('escalation.chainTitle')}
          </Title>
          <Stack gap="xs" component="ol" style={{ listStyle: 'none', padding: 0, margin: 0 }}>
            {v.chain.map((m) => (
              <Card
                component="li"
                withBorder
                padding="sm"
                key={m.person.id}
                data-testid="chain-member"
              >
                <Text size="sm" c="dimmed">
                  {t('escalation.level', { level: m.level })}
                </Text>
                <Text fw={600}>{m.person.displayName}</Text>
                {m.person.jobTitle && <Text size="sm">{m.person.jobTitle}</Text>}
                {m.deputy && m.absent && (
                  <Text size="sm">{t('escalation.deputy', { name: m.deputy.displayName })}</Text>
                )}
                <Group gap={6} mt={4} wrap="wrap">
                  {m.current && (
                    <Badge color="red" styles={{ label: { overflow: 'visible' } }}>
                      {t('escalation.current')}
                    </Badge>
                  )}
                  {m.contacted && !m.current && (
                    <Badge color="dark.5" styles={{ label: { overflow: 'visible' } }}>
                      {t('escalation.contacted')}
                    </Badge>
                  )}
                  {m.absent && (
                    <Badge color="yellow" c="dark.9" styles={{ label: { overflow: 'visible' } }}>
                      {t('escalation.absent')}
                    </Badge>
                  )}
                  {m.mayAuthorise && (
                    <Badge color="blue.8" styles={{ label: { overflow: 'visible' } }}>
                      {t('escalation.mayAuthorise')}
                    </Badge>
                  )}
                </Group>
                {m.person.workPhone && (
                  <Button
                    styles={WRAP}
                    component="a"
                    href={tel(m.person.workPhone)}
                    variant="light"
                    mt="xs"
                    fullWidth
                  >
                    {t('escalation.callNext', { name: m.person.displayName })} ·{' '}
                    {m.person.workPhone}
                  </Button>
                )}
              </Card>
            ))}
          </Stack>
        </section>

        {(c.route === 'IT_STAFF' || c.route === 'ON_CALL') && (
          <section aria-labelledby="it-staff">
            <Title order={2} size="h3" id="it-staff" mb="xs">
              {t('escalation.itStaffTitle')}
            </Title>
            {v.onCallPhone && (
              <Text mb="xs">{t('escalation.onCallPhone', { phone: v.onCallPhone })}</Text>
            )}
            <Stack gap="xs" component="ul" style={{ listStyle: 'none', padding: 0, margin: 0 }}>
              {v.itStaff.map((p) => (
                <Card component="li" withBorder padding="sm" key={p.id}>
                  <Text fw={600}>{p.displayName}</Text>
                  {p.jobTitle && <Text size="sm">{p.jobTitle}</Text>}
                  {p.workPhone && (
                    <Button
                      styles={WRAP}
                      component="a"
                      href={tel(p.workPhone)}
                      size="lg"
                      mt="xs"
                      fullWidth
                    >
                      {p.workPhone}
                    </Button>
                  )}
                  {v.viewerMay.logCalls && (
                    <Group
                      grow
                      mt="xs"
                      role="group"
                      aria-label={t('escalation.logCall', { name: p.displayName })}
                    >
                      <Button
                        styles={WRAP}
                        variant="outline"
                        color="green"
                        c="var(--linje-success-text)"
                        onClick={() =>
                          after(logCall({ ticketId, personId: p.id, outcome: 'ANSWERED' }))
                        }
                      >
                        {t('escalation.answered')}
                      </Button>
                      <Button
                        styles={WRAP}
                        variant="outline"
                        color="gray"
                        onClick={() =>
                          after(logCall({ ticketId, personId: p.id, outcome: 'NO_ANSWER' }))
                        }
                      >
                        {t('escalation.noAnswer')}
                      </Button>
                    </Group>
                  )}
                </Card>
              ))}
            </Stack>
          </section>
        )}

        <section aria-labelledby="record">
          <Group justify="space-between" mb="xs">
            <Title order={2} size="h3" id="record">
              {t('escalation.recordTitle')}
            </Title>
            <Button styles={WRAP} variant="subtle" onClick={reload}>
              {t('escalation.refresh')}
            </Button>
          </Group>
          <Stack
            gap={4}
            component="ol"
            style={{ paddingLeft: '1.2rem', margin: 0 }}
            data-testid="escalation-record"
          >
            {v.steps.map((s) => (
              <li key={s.id}>
                <Text size="sm">
                  <time dateTime={s.at}>{timeFormat.format(new Date(s.at))}</time> —{' '}
                  {t('escalation.stepLine', {
                    what: `${t(`escalation.step.${s.kind}`)}${s.level ? ` (${t('escalation.level', { level: s.level })})` : ''}${s.outcome ? `: ${s.outcome === 'ANSWERED' ? t('escalation.answered') : t('escalation.noAnswer')}` : ''}`,
                    who: s.contact?.displayName ?? '—',
                    by: s.actor?.displayName ?? t('escalation.byLinje'),
                  })}
                </Text>
              </li>
            ))}
          </Stack>
        </section>
      </Stack>
    </Container>
  );
}

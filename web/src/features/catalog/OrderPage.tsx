import {
  Alert,
  Anchor,
  Badge,
  Button,
  Card,
  Code,
  Container,
  Group,
  Stack,
  Text,
  Textarea,
  Title,
} from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { useMutation, useQuery } from 'urql';
import {
  CatalogOrderQuery,
  DecideCatalogOrderMutation,
  RecordCatalogOrderResultMutation,
  ResubmitCatalogOrderMutation,
} from './catalog.graphql';
import { OrderStatusBadge } from './CatalogPage';
import { formErrors } from './errors';
import { FormFields, useLocalised, useShowValue, type FormValues } from './FormFields';
import { useSigning } from './Signing';

/** One order: what was asked, its history, signatures, delivery and the signed PDF. */
export function OrderPage({ viewerId }: { viewerId: string }) {
  const { id = '' } = useParams();
  const { t, i18n } = useTranslation();
  const l = useLocalised();
  const show = useShowValue();
  const [{ data, error }, refetch] = useQuery({
    query: CatalogOrderQuery,
    variables: { id },
    requestPolicy: 'cache-and-network',
  });
  const [decided, decide] = useMutation(DecideCatalogOrderMutation);
  const [resent, resubmit] = useMutation(ResubmitCatalogOrderMutation);
  const [recorded, recordResult] = useMutation(RecordCatalogOrderResultMutation);
  const [result, setResult] = useState('');
  const [reason, setReason] = useState('');
  const signer = useSigning();
  const [correction, setCorrection] = useState<FormValues | null>(null);
  const order = data?.catalogOrder;
  const time = (iso: unknown) => new Date(iso as string).toLocaleString(i18n.language);
  if (error) return <Alert color="red">{error.message}</Alert>;
  if (!order) return null;
  const values = JSON.parse(order.valuesJson) as FormValues;
  const field = (key: string) => order.item.fields.find((f) => f.key === key);
  const signing = order.item.signatureRequired;
  const decideErrors = formErrors(t, decided.error);
  const resendErrors = formErrors(t, resent.error);
  const resultErrors = formErrors(t, recorded.error);
  const reload = () => refetch({ requestPolicy: 'network-only' });

  const onDecide = async (approve: boolean) => {
    const input = { orderId: order.id, approve, reason: reason || null };
    const r = signing
      ? await signer.sign((signature) => decide({ input: { ...input, signature } }))
      : await decide({ input: { ...input, signature: null } });
    if (r && !r.error) reload();
  };
  const onRecordResult = async () => {
    const r = await recordResult({ input: { orderId: order.id, result } });
    if (!r.error) {
      setResult('');
      reload();
    }
  };
  const stepLabel = (step: { kind: string; role?: string | null }) =>
    step.kind === 'ROLE'
      ? t('catalog.stepKind.ROLE', {
          role: t(`profile.roleNames.${step.role ?? ''}`, { defaultValue: step.role ?? '' }),
        })
      : t(`catalog.stepKind.${step.kind}`);
  const stepState = (index: number) => {
    const decision = order.approvals.find(
      (a) => a.formVersion === order.formVersion && a.stepIndex === index,
    );
    if (decision) {
      return (
        t(`catalog.decision.${decision.decision}`, { name: decision.approver.displayName }) +
        (decision.reason ? ` – ${decision.reason}` : '')
      );
    }
    if (order.status !== 'PENDING') return '–';
    return index === order.stepIndex ? t('catalog.stepWaiting') : t('catalog.stepLater');
  };
  const onResubmit = async () => {
    if (!correction) return;
    const input = { orderId: order.id, valuesJson: JSON.stringify(correction) };
    const r = signing
      ? await signer.sign((signature) => resubmit({ input: { ...input, signature } }))
      : await resubmit({ input: { ...input, signature: null } });
    if (r && !r.error) {
      setCorrection(null);
      reload();
    }
  };
  const passwordField = (errors: Record<string, string>) => signing && signer.field(errors);

  return (
    <Container size="sm" px="sm">
      <Stack gap="md">
        <Anchor component={Link} to="/catalog" size="sm">
          {t('catalog.back')}
        </Anchor>
        <Title order={1} size="h2">
          {l(order.item.name)}
        </Title>
        <Group gap="xs">
          <OrderStatusBadge status={order.status} />
          <Text size="sm">{t('catalog.forPerson', { name: order.subject.displayName })}</Text>
          <Text size="sm" c="dimmed">
            {t('catalog.orderedBy', { name: order.orderer.displayName })}
          </Text>
        </Group>
        {order.item.confidential && (
          <Alert color="blue" role="note">
            {t('catalog.sensitiveNotice')}
          </Alert>
        )}
        {order.status === 'REJECTED' && order.rejectionReason && (
          <Alert color="red" role="status">
            {t('catalog.rejectedBecause', { reason: order.rejectionReason })}
          </Alert>
        )}

        <section aria-labelledby="order-details">
          <Title order={2} size="h4" id="order-details" mb="xs">
            {t('catalog.details')} · {t('catalog.version', { version: order.formVersion })}
          </Title>
          <Stack gap={2} component="dl" style={{ margin: 0 }}>
            {Object.entries(values).map(([key, value]) => (
              <Group key={key} gap="xs" wrap="nowrap">
                <Text component="dt" fw={600} size="sm">
                  {l(field(key)?.label) || key}:
                </Text>
                <Text component="dd" size="sm" style={{ margin: 0 }}>
                  {show(field(key), value)}
                </Text>
              </Group>
            ))}
          </Stack>
        </section>

        {order.item.approvalSteps.length > 0 && (
          <section aria-labelledby="order-steps">
            <Title order={2} size="h4" id="order-steps" mb="xs">
              {t('catalog.steps')}
            </Title>
            <Stack gap={4} component="ol" style={{ paddingLeft: '1.2rem', margin: 0 }}>
              {order.item.approvalSteps.map((step, i) => (
                <Text key={i} size="sm" component="li">
                  <Text span fw={600} size="sm">
                    {stepLabel(step)}:
                  </Text>{' '}
                  {stepState(i)}
                </Text>
              ))}
            </Stack>
          </section>
        )}

        {order.item.confidential && order.status !== 'PENDING' && order.status !== 'REJECTED' && (
          <Card withBorder component="section" aria-labelledby="order-result">
            <Stack gap="sm">
              <Title order={2} size="h4" id="order-result">
                {t('catalog.result')}
              </Title>
              {order.result ? (
                <>
                  <Text size="sm" style={{ whiteSpace: 'pre-wrap' }}>
                    {order.result.text}
                  </Text>
                  <Text size="sm" c="dimmed">
                    {t('catalog.resultBy', {
                      name: order.result.recordedBy.displayName,
                      time: time(order.result.recordedAt),
                    })}
                  </Text>
                </>
              ) : (
                <Text size="sm">{t('catalog.resultWaiting')}</Text>
              )}
              {order.mayRecordResult && (
                <>
                  <Textarea
                    label={t('catalog.resultLabel')}
                    description={t('catalog.resultHelp')}
                    value={result}
                    onChange={(e) => setResult(e.currentTarget.value)}
                    error={resultErrors['@result']}
                    required
                    autosize
                    minRows={3}
                  />
                  <Button
                    onClick={() => void onRecordResult()}
                    loading={recorded.fetching}
                    style={{ alignSelf: 'flex-start' }}
                  >
                    {t('catalog.recordResult')}
                  </Button>
                </>
              )}
            </Stack>
          </Card>
        )}

        {order.mayDecide && (
          <Card withBorder component="section" aria-labelledby="order-decide">
            <Stack gap="sm">
              <Title order={2} size="h4" id="order-decide">
                {t('catalog.decide')}
              </Title>
              <Textarea
                label={t('catalog.reason')}
                value={reason}
                onChange={(e) => setReason(e.currentTarget.value)}
                error={decideErrors['@reason']}
                autosize
                minRows={2}
              />
              {passwordField(decideErrors)}
              <Group>
                <Button
                  onClick={() => void onDecide(true)}
                  loading={decided.fetching || signer.waiting}
                  color="teal.9"
                >
                  {t('catalog.approve')}
                </Button>
                <Button
                  onClick={() => void onDecide(false)}
                  loading={decided.fetching || signer.waiting}
                  color="red.9"
                  variant="outline"
                >
                  {t('catalog.reject')}
                </Button>
              </Group>
            </Stack>
          </Card>
        )}

        {order.status === 'REJECTED' &&
          order.orderer.id === viewerId &&
          !order.item.confidential && (
            <Card withBorder component="section" aria-labelledby="order-correct">
              <Stack gap="sm">
                <Title order={2} size="h4" id="order-correct">
                  {t('catalog.correct')}
                </Title>
                <Text size="sm">{t('catalog.correctIntro')}</Text>
                <FormFields
                  fields={order.item.fields}
                  values={correction ?? values}
                  onChange={setCorrection}
                  errors={resendErrors}
                  locked={(f) => !f.correctable}
                />
                {passwordField(resendErrors)}
                <Button
                  onClick={() => void onResubmit()}
                  loading={resent.fetching || signer.waiting}
                  disabled={!correction}
                  style={{ alignSelf: 'flex-start' }}
                >
                  {signing ? t('catalog.resendSigned') : t('catalog.resend')}
                </Button>
              </Stack>
            </Card>
          )}

        {order.fulfilments.length > 0 && (
          <section aria-labelledby="order-delivery">
            <Title order={2} size="h4" id="order-delivery" mb="xs">
              {t('catalog.fulfilment')}
            </Title>
            {order.item.fulfilmentGroupName && (
              <Text size="sm" fw={600}>
                {t('catalog.sentTo', { group: order.item.fulfilmentGroupName })}
              </Text>
            )}
            {order.fulfilments.map((f) => (
              <Text key={f.ticketId} size="sm">
                <Anchor component={Link} to={`/tickets/${f.ticketId}`}>
                  {t('catalog.ticket', { number: f.ticketNumber })}
                </Anchor>{' '}
                {f.dueAt ? t('catalog.due', { time: time(f.dueAt) }) : ''}
              </Text>
            ))}
          </section>
        )}

        {order.document && (
          <section aria-labelledby="order-document">
            <Title order={2} size="h4" id="order-document" mb="xs">
              {t('catalog.document')}
            </Title>
            <Group gap="xs">
              <Anchor href={order.document.url} download={order.document.fileName}>
                {t('catalog.download')}
              </Anchor>
              <Badge color={order.document.valid ? 'teal.9' : 'red.9'} variant="filled">
                {order.document.valid ? t('catalog.verified') : t('catalog.notVerified')}
              </Badge>
            </Group>
            <Code block style={{ wordBreak: 'break-all', whiteSpace: 'pre-wrap' }}>
              {t('catalog.hash')} {order.document.sha256}
            </Code>
          </section>
        )}

        {order.signatures.length > 0 && (
          <section aria-labelledby="order-signatures">
            <Title order={2} size="h4" id="order-signatures" mb="xs">
              {t('catalog.signatures')}
            </Title>
            <Stack gap="xs" component="ul" style={{ listStyle: 'none', padding: 0, margin: 0 }}>
              {order.signatures.map((s) => (
                <Stack key={s.id} gap={2} component="li">
                  <Group gap="xs">
                    <Text size="sm">
                      {t('catalog.signature', {
                        purpose: t(`catalog.purpose.${s.purpose}`),
                        name: s.signer.displayName,
                        time: time(s.signedAt),
                      })}
                    </Text>
                    <Badge color={s.valid ? 'teal.9' : 'red.9'} variant="filled" size="sm">
                      {s.valid ? t('catalog.verified') : t('catalog.notVerified')}
                    </Badge>
                  </Group>
                  <Text size="sm" c="dimmed">
                    {t('catalog.method', {
                      method: t(`catalog.signedWith.${s.provider}`, { defaultValue: s.provider }),
                    })}
                  </Text>
                  <Code style={{ wordBreak: 'break-all' }}>
                    {t('catalog.hash')} {s.hash}
                  </Code>
                </Stack>
              ))}
            </Stack>
          </section>
        )}

        <section aria-labelledby="order-history">
          <Title order={2} size="h4" id="order-history" mb="xs">
            {t('catalog.history')}
          </Title>
          <Stack gap={4} component="ol" style={{ paddingLeft: '1.2rem', margin: 0 }}>
            {[
              ...order.versions.map((v) => ({
                at: v.submittedAt as string,
                text: t('catalog.submitted', {
                  version: v.formVersion,
                  name: v.submittedBy.displayName,
                }),
              })),
              ...order.approvals.map((a) => ({
                at: a.decidedAt as string,
                text:
                  t(`catalog.decision.${a.decision}`, { name: a.approver.displayName }) +
                  (a.reason ? ` – ${a.reason}` : ''),
              })),
            ]
              .sort((a, b) => a.at.localeCompare(b.at))
              .map((entry, i) => (
                <Text key={i} size="sm" component="li">
                  {time(entry.at)}: {entry.text}
                </Text>
              ))}
          </Stack>
        </section>
      </Stack>
      {signer.dialog}
    </Container>
  );
}

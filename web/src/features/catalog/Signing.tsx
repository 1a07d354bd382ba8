import { Alert, Button, Group, Loader, Modal, Radio, Stack, Text } from '@mantine/core';
import QRCode from 'qrcode';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useClient, useQuery, type CombinedError } from 'urql';
import { errorCode, fieldProblems } from '../../app/errors';
import { PasswordField } from '../../components/PasswordField';
import type { SignatureInput } from '../../gql/graphql';
import {
  CancelEidSigningMutation,
  SignatureProvidersQuery,
  StartEidSigningMutation,
} from './catalog.graphql';

type Method = 'PASSWORD' | 'EID';
/** BankID asks relying parties to collect about every two seconds. */
const POLL_MS = 2000;

interface EidWait {
  orderRef: string | null;
  autoStartToken: string | null;
  qrData: string | null;
  hint: string | null;
}

/** While the app has not approved: what it waits for, and the QR code of this second. */
function pending(error: CombinedError | undefined): { hint: string; qrData: string | null } | null {
  const problem = fieldProblems(error).find((p) => p.code === 'EID_PENDING');
  if (!problem) return null;
  const hint = problem.params?.['hintCode'];
  const qrData = problem.params?.['qrData'];
  return {
    hint: typeof hint === 'string' ? hint : 'outstandingTransaction',
    qrData: typeof qrData === 'string' ? qrData : null,
  };
}

/** The animated BankID QR code, redrawn whenever its content changes (every poll). */
function QrImage({ data, alt }: { data: string; alt: string }) {
  const [svg, setSvg] = useState<string | null>(null);
  useEffect(() => {
    let live = true;
    void QRCode.toString(data, { type: 'svg', margin: 2, errorCorrectionLevel: 'L' }).then(
      (s) => live && setSvg(s),
    );
    return () => {
      live = false;
    };
  }, [data]);
  if (!svg) return null;
  return (
    <img
      src={`data:image/svg+xml;charset=utf-8,${encodeURIComponent(svg)}`}
      alt={alt}
      width={180}
      height={180}
      style={{ alignSelf: 'center' }}
    />
  );
}

/**
 * How a person signs a submission or decision: their password, or (where the server offers it)
 * e-ID following the BankID flow — start an order, then send again every two seconds while the
 * server answers EID_PENDING, until the app approves it, it fails or the person cancels.
 */
export function useSigning() {
  const { t } = useTranslation();
  const client = useClient();
  const [{ data }] = useQuery({ query: SignatureProvidersQuery });
  const eidOffered = data?.signatureProviders.includes('EID') ?? false;
  const [method, setMethod] = useState<Method>('PASSWORD');
  const [password, setPassword] = useState('');
  const [wait, setWait] = useState<EidWait | null>(null);
  const [startError, setStartError] = useState<string | null>(null);
  const [cancelled, setCancelled] = useState(false);
  const stopped = useRef(false);
  const current = useRef<string | null>(null);
  const useEid = eidOffered && method === 'EID';

  useEffect(
    () => () => {
      stopped.current = true;
    },
    [],
  );

  const cancel = () => {
    stopped.current = true;
    const orderRef = current.current;
    current.current = null;
    setWait(null);
    setCancelled(true);
    if (orderRef) void client.mutation(CancelEidSigningMutation, { orderRef }).toPromise();
  };

  /** Sends with the chosen signature; null when the person cancelled the e-ID signing. */
  async function sign<R extends { error?: CombinedError }>(
    send: (signature: SignatureInput) => Promise<R>,
  ): Promise<R | null> {
    setStartError(null);
    setCancelled(false);
    if (!useEid) {
      const r = await send({ provider: 'PASSWORD', password });
      if (!r.error) setPassword('');
      return r;
    }
    stopped.current = false;
    setWait({ orderRef: null, autoStartToken: null, qrData: null, hint: null });
    const started = await client.mutation(StartEidSigningMutation, {}).toPromise();
    const order = started.data?.startEidSigning;
    if (!order) {
      setWait(null);
      const refused = fieldProblems(started.error).some((p) => p.code === 'EID_NOT_CONFIGURED');
      setStartError(
        refused
          ? t('catalog.errors.EID_NOT_CONFIGURED')
          : started.error && errorCode(started.error) === 'CONFLICT'
            ? t('catalog.errors.EID_UNREACHABLE')
            : t('catalog.errors.EID_FAILED'),
      );
      return null;
    }
    current.current = order.orderRef;
    setWait({ ...order, hint: 'outstandingTransaction' });
    for (;;) {
      if (stopped.current) return null;
      const r = await send({ provider: 'EID', orderRef: order.orderRef });
      const still = pending(r.error);
      // Cancelled while a try was on its way: only a try that went through counts.
      if (stopped.current) return r.error ? null : r;
      if (still === null) {
        current.current = null;
        setWait(null);
        return r;
      }
      setWait({ ...order, hint: still.hint, qrData: still.qrData ?? order.qrData ?? null });
      await new Promise((resolve) => setTimeout(resolve, POLL_MS));
    }
  }

  /** The choice of method and the password field, placed where the form asks for them. */
  const field = (errors: Record<string, string>) => (
    <Stack gap="xs">
      {eidOffered && (
        <Radio.Group
          label={t('catalog.signWith')}
          value={method}
          onChange={(v) => setMethod(v === 'EID' ? 'EID' : 'PASSWORD')}
        >
          <Group gap="md" mt={4}>
            <Radio value="PASSWORD" label={t('catalog.signWithPassword')} />
            <Radio value="EID" label={t('catalog.signWithEid')} />
          </Group>
        </Radio.Group>
      )}
      {useEid ? (
        <>
          <Text size="sm">{t('catalog.eidHelp')}</Text>
          {(cancelled || errors['@password']) && (
            <Text size="sm" c="red.9" role="alert">
              {cancelled ? t('catalog.eid.cancelled') : errors['@password']}
            </Text>
          )}
        </>
      ) : (
        <PasswordField
          label={t('catalog.password')}
          description={t('catalog.passwordHelp')}
          value={password}
          onChange={(e) => setPassword(e.currentTarget.value)}
          error={errors['@password']}
          autoComplete="current-password"
          required
        />
      )}
      {startError && (
        <Alert color="red" role="alert">
          {startError}
        </Alert>
      )}
    </Stack>
  );

  const dialog = (
    <Modal.Root opened={wait !== null} onClose={cancel} centered>
      <Modal.Overlay />
      <Modal.Content>
        {/* A div, not Mantine's <header>: a second banner landmark next to the app's. */}
        <Modal.Header component="div">
          <Modal.Title>{t('catalog.eid.title')}</Modal.Title>
          <Modal.CloseButton aria-label={t('catalog.eid.close')} />
        </Modal.Header>
        <Modal.Body>
          <Stack gap="sm">
            <Group gap="sm" wrap="nowrap">
              <Loader size="sm" aria-hidden />
              <Text size="sm" role="status" aria-live="polite">
                {wait?.hint
                  ? t(`catalog.eid.hint.${wait.hint}`, {
                      defaultValue: t('catalog.eid.hint.outstandingTransaction'),
                    })
                  : t('catalog.eid.starting')}
              </Text>
            </Group>
            <Text size="sm">{t('catalog.eid.intro')}</Text>
            {wait?.qrData && (
              <>
                <Text size="sm">{t('catalog.eid.scan')}</Text>
                <QrImage data={wait.qrData} alt={t('catalog.eid.qr')} />
              </>
            )}
            <Group>
              {wait?.autoStartToken && (
                <Button
                  component="a"
                  href={`bankid:///?autostarttoken=${encodeURIComponent(wait.autoStartToken)}&redirect=null`}
                  variant="light"
                >
                  {t('catalog.eid.openApp')}
                </Button>
              )}
              <Button variant="outline" color="red.9" onClick={cancel}>
                {t('catalog.eid.cancel')}
              </Button>
            </Group>
          </Stack>
        </Modal.Body>
      </Modal.Content>
    </Modal.Root>
  );

  return { sign, field, dialog, waiting: wait !== null };
}

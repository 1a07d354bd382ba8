import { Button, Card, Group, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { IconPrinter } from '@tabler/icons-react';
import QRCode from 'qrcode';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useQuery } from 'urql';
import { PortalAddressesQuery } from './qr.graphql';

function QrImage({ url, label }: { url: string; label: string }) {
  const [svg, setSvg] = useState<string | null>(null);
  useEffect(() => {
    let live = true;
    void QRCode.toString(url, { type: 'svg', margin: 2, errorCorrectionLevel: 'M' }).then(
      (s) => live && setSvg(s),
    );
    return () => {
      live = false;
    };
  }, [url]);
  if (!svg) return null;
  return (
    <img
      src={`data:image/svg+xml;charset=utf-8,${encodeURIComponent(svg)}`}
      alt={label}
      width={200}
      height={200}
      style={{ background: 'white' }}
      data-testid="portal-qr"
    />
  );
}

/** A printable QR code with the portal address for each municipality the admin serves. */
export function PortalQrCards() {
  const { t } = useTranslation();
  const [{ data }] = useQuery({ query: PortalAddressesQuery });
  const tenants = data?.viewer?.tenants ?? [];
  return (
    <section aria-labelledby="portal-qr" className="portal-qr">
      <Group justify="space-between" mb="xs" className="no-print">
        <Title order={2} id="portal-qr" size="h3">
          {t('portalQr.title')}
        </Title>
        <Button
          variant="light"
          leftSection={<IconPrinter size={16} aria-hidden />}
          onClick={() => window.print()}
        >
          {t('portalQr.print')}
        </Button>
      </Group>
      <Text size="sm" c="dimmed" mb="sm" className="no-print">
        {t('portalQr.intro')}
      </Text>
      <SimpleGrid cols={{ base: 1, sm: 2 }}>
        {tenants.map((tenant) => (
          <Card withBorder key={tenant.id} className="qr-poster">
            <Stack align="center" gap="xs">
              <Text fw={700} ta="center">
                {t('portalQr.poster', { tenant: tenant.name })}
              </Text>
              <QrImage
                url={tenant.portalUrl}
                label={t('portalQr.image', { url: tenant.portalUrl })}
              />
              <Text size="sm">{tenant.portalUrl}</Text>
            </Stack>
          </Card>
        ))}
      </SimpleGrid>
    </section>
  );
}

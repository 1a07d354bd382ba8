import { Container, NativeSelect, Stack, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useQuery } from 'urql';
import { AssetTenantsQuery } from './assets.graphql';
import { AssetsPanel } from './AssetsPanel';
import { ChargebackPanel } from './ChargebackPanel';

/** The asset register in the agents' console, for each municipality the agent serves. */
export function AssetsPage({ tenantId: ownTenant }: { tenantId: string }) {
  const { t } = useTranslation();
  const [tenantId, setTenantId] = useState(ownTenant);
  const [{ data }] = useQuery({ query: AssetTenantsQuery });
  const served = data?.viewer?.tenants ?? [];
  // The month being billed; the browser's calendar is fine for a default.
  const [month] = useState(() => new Date().toISOString().slice(0, 7));
  return (
    <Container size="lg" px="sm">
      <Stack>
        <Title order={1} size="h2">
          {t('assets.page.title')}
        </Title>
        {served.length > 1 && (
          <NativeSelect
            label={t('assets.page.municipality')}
            value={tenantId}
            onChange={(e) => setTenantId(e.currentTarget.value)}
            data={served.map((m) => ({ value: m.id, label: m.name }))}
            maw={320}
          />
        )}
        {/* A half-edited asset belongs to the municipality it was opened in. */}
        <AssetsPanel key={tenantId} tenantId={tenantId} />
        <ChargebackPanel key={`chargeback-${tenantId}`} tenantId={tenantId} month={month} />
      </Stack>
    </Container>
  );
}

import { PortalQrCards } from '../portal/PortalQrCards';
import { Container, Stack, Tabs, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { AssetsPanel } from '../assets/AssetsPanel';
import { AutoCloseSetting } from '../ticket/AutoCloseSetting';
import { NotificationsAdminPanel } from '../notifications/NotificationsAdminPanel';
import { CategoriesPanel } from './CategoriesPanel';
import { HrImportPanel } from './HrImportPanel';
import { OrgUnitsPanel } from './OrgUnitsPanel';
import { PeoplePanel } from './PeoplePanel';
import { PrivacySettingsPanel } from '../privacy/PrivacySettingsPanel';
import { TenantSettingsPanel } from './TenantSettingsPanel';

/** Administration of the administrator's home municipality. */
export function AdminPage({ tenantId, tenantCode }: { tenantId: string; tenantCode: string }) {
  const { t } = useTranslation();
  return (
    <Container size="lg" px="sm">
      <Stack>
        <Title order={1} size="h2">
          {t('admin.title')}
        </Title>
        <Tabs defaultValue="settings" keepMounted={false}>
          <Tabs.List>
            <Tabs.Tab value="settings">{t('admin.tabs.settings')}</Tabs.Tab>
            <Tabs.Tab value="units">{t('admin.tabs.units')}</Tabs.Tab>
            <Tabs.Tab value="people">{t('admin.tabs.people')}</Tabs.Tab>
            <Tabs.Tab value="hr">{t('admin.tabs.hr')}</Tabs.Tab>
            <Tabs.Tab value="assets">{t('assets.tab')}</Tabs.Tab>
            <Tabs.Tab value="categories">{t('admin.categories.tab')}</Tabs.Tab>
            <Tabs.Tab value="notifications">{t('notifications.admin.tab')}</Tabs.Tab>
            <Tabs.Tab value="privacy">{t('privacy.tab')}</Tabs.Tab>
            <Tabs.Tab value="qr">{t('portalQr.title')}</Tabs.Tab>
          </Tabs.List>
          <Tabs.Panel value="settings" pt="md">
            <TenantSettingsPanel tenantId={tenantId} />
            <AutoCloseSetting tenantId={tenantId} />
          </Tabs.Panel>
          <Tabs.Panel value="privacy" pt="md">
            <PrivacySettingsPanel tenantId={tenantId} tenantCode={tenantCode} />
          </Tabs.Panel>
          <Tabs.Panel value="qr" pt="md">
            <PortalQrCards />
          </Tabs.Panel>
          <Tabs.Panel value="units" pt="md">
            <OrgUnitsPanel tenantId={tenantId} />
          </Tabs.Panel>
          <Tabs.Panel value="people" pt="md">
            <PeoplePanel tenantId={tenantId} />
          </Tabs.Panel>
          <Tabs.Panel value="hr" pt="md">
            <HrImportPanel />
          </Tabs.Panel>
          <Tabs.Panel value="assets" pt="md">
            <AssetsPanel tenantId={tenantId} />
          </Tabs.Panel>
          <Tabs.Panel value="categories" pt="md">
            <CategoriesPanel tenantId={tenantId} />
          </Tabs.Panel>
          <Tabs.Panel value="notifications" pt="md">
            <NotificationsAdminPanel tenantId={tenantId} />
          </Tabs.Panel>
        </Tabs>
      </Stack>
    </Container>
  );
}

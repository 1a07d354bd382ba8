import { Anchor, AppShell, Button, Group, NativeSelect, Text } from '@mantine/core';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { NavLink } from 'react-router';
import { useMutation } from 'urql';
import { SetMyLanguageMutation } from '../features/auth/viewer.graphql';
import { LANGUAGES, setLanguage, type Language } from '../i18n';

export function Shell(props: {
  children: ReactNode;
  tenantName?: string;
  isAgent?: boolean;
  /** IT leads and administrators see the business calendars link. */
  canEditCalendars?: boolean;
  isAuditor?: boolean;
  /** The signed-in person's menu (profile, password, staff, administration). */
  accountMenu?: ReactNode;
  /** The unread in-app notifications badge. */
  unreadBadge?: ReactNode;
  onSignOut?: () => void;
}) {
  const { t, i18n } = useTranslation();
  const [, saveLanguage] = useMutation(SetMyLanguageMutation);
  return (
    <AppShell header={{ height: 56 }} padding="md">
      <Anchor href="#main" className="skip-link">
        {t('app.skipToContent')}
      </Anchor>
      <AppShell.Header px="sm">
        <Group h="100%" justify="space-between" wrap="nowrap">
          <Group gap="sm" wrap="nowrap">
            <Text fw={700} size="lg" className="brand-name">
              {t('app.name')}
            </Text>
            {props.tenantName && (
              <Text size="sm" c="dimmed" visibleFrom="xs">
                {props.tenantName}
              </Text>
            )}
          </Group>
          <Group gap={4} wrap="nowrap" component="nav" aria-label={t('app.name')}>
            {props.isAgent && (
              <>
                <Anchor component={NavLink} to="/" size="sm">
                  {t('app.portal')}
                </Anchor>
                <Anchor component={NavLink} to="/console" size="sm">
                  {t('app.console')}
                </Anchor>
                <Anchor component={NavLink} to="/assets" size="sm" visibleFrom="sm">
                  {t('assets.nav')}
                </Anchor>
                <Anchor component={NavLink} to="/mail" size="sm" visibleFrom="sm">
                  {t('mailIn.nav')}
                </Anchor>
                <Anchor component={NavLink} to="/dashboard" size="sm" visibleFrom="sm">
                  {t('dashboard.nav')}
                </Anchor>
                <Anchor component={NavLink} to="/sla" size="sm" visibleFrom="sm">
                  {t('sla.title')}
                </Anchor>
                <Anchor component={NavLink} to="/announcements" size="sm" visibleFrom="sm">
                  {t('announcements.title')}
                </Anchor>
                <Anchor component={NavLink} to="/oncall" size="sm" visibleFrom="sm">
                  {t('oncall.title')}
                </Anchor>
              </>
            )}
            {props.tenantName && (
              <Anchor component={NavLink} to="/catalog" size="sm" visibleFrom="sm">
                {t('catalog.nav')}
              </Anchor>
            )}
            <Anchor
              component={NavLink}
              to={props.isAgent ? '/knowledge/manage' : '/knowledge'}
              size="sm"
              visibleFrom="sm"
            >
              {t('knowledge.nav')}
            </Anchor>
            {props.canEditCalendars && (
              <Anchor component={NavLink} to="/calendars" size="sm" visibleFrom="sm">
                {t('calendars.nav')}
              </Anchor>
            )}
            {props.isAuditor && (
              <Anchor component={NavLink} to="/audit" size="sm">
                {t('audit.nav')}
              </Anchor>
            )}
            <NativeSelect
              aria-label={t('app.language')}
              size="xs"
              value={i18n.language}
              onChange={(e) => {
                const lang = e.currentTarget.value as Language;
                setLanguage(lang);
                // Signed in, the choice follows the person to every device.
                if (props.onSignOut) void saveLanguage({ language: lang });
              }}
              data={LANGUAGES.map((l) => ({ value: l.code, label: l.label }))}
            />
            {props.unreadBadge}
            {props.accountMenu}
            {props.onSignOut && (
              <Button size="xs" variant="subtle" px={6} onClick={props.onSignOut}>
                {t('app.signOut')}
              </Button>
            )}
          </Group>
        </Group>
      </AppShell.Header>
      <AppShell.Main id="main" tabIndex={-1}>
        {props.children}
      </AppShell.Main>
    </AppShell>
  );
}

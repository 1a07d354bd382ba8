import {
  ActionIcon,
  Anchor,
  AppShell,
  Button,
  Group,
  Menu,
  NativeSelect,
  Text,
} from '@mantine/core';
import { IconMenu2 } from '@tabler/icons-react';
import type { TFunction } from 'i18next';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, NavLink } from 'react-router';
import { useMutation } from 'urql';
import { SetMyLanguageMutation } from '../features/auth/viewer.graphql';
import { LANGUAGES, setLanguage, type Language } from '../i18n';

interface ShellProps {
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
}

interface NavItem {
  to: string;
  label: string;
  /** The header shows it from this width up; below, the menu button lists it. */
  from: 'xs' | 'sm';
}

/** The header's links, for the viewer's roles: one list for the header and the phone menu. */
function navLinks(props: ShellProps, t: TFunction): NavItem[] {
  const items: (NavItem | false | undefined)[] = [
    props.isAgent && { to: '/', label: t('app.portal'), from: 'xs' },
    props.isAgent && { to: '/console', label: t('app.console'), from: 'xs' },
    props.isAgent && { to: '/assets', label: t('assets.nav'), from: 'sm' },
    props.isAgent && { to: '/mail', label: t('mailIn.nav'), from: 'sm' },
    props.isAgent && { to: '/dashboard', label: t('dashboard.nav'), from: 'sm' },
    props.isAgent && { to: '/sla', label: t('sla.title'), from: 'sm' },
    props.isAgent && { to: '/announcements', label: t('announcements.title'), from: 'sm' },
    props.isAgent && { to: '/oncall', label: t('oncall.title'), from: 'sm' },
    props.tenantName !== undefined && { to: '/catalog', label: t('catalog.nav'), from: 'sm' },
    props.tenantName !== undefined && {
      to: props.isAgent ? '/knowledge/manage' : '/knowledge',
      label: t('knowledge.nav'),
      from: 'sm',
    },
    props.canEditCalendars && { to: '/calendars', label: t('calendars.nav'), from: 'sm' },
    props.isAuditor && { to: '/audit', label: t('audit.nav'), from: 'xs' },
  ];
  return items.filter((i): i is NavItem => Boolean(i));
}

export function Shell(props: ShellProps) {
  const { t, i18n } = useTranslation();
  const [, saveLanguage] = useMutation(SetMyLanguageMutation);
  const links = navLinks(props, t);
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
            {links.map((l) => (
              <Anchor key={l.to} component={NavLink} to={l.to} size="sm" visibleFrom={l.from}>
                {l.label}
              </Anchor>
            ))}
            {links.length > 0 && (
              <Menu position="bottom-end" withinPortal>
                <Menu.Target>
                  <ActionIcon variant="subtle" size="lg" hiddenFrom="sm" aria-label={t('app.menu')}>
                    <IconMenu2 size={18} aria-hidden />
                  </ActionIcon>
                </Menu.Target>
                <Menu.Dropdown>
                  {links.map((l) => (
                    <Menu.Item key={l.to} component={Link} to={l.to} hiddenFrom={l.from}>
                      {l.label}
                    </Menu.Item>
                  ))}
                </Menu.Dropdown>
              </Menu>
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
              // On a phone signing out is in the account menu (the header would not fit).
              <Button size="xs" variant="subtle" px={6} visibleFrom="xs" onClick={props.onSignOut}>
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

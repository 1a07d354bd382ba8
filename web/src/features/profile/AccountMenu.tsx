import { Box, Button, Menu } from '@mantine/core';
import { IconChevronDown, IconUser } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { ColorSchemeItem } from './ColorSchemeItem';

const STAFF_SEARCH_ROLES = [
  'MANAGER',
  'IT_SUPERIOR',
  'MUNICIPAL_DIRECTOR',
  'IT_LEAD',
  'AGENT_FIRST_LINE',
  'AGENT_SECOND_LINE',
  'ADMINISTRATOR',
];

/** Mirrors the server's access policy, only to decide which links to show. */
export function canSearchStaff(roles: readonly string[]): boolean {
  return roles.some((r) => STAFF_SEARCH_ROLES.includes(r));
}

export function isAdministrator(roles: readonly string[]): boolean {
  return roles.includes('ADMINISTRATOR');
}

/**
 * The signed-in person's menu: profile, password, staff search, administration — and, on a
 * phone, where the header has no room for its own button, signing out.
 */
export function AccountMenu({
  displayName,
  roles,
  onSignOut,
}: {
  displayName: string;
  roles: string[];
  onSignOut?: () => void;
}) {
  const { t } = useTranslation();
  return (
    <Menu position="bottom-end" withinPortal>
      <Menu.Target>
        <Button
          size="xs"
          variant="subtle"
          aria-label={displayName}
          leftSection={<IconUser size={16} aria-hidden />}
          rightSection={<IconChevronDown size={14} aria-hidden />}
        >
          {/* On a phone the icon alone keeps the header on one line. */}
          <Box component="span" visibleFrom="sm">
            {displayName}
          </Box>
        </Button>
      </Menu.Target>
      <Menu.Dropdown>
        <Menu.Item component={Link} to="/profile">
          {t('profile.nav')}
        </Menu.Item>
        <Menu.Item component={Link} to="/password">
          {t('profile.changePassword')}
        </Menu.Item>
        {canSearchStaff(roles) && (
          <Menu.Item component={Link} to="/staff">
            {t('staff.nav')}
          </Menu.Item>
        )}
        {isAdministrator(roles) && (
          <Menu.Item component={Link} to="/admin">
            {t('admin.nav')}
          </Menu.Item>
        )}
        <Menu.Divider />
        <ColorSchemeItem />
        {onSignOut && (
          <Menu.Item hiddenFrom="xs" onClick={onSignOut}>
            {t('app.signOut')}
          </Menu.Item>
        )}
      </Menu.Dropdown>
    </Menu>
  );
}

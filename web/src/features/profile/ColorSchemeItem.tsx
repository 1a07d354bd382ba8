import { Menu, useComputedColorScheme, useMantineColorScheme } from '@mantine/core';
import { IconMoon, IconSun } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';

/** Switches between the light and dark scheme; Mantine remembers the choice in this browser. */
export function ColorSchemeItem() {
  const { t } = useTranslation();
  const { setColorScheme } = useMantineColorScheme();
  const scheme = useComputedColorScheme('light');
  const dark = scheme === 'dark';
  return (
    <Menu.Item
      leftSection={dark ? <IconSun size={16} aria-hidden /> : <IconMoon size={16} aria-hidden />}
      onClick={() => setColorScheme(dark ? 'light' : 'dark')}
      data-testid="color-scheme-toggle"
    >
      {dark ? t('colorScheme.light') : t('colorScheme.dark')}
    </Menu.Item>
  );
}

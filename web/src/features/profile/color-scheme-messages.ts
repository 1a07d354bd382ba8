import { defineMessages } from '../../i18n/define';

export const messages = defineMessages({
  en: { colorScheme: { dark: 'Dark mode', light: 'Light mode' } },
  sv: { colorScheme: { dark: 'Mörkt läge', light: 'Ljust läge' } },
  nb: { colorScheme: { dark: 'Mørk modus', light: 'Lys modus' } },
});

import { defineMessages } from '../../i18n/define';

/** Texts of incoming e-mail in the ticket view; sv and nb must match en's keys. */
export const messages = defineMessages({
  en: {
    mailIn: {
      quotedHistory: 'Show quoted history',
      quotedHistoryLabel: 'Earlier messages quoted in this e-mail',
    },
  },
  sv: {
    mailIn: {
      quotedHistory: 'Visa citerad historik',
      quotedHistoryLabel: 'Tidigare meddelanden som citeras i mejlet',
    },
  },
  nb: {
    mailIn: {
      quotedHistory: 'Vis sitert historikk',
      quotedHistoryLabel: 'Tidligere meldinger som siteres i e-posten',
    },
  },
});

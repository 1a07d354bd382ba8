import { defineMessages } from '../../i18n/define';

/** Texts of incoming e-mail in the ticket view; sv and nb must match en's keys. */
export const messages = defineMessages({
  en: {
    mailIn: {
      quotedHistory: 'Show quoted history',
      quotedHistoryLabel: 'Earlier messages quoted in this e-mail',
      match: {
        title: 'Unknown sender',
        from: 'Mailed from {{address}}, an address no person in the register has.',
        search: 'Find the person who wrote it',
        person: 'Caller',
        personRequired: 'Choose the person who wrote it.',
        searching: 'Searching…',
        choose: 'Choose the person ({{count}} found)',
        submit: 'Make them the caller',
      },
    },
  },
  sv: {
    mailIn: {
      quotedHistory: 'Visa citerad historik',
      quotedHistoryLabel: 'Tidigare meddelanden som citeras i mejlet',
      match: {
        title: 'Okänd avsändare',
        from: 'Skickat från {{address}}, en adress som ingen person i registret har.',
        search: 'Sök personen som skrev',
        person: 'Anmälare',
        personRequired: 'Välj personen som skrev.',
        searching: 'Söker…',
        choose: 'Välj personen ({{count}} träffar)',
        submit: 'Gör personen till anmälare',
      },
    },
  },
  nb: {
    mailIn: {
      quotedHistory: 'Vis sitert historikk',
      quotedHistoryLabel: 'Tidligere meldinger som siteres i e-posten',
      match: {
        title: 'Ukjent avsender',
        from: 'Sendt fra {{address}}, en adresse ingen person i registeret har.',
        search: 'Finn personen som skrev',
        person: 'Innmelder',
        personRequired: 'Velg personen som skrev.',
        searching: 'Søker…',
        choose: 'Velg personen ({{count}} treff)',
        submit: 'Gjør personen til innmelder',
      },
    },
  },
});

import { defineMessages } from '../../i18n/define';

/** Texts of this feature in every language; sv and nb must match en's keys. */
export const messages = defineMessages({
  en: {
    queue: {
      title: 'Queue',
      live: 'Live',
      empty: 'The queue is empty.',
      number: 'Number',
      subject: 'Title',
      caller: 'Caller',
      municipality: 'Municipality',
      status: 'Status',
      priority: 'Priority',
      created: 'Created',
      loadMore: 'Show more',
      newTicketArrived: 'New ticket {{number}}: {{title}}',
    },
  },
  sv: {
    queue: {
      title: 'Kö',
      live: 'Live',
      empty: 'Kön är tom.',
      number: 'Nummer',
      subject: 'Rubrik',
      caller: 'Anmälare',
      municipality: 'Kommun',
      status: 'Status',
      priority: 'Prioritet',
      created: 'Skapat',
      loadMore: 'Visa fler',
      newTicketArrived: 'Nytt ärende {{number}}: {{title}}',
    },
  },
  nb: {
    queue: {
      title: 'Kø',
      live: 'Direkte',
      empty: 'Køen er tom.',
      number: 'Nummer',
      subject: 'Tittel',
      caller: 'Innmelder',
      municipality: 'Kommune',
      status: 'Status',
      priority: 'Prioritet',
      created: 'Opprettet',
      loadMore: 'Vis flere',
      newTicketArrived: 'Ny sak {{number}}: {{title}}',
    },
  },
});

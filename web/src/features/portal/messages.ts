import { defineMessages } from '../../i18n/define';

/** Texts of this feature in every language; sv and nb must match en's keys. */
export const messages = defineMessages({
  en: {
    portal: {
      newTicketTitle: 'Report a problem',
      newTicketIntro:
        'For problems that are not critical. You get a ticket number and replies here and by e-mail.',
      titleLabel: 'What is the problem?',
      titleHint: 'A short summary, e.g. “Printer on floor 2 jams”.',
      descriptionLabel: 'Details',
      descriptionHint: 'What happened, where, and since when.',
      submit: 'Send ticket',
      created: 'Ticket {{number}} was created.',
      myTickets: 'My tickets',
      noTickets: 'You have no tickets yet.',
      criticalTitle: 'Is it critical?',
      criticalText:
        'Critical means danger to life or health, or a whole department unable to work. Call IT directly: {{phone}}.',
    },
  },
  sv: {
    portal: {
      newTicketTitle: 'Anmäl ett problem',
      newTicketIntro:
        'För problem som inte är kritiska. Du får ett ärendenummer och svar här och via e-post.',
      titleLabel: 'Vad är problemet?',
      titleHint: 'En kort sammanfattning, t.ex. ”Skrivaren på plan 2 fastnar”.',
      descriptionLabel: 'Detaljer',
      descriptionHint: 'Vad hände, var och sedan när.',
      submit: 'Skicka ärende',
      created: 'Ärende {{number}} har skapats.',
      myTickets: 'Mina ärenden',
      noTickets: 'Du har inga ärenden än.',
      criticalTitle: 'Är det kritiskt?',
      criticalText:
        'Kritiskt betyder fara för liv eller hälsa, eller att en hel avdelning inte kan arbeta. Ring IT direkt: {{phone}}.',
    },
  },
  nb: {
    portal: {
      newTicketTitle: 'Meld inn et problem',
      newTicketIntro:
        'For problemer som ikke er kritiske. Du får et saksnummer og svar her og på e-post.',
      titleLabel: 'Hva er problemet?',
      titleHint: 'En kort oppsummering, f.eks. «Skriveren i 2. etasje setter seg fast».',
      descriptionLabel: 'Detaljer',
      descriptionHint: 'Hva skjedde, hvor og siden når.',
      submit: 'Send henvendelse',
      created: 'Sak {{number}} er opprettet.',
      myTickets: 'Mine saker',
      noTickets: 'Du har ingen saker ennå.',
      criticalTitle: 'Er det kritisk?',
      criticalText:
        'Kritisk betyr fare for liv eller helse, eller full produksjonsstopp for en hel avdeling. Ring IT direkte: {{phone}}.',
    },
  },
});

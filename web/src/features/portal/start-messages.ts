import { defineMessages } from '../../i18n/define';

/** Texts of the portal's start page: what you can do, and how to reach IT otherwise. */
export const messages = defineMessages({
  en: {
    portalStart: {
      actionsTitle: 'What do you need?',
      report: 'Report a problem',
      reportHint: 'Not critical: you get a ticket number and replies.',
      critical: 'This is critical',
      criticalHint: 'Danger to life or health, or a whole department stopped.',
      myTickets: 'My tickets',
      myTicketsHint: 'Follow and answer your tickets.',
      orderHint: 'Equipment, software, permissions and applications such as leave.',
      approvals: 'Approvals',
      approvalsHint: 'Orders and applications waiting for your decision.',
      contactTitle: 'Contact IT',
      contactRule:
        'Use the portal whenever you can. Phone and e-mail are only for when the portal cannot be used — they become tickets too.',
      supportPhone: 'Support phone: {{phone}}',
      urgentPhone: 'Urgent short number: {{phone}}',
      email: 'E-mail: {{email}}',
    },
  },
  sv: {
    portalStart: {
      actionsTitle: 'Vad behöver du?',
      report: 'Anmäl ett problem',
      reportHint: 'Inte kritiskt: du får ett ärendenummer och svar.',
      critical: 'Det här är kritiskt',
      criticalHint: 'Fara för liv eller hälsa, eller en hel avdelning står still.',
      myTickets: 'Mina ärenden',
      myTicketsHint: 'Följ och svara på dina ärenden.',
      orderHint: 'Utrustning, program, behörigheter och ansökningar som ledighet.',
      approvals: 'Att godkänna',
      approvalsHint: 'Beställningar och ansökningar som väntar på ditt beslut.',
      contactTitle: 'Kontakta IT',
      contactRule:
        'Använd e-tjänsten när du kan. Telefon och e-post är bara till för när e-tjänsten inte går att använda — de blir också ärenden.',
      supportPhone: 'Supporttelefon: {{phone}}',
      urgentPhone: 'Kortnummer vid brådskande fel: {{phone}}',
      email: 'E-post: {{email}}',
    },
  },
  nb: {
    portalStart: {
      actionsTitle: 'Hva trenger du?',
      report: 'Meld fra om et problem',
      reportHint: 'Ikke kritisk: du får et saksnummer og svar.',
      critical: 'Dette er kritisk',
      criticalHint: 'Fare for liv eller helse, eller en hel avdeling står stille.',
      myTickets: 'Mine saker',
      myTicketsHint: 'Følg og svar på sakene dine.',
      orderHint: 'Utstyr, programmer, tilganger og søknader som permisjon.',
      approvals: 'Til godkjenning',
      approvalsHint: 'Bestillinger og søknader som venter på din beslutning.',
      contactTitle: 'Kontakt IT',
      contactRule:
        'Bruk selvbetjeningsportalen når du kan. Telefon og e-post er bare for når portalen ikke kan brukes — de blir også saker.',
      supportPhone: 'Supporttelefon: {{phone}}',
      urgentPhone: 'Kortnummer ved hastesaker: {{phone}}',
      email: 'E-post: {{email}}',
    },
  },
});

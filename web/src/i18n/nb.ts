import type { Messages } from './en';

export const nb: Messages = {
  app: {
    name: 'Linje',
    tagline: 'IT-hjelp for kommunen din',
    skipToContent: 'Hopp til innholdet',
    language: 'Språk',
    signOut: 'Logg ut',
    loading: 'Laster…',
    portal: 'Selvbetjening',
    menu: 'Meny',
    console: 'Saksbehandlervisning',
  },
  auth: {
    title: 'Logg inn',
    intro: 'Logg inn med jobb-e-posten eller brukernavnet ditt og det vanlige passordet.',
    identifier: 'Jobb-e-post eller brukernavn',
    password: 'Passord',
    submit: 'Logg inn',
    showPassword: 'Vis eller skjul passordet',
    failed: 'Feil brukernavn eller passord.',
  },
  status: {
    NEW: 'Ny',
    IN_PROGRESS: 'Under arbeid',
    WAITING_FOR_CALLER: 'Venter på innmelder',
    WAITING_FOR_SUPPLIER: 'Venter på leverandør',
    RESOLVED: 'Løst',
    CLOSED: 'Lukket',
  },
  priority: {
    CRITICAL: 'Kritisk',
    HIGH: 'Høy',
    MEDIUM: 'Middels',
    LOW: 'Lav',
  },
  errors: {
    generic: 'Noe gikk galt. Prøv igjen.',
    network: 'Linje kan ikke nås. Sjekk tilkoblingen.',
    BAD_USER_INPUT: 'Sjekk det du har fylt inn.',
    UNAUTHENTICATED: 'Logg inn på nytt.',
    FORBIDDEN: 'Du har ikke tilgang til å gjøre dette.',
    NOT_FOUND: 'Det ble ikke funnet.',
    CONFLICT: 'Noen andre endret samtidig. Last inn på nytt og prøv igjen.',
    PAYLOAD_TOO_LARGE: 'Det er for stort til å sendes.',
    TOO_MANY_REQUESTS: 'For mange forsøk. Vent noen minutter og prøv igjen.',
    TIMEOUT: 'Forespørselen tok for lang tid og ble stoppet. Prøv et smalere søk.',
    fields: {
      title: {
        EMPTY: 'Skriv en kort oppsummering.',
        TOO_LONG: 'Hold oppsummeringen under {{max}} tegn.',
      },
    },
  },
};

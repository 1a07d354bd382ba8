import type { Messages } from './en';

export const sv: Messages = {
  app: {
    name: 'Linje',
    tagline: 'IT-hjälp för din kommun',
    skipToContent: 'Hoppa till innehållet',
    language: 'Språk',
    signOut: 'Logga ut',
    loading: 'Laddar…',
    portal: 'Självservice',
    menu: 'Meny',
    console: 'Handläggarvy',
  },
  auth: {
    title: 'Logga in',
    intro: 'Logga in med din jobbmejl eller ditt användarnamn och ditt vanliga lösenord.',
    identifier: 'Jobbmejl eller användarnamn',
    password: 'Lösenord',
    submit: 'Logga in',
    showPassword: 'Visa eller dölj lösenordet',
    failed: 'Fel användarnamn eller lösenord.',
  },
  status: {
    NEW: 'Nytt',
    IN_PROGRESS: 'Pågår',
    WAITING_FOR_CALLER: 'Väntar på anmälare',
    WAITING_FOR_SUPPLIER: 'Väntar på leverantör',
    RESOLVED: 'Löst',
    CLOSED: 'Stängt',
  },
  priority: {
    CRITICAL: 'Kritisk',
    HIGH: 'Hög',
    MEDIUM: 'Medel',
    LOW: 'Låg',
  },
  errors: {
    generic: 'Något gick fel. Försök igen.',
    network: 'Linje går inte att nå. Kontrollera din anslutning.',
    BAD_USER_INPUT: 'Kontrollera det du har fyllt i.',
    UNAUTHENTICATED: 'Logga in igen.',
    FORBIDDEN: 'Du har inte behörighet att göra detta.',
    NOT_FOUND: 'Det gick inte att hitta.',
    CONFLICT: 'Någon annan ändrade samtidigt. Ladda om och försök igen.',
    PAYLOAD_TOO_LARGE: 'Det är för stort för att skickas.',
    TOO_MANY_REQUESTS: 'För många försök. Vänta några minuter och försök igen.',
    TIMEOUT: 'Begäran tog för lång tid och avbröts. Försök med en smalare sökning.',
    fields: {
      title: {
        EMPTY: 'Skriv en kort sammanfattning.',
        TOO_LONG: 'Håll sammanfattningen under {{max}} tecken.',
      },
    },
  },
};

import { defineMessages } from '../../i18n/define';

/** Texts of this feature in every language; sv and nb must match en's keys. */
export const messages = defineMessages({
  en: {
    portal: {
      criticalButton: 'This is critical',
      criticalDefinition:
        'Only for danger to life or health, or a whole department that cannot work.',
      categoryLabel: 'What is it about?',
      categoryHint: 'Choose the closest match first; it sends the ticket to the right people.',
      chooseCategory: 'Choose…',
      subcategoryLabel: 'More precisely',
      anySubcategory: 'Not sure',
      impactLabel: 'Who is affected?',
      impacts: { PERSON: 'Only me', GROUP: 'Several of us', DEPARTMENT: 'The whole department' },
      urgencyLabel: 'How much does it hold up work?',
      urgencies: {
        LOW: 'I can work as usual',
        MEDIUM: 'Work is slowed down',
        HIGH: 'I cannot work',
      },
      fileLabel: 'Attach a file (optional)',
      fileHint: 'A screenshot or photo helps. At most {{mb}} MB.',
      fileTooLarge: 'The file is larger than {{mb}} MB.',
      uploadFailed:
        'The ticket was created but the file could not be attached. Open the ticket to try again.',
      forOthers: 'Tickets I filed for others',
      forPerson: 'For {{name}}',
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
      criticalButton: 'Det här är kritiskt',
      criticalDefinition:
        'Bara vid fara för liv eller hälsa, eller när en hel avdelning inte kan arbeta.',
      categoryLabel: 'Vad gäller det?',
      categoryHint: 'Välj det som passar bäst först; då hamnar ärendet hos rätt personer.',
      chooseCategory: 'Välj…',
      subcategoryLabel: 'Mer exakt',
      anySubcategory: 'Vet inte',
      impactLabel: 'Vilka påverkas?',
      impacts: { PERSON: 'Bara jag', GROUP: 'Flera av oss', DEPARTMENT: 'Hela avdelningen' },
      urgencyLabel: 'Hur mycket hindrar det arbetet?',
      urgencies: {
        LOW: 'Jag kan arbeta som vanligt',
        MEDIUM: 'Arbetet går långsammare',
        HIGH: 'Jag kan inte arbeta',
      },
      fileLabel: 'Bifoga en fil (valfritt)',
      fileHint: 'En skärmbild eller ett foto hjälper. Högst {{mb}} MB.',
      fileTooLarge: 'Filen är större än {{mb}} MB.',
      uploadFailed: 'Ärendet skapades men filen kunde inte bifogas. Öppna ärendet och försök igen.',
      forOthers: 'Ärenden jag anmält åt andra',
      forPerson: 'Gäller {{name}}',
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
      criticalButton: 'Dette er kritisk',
      criticalDefinition:
        'Bare ved fare for liv eller helse, eller når en hel avdeling ikke kan arbeide.',
      categoryLabel: 'Hva gjelder det?',
      categoryHint: 'Velg det som passer best først; da havner saken hos riktige personer.',
      chooseCategory: 'Velg…',
      subcategoryLabel: 'Mer presist',
      anySubcategory: 'Vet ikke',
      impactLabel: 'Hvem er berørt?',
      impacts: { PERSON: 'Bare meg', GROUP: 'Flere av oss', DEPARTMENT: 'Hele avdelingen' },
      urgencyLabel: 'Hvor mye hindrer det arbeidet?',
      urgencies: {
        LOW: 'Jeg kan jobbe som vanlig',
        MEDIUM: 'Arbeidet går tregere',
        HIGH: 'Jeg kan ikke jobbe',
      },
      fileLabel: 'Legg ved en fil (valgfritt)',
      fileHint: 'Et skjermbilde eller foto hjelper. Maks {{mb}} MB.',
      fileTooLarge: 'Filen er større enn {{mb}} MB.',
      uploadFailed:
        'Saken ble opprettet, men filen kunne ikke legges ved. Åpne saken og prøv igjen.',
      forOthers: 'Saker jeg har meldt inn for andre',
      forPerson: 'Gjelder {{name}}',
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

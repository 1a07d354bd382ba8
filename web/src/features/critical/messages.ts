import { NOTICE_TEXTS } from '@linje/shared';
import { defineMessages } from '../../i18n/define';

export const messages = defineMessages({
  en: {
    critical: {
      noticesTitle: 'Your notices',
      openNotice: 'Open',
      markRead: 'Mark as read',
      notice: NOTICE_TEXTS.en,
      title: 'Critical problem',
      intro:
        'Critical means danger to life or health, or a whole department unable to work. Anything else: report an ordinary ticket.',
      whoTitle: 'Who to call now',
      routeIT_STAFF:
        'Call one of the IT staff below. There is no order: if nobody answers, call the next. Your ticket counts as received when someone in IT has it.',
      routeON_CALL:
        'IT has an announced on-call period. Call {{phone}}, or the on-call people in this order.',
      routeMANAGER_CHAIN:
        'IT is closed. Call your manager first; if you cannot reach them, the managers above, in this order. They get IT overtime authorised.',
      call: 'Call {{name}}',
      noPhone: 'No phone number',
      reportTitle: 'Record the critical problem',
      definitionLabel: 'Why is it critical?',
      DANGER_TO_LIFE_OR_HEALTH: 'Danger to life or health',
      DEPARTMENT_PRODUCTION_STOP: 'A whole department cannot work',
      titleLabel: 'What has happened?',
      descriptionLabel: 'Details',
      submit: 'Record critical ticket',
      openTitle: 'Open critical tickets',
      noOpen: 'No open critical tickets.',
      open: 'Open {{number}}',
    },
  },
  sv: {
    critical: {
      noticesTitle: 'Dina aviseringar',
      openNotice: 'Öppna',
      markRead: 'Markera som läst',
      notice: NOTICE_TEXTS.sv,
      title: 'Kritiskt problem',
      intro:
        'Kritiskt betyder fara för liv eller hälsa, eller att en hel avdelning inte kan arbeta. Allt annat: anmäl ett vanligt ärende.',
      whoTitle: 'Vem du ska ringa nu',
      routeIT_STAFF:
        'Ring någon i IT nedan. Det finns ingen ordning: svarar ingen, ring nästa. Ärendet räknas som mottaget när någon i IT har tagit det.',
      routeON_CALL:
        'IT har en aviserad beredskap. Ring {{phone}}, eller personerna i beredskap i denna ordning.',
      routeMANAGER_CHAIN:
        'IT är stängt. Ring din chef först; når du inte hen, cheferna ovanför i denna ordning. De ordnar beslut om övertid för IT.',
      call: 'Ring {{name}}',
      noPhone: 'Inget telefonnummer',
      reportTitle: 'Registrera det kritiska problemet',
      definitionLabel: 'Varför är det kritiskt?',
      DANGER_TO_LIFE_OR_HEALTH: 'Fara för liv eller hälsa',
      DEPARTMENT_PRODUCTION_STOP: 'En hel avdelning kan inte arbeta',
      titleLabel: 'Vad har hänt?',
      descriptionLabel: 'Detaljer',
      submit: 'Registrera kritiskt ärende',
      openTitle: 'Öppna kritiska ärenden',
      noOpen: 'Inga öppna kritiska ärenden.',
      open: 'Öppna {{number}}',
    },
  },
  nb: {
    critical: {
      noticesTitle: 'Dine varsler',
      openNotice: 'Åpne',
      markRead: 'Merk som lest',
      notice: NOTICE_TEXTS.nb,
      title: 'Kritisk problem',
      intro:
        'Kritisk betyr fare for liv og helse, eller at en hel avdeling ikke kan arbeide. Alt annet: meld en vanlig sak.',
      whoTitle: 'Hvem du skal ringe nå',
      routeIT_STAFF:
        'Ring en av de ansatte på IT nedenfor. Det er ingen prioritert rekkefølge: ring neste om du ikke får svar. Saken regnes som mottatt når noen på IT har tatt den.',
      routeON_CALL:
        'IT har varslet beredskapsvakt. Ring {{phone}}, eller de som har beredskap i denne rekkefølgen.',
      routeMANAGER_CHAIN:
        'IT er stengt. Ring lederen din først; får du ikke svar, lederne over deg i denne rekkefølgen. De sørger for at overtid for IT blir klarert.',
      call: 'Ring {{name}}',
      noPhone: 'Mangler telefonnummer',
      reportTitle: 'Registrer det kritiske problemet',
      definitionLabel: 'Hvorfor er det kritisk?',
      DANGER_TO_LIFE_OR_HEALTH: 'Fare for liv og helse',
      DEPARTMENT_PRODUCTION_STOP: 'En hel avdeling kan ikke arbeide',
      titleLabel: 'Hva har skjedd?',
      descriptionLabel: 'Detaljer',
      submit: 'Registrer kritisk sak',
      openTitle: 'Åpne kritiske saker',
      noOpen: 'Ingen åpne kritiske saker.',
      open: 'Åpne {{number}}',
    },
  },
});

import { defineMessages } from '../../i18n/define';

export const messages = defineMessages({
  en: {
    availability: {
      label: 'IT availability',
      availableToday: 'IT is available until {{time}} today',
      availableUntil: 'IT is available until {{when}}',
      closed: 'IT is closed',
      onCall: 'IT is on call until {{when}} — call {{phone}} if it is critical',
      absent: 'IT is absent until {{when}}',
      reduced: 'IT has reduced availability until {{when}}',
      criticalLink: 'See what to do if it is critical',
    },
  },
  sv: {
    availability: {
      label: 'IT:s tillgänglighet',
      availableToday: 'IT är tillgängligt till {{time}} i dag',
      availableUntil: 'IT är tillgängligt till {{when}}',
      closed: 'IT är stängt',
      onCall: 'IT har beredskap till {{when}} — ring {{phone}} om det är kritiskt',
      absent: 'IT är frånvarande till {{when}}',
      reduced: 'IT har begränsad tillgänglighet till {{when}}',
      criticalLink: 'Se vad du gör om det är kritiskt',
    },
  },
  nb: {
    availability: {
      label: 'ITs tilgjengelighet',
      availableToday: 'IT er tilgjengelig til {{time}} i dag',
      availableUntil: 'IT er tilgjengelig til {{when}}',
      closed: 'IT er stengt',
      onCall: 'IT har beredskap til {{when}} — ring {{phone}} hvis det er kritisk',
      absent: 'IT er fraværende til {{when}}',
      reduced: 'IT har redusert tilgjengelighet til {{when}}',
      criticalLink: 'Se hva du gjør hvis det er kritisk',
    },
  },
});

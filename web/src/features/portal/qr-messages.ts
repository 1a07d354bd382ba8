import { defineMessages } from '../../i18n/define';

export const messages = defineMessages({
  en: {
    portalQr: {
      title: 'QR code to the portal',
      intro: 'Print it and put it up where staff work: scanning it opens the portal on any phone.',
      image: 'QR code for {{url}}',
      print: 'Print',
      poster: 'Scan to reach IT support for {{tenant}}',
    },
  },
  sv: {
    portalQr: {
      title: 'QR-kod till e-tjänsten',
      intro:
        'Skriv ut den och sätt upp den där personalen arbetar: den öppnar e-tjänsten på vilken telefon som helst.',
      image: 'QR-kod för {{url}}',
      print: 'Skriv ut',
      poster: 'Skanna för att nå IT-supporten i {{tenant}}',
    },
  },
  nb: {
    portalQr: {
      title: 'QR-kode til portalen',
      intro:
        'Skriv den ut og heng den opp der de ansatte jobber: den åpner portalen på hvilken som helst telefon.',
      image: 'QR-kode for {{url}}',
      print: 'Skriv ut',
      poster: 'Skann for å nå IT-støtten i {{tenant}}',
    },
  },
});

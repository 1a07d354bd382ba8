import { defineMessages } from '../i18n/define';

/** Texts of the shared form components in every language; sv and nb must match en's keys. */
export const messages = defineMessages({
  en: {
    richText: {
      toolbar: 'Formatting',
      bold: 'Bold',
      italic: 'Italic',
      bulletList: 'Bulleted list',
      orderedList: 'Numbered list',
      link: 'Add or change link',
      unlink: 'Remove link',
      linkInput: 'Link address',
      linkPlaceholder: 'https://…',
      linkSave: 'Save link',
      linkNewTab: 'Opens in a new tab',
      tooLong: 'Keep the description under {{max}} characters.',
      htmlTooLong: 'The description has too much formatting. Shorten it or remove some formatting.',
    },
  },
  sv: {
    richText: {
      toolbar: 'Formatering',
      bold: 'Fetstil',
      italic: 'Kursiv',
      bulletList: 'Punktlista',
      orderedList: 'Numrerad lista',
      link: 'Lägg till eller ändra länk',
      unlink: 'Ta bort länk',
      linkInput: 'Länkadress',
      linkPlaceholder: 'https://…',
      linkSave: 'Spara länk',
      linkNewTab: 'Öppnas i en ny flik',
      tooLong: 'Håll beskrivningen under {{max}} tecken.',
      htmlTooLong:
        'Beskrivningen har för mycket formatering. Korta den eller ta bort en del formatering.',
    },
  },
  nb: {
    richText: {
      toolbar: 'Formatering',
      bold: 'Fet',
      italic: 'Kursiv',
      bulletList: 'Punktliste',
      orderedList: 'Nummerert liste',
      link: 'Legg til eller endre lenke',
      unlink: 'Fjern lenke',
      linkInput: 'Lenkeadresse',
      linkPlaceholder: 'https://…',
      linkSave: 'Lagre lenke',
      linkNewTab: 'Åpnes i en ny fane',
      tooLong: 'Hold beskrivelsen under {{max}} tegn.',
      htmlTooLong:
        'Beskrivelsen har for mye formatering. Gjør den kortere eller fjern noe formatering.',
    },
  },
});

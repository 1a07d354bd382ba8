/** The languages Linje writes mail in; a municipality's comes from its country. */
export type MailLanguage = 'sv' | 'nb' | 'en';

export function languageOfCountry(country: string): MailLanguage {
  if (country === 'SE') return 'sv';
  if (country === 'NO') return 'nb';
  return 'en';
}

export interface TooLargeBounce {
  readonly mailbox: string;
  readonly subject: string;
  readonly fileName: string;
  readonly maxMb: number;
}

/** The reply to a message refused because an attachment is over the limit. */
export function tooLargeBounce(
  lang: MailLanguage,
  b: TooLargeBounce,
): { subject: string; text: string } {
  const subject = b.subject.trim() === '' ? '—' : b.subject.trim();
  switch (lang) {
    case 'sv':
      return {
        subject: `Ditt meddelande togs inte emot: ${subject}`,
        text: [
          'Hej!',
          '',
          `Ditt meddelande till ${b.mailbox} togs inte emot, eftersom bilagan "${b.fileName}" är större än ${b.maxMb} MB. Inget ärende har skapats.`,
          '',
          'Skicka meddelandet igen utan bilagan eller med en mindre fil.',
          '',
          'Det här är ett automatiskt svar från IT-supporten.',
        ].join('\n'),
      };
    case 'nb':
      return {
        subject: `Meldingen din ble ikke tatt imot: ${subject}`,
        text: [
          'Hei!',
          '',
          `Meldingen din til ${b.mailbox} ble ikke tatt imot, fordi vedlegget «${b.fileName}» er større enn ${b.maxMb} MB. Ingen sak er opprettet.`,
          '',
          'Send meldingen på nytt uten vedlegget eller med en mindre fil.',
          '',
          'Dette er et automatisk svar fra IT-støtten.',
        ].join('\n'),
      };
    case 'en':
      return {
        subject: `Your message was not accepted: ${subject}`,
        text: [
          'Hello,',
          '',
          `Your message to ${b.mailbox} was not accepted because the attachment "${b.fileName}" is larger than ${b.maxMb} MB. No ticket has been created.`,
          '',
          'Please send the message again without the attachment or with a smaller file.',
          '',
          'This is an automatic reply from the IT service desk.',
        ].join('\n'),
      };
  }
}

/** The name of the stand-in caller of tickets mailed in from an unknown address. */
export function unknownSenderName(lang: MailLanguage): { givenName: string; surname: string } {
  switch (lang) {
    case 'sv':
      return { givenName: 'Okänd', surname: 'avsändare' };
    case 'nb':
      return { givenName: 'Ukjent', surname: 'avsender' };
    case 'en':
      return { givenName: 'Unknown', surname: 'sender' };
  }
}

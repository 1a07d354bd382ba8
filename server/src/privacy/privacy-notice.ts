import type { TemplateLanguage } from '@linje/shared';

export interface NoticeFacts {
  tenantName: string;
  retentionYears: number | null;
  supportEmail: string | null;
  supportPhone: string | null;
}

function escapeHtml(s: string): string {
  return s
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;');
}

interface NoticeTexts {
  responsibleTitle: string;
  responsible: (tenant: string) => string;
  processedTitle: string;
  processed: string[];
  whyTitle: string;
  why: string;
  retentionTitle: string;
  retention: (years: number | null) => string;
  rightsTitle: string;
  rights: string;
  contactTitle: string;
  contact: (tenant: string, ways: string) => string;
  noContact: string;
}

const TEXTS: Record<TemplateLanguage, NoticeTexts> = {
  sv: {
    responsibleTitle: 'Personuppgiftsansvarig',
    responsible: (t) =>
      `${t} är personuppgiftsansvarig för de uppgifter som behandlas i IT-servicedesken Linje.`,
    processedTitle: 'Vilka uppgifter vi behandlar',
    processed: [
      'Namn, användarnamn, e-postadress, telefonnummer, befattning och organisatorisk tillhörighet.',
      'Ärenden du anmäler eller som gäller dig, med svar, anteckningar och bilagor.',
      'Beställningar, godkännanden och signaturer, samt inloggningar och en logg över vad som har ändrats.',
    ],
    whyTitle: 'Varför',
    why: 'Uppgifterna behövs för att ge dig IT-stöd, leverera det du beställer och följa upp servicen. Rättslig grund är allmänt intresse och myndighetsutövning samt arkivlagstiftningen.',
    retentionTitle: 'Hur länge',
    retention: (y) =>
      y === null
        ? 'Stängda ärenden sparas tills vidare enligt kommunens dokumenthanteringsplan.'
        : `Stängda ärenden anonymiseras ${y} år efter att de stängdes: uppgifter om dig tas bort, medan ärendets nummer, kategori och tidpunkter sparas för statistik.`,
    rightsTitle: 'Dina rättigheter',
    rights:
      'Du har rätt att få veta vilka uppgifter vi har om dig (registerutdrag), få fel rättade, begära radering eller begränsning när lagen tillåter det, invända mot behandlingen och klaga hos Integritetsskyddsmyndigheten (IMY).',
    contactTitle: 'Kontakt',
    contact: (t, w) => `Kontakta ${t}: ${w}. Du kan också kontakta kommunens dataskyddsombud.`,
    noContact: 'kommunens växel',
  },
  nb: {
    responsibleTitle: 'Behandlingsansvarlig',
    responsible: (t) =>
      `${t} er behandlingsansvarlig for opplysningene som behandles i IT-brukerstøtten Linje.`,
    processedTitle: 'Hvilke opplysninger vi behandler',
    processed: [
      'Navn, brukernavn, e-postadresse, telefonnummer, stilling og organisatorisk tilhørighet.',
      'Saker du melder eller som gjelder deg, med svar, notater og vedlegg.',
      'Bestillinger, godkjenninger og signaturer, samt innlogginger og en logg over hva som er endret.',
    ],
    whyTitle: 'Hvorfor',
    why: 'Opplysningene trengs for å gi deg IT-støtte, levere det du bestiller og følge opp tjenesten. Behandlingsgrunnlaget er offentlig myndighet og allmenn interesse samt arkivlovgivningen.',
    retentionTitle: 'Hvor lenge',
    retention: (y) =>
      y === null
        ? 'Lukkede saker lagres inntil videre etter kommunens arkivplan.'
        : `Lukkede saker anonymiseres ${y} år etter at de ble lukket: opplysninger om deg fjernes, mens sakens nummer, kategori og tidspunkter beholdes for statistikk.`,
    rightsTitle: 'Dine rettigheter',
    rights:
      'Du har rett til innsyn i opplysningene vi har om deg, retting, sletting eller begrensning når loven tillater det, å protestere mot behandlingen og å klage til Datatilsynet.',
    contactTitle: 'Kontakt',
    contact: (t, w) => `Kontakt ${t}: ${w}. Du kan også kontakte kommunens personvernombud.`,
    noContact: 'kommunens sentralbord',
  },
  en: {
    responsibleTitle: 'Who is responsible',
    responsible: (t) =>
      `${t} is the controller of the personal data processed in the Linje IT service desk.`,
    processedTitle: 'What we process',
    processed: [
      'Name, username, e-mail address, phone numbers, job title and where you belong in the organisation.',
      'Tickets you report or that are about you, with replies, notes and attachments.',
      'Orders, approvals and signatures, and sign-ins and a log of what was changed.',
    ],
    whyTitle: 'Why',
    why: 'The data is needed to give you IT support, deliver what you order and follow up the service. The legal basis is the public task and the archives legislation.',
    retentionTitle: 'How long',
    retention: (y) =>
      y === null
        ? 'Closed tickets are kept until further notice under the municipality’s records plan.'
        : `Closed tickets are anonymised ${y} years after they were closed: what identifies you is removed, while the ticket’s number, category and times are kept for statistics.`,
    rightsTitle: 'Your rights',
    rights:
      'You have the right to know what data we hold about you (a copy), to have errors corrected, to ask for erasure or restriction where the law allows it, to object to the processing and to complain to the data protection authority.',
    contactTitle: 'Contact',
    contact: (t, w) =>
      `Contact ${t}: ${w}. You may also contact the municipality’s data protection officer.`,
    noContact: 'the municipality’s switchboard',
  },
};

/** The default privacy notice of a municipality, as HTML the rich-text sanitiser keeps. */
export function defaultPrivacyNotice(language: TemplateLanguage, facts: NoticeFacts): string {
  const t = TEXTS[language];
  const name = escapeHtml(facts.tenantName);
  const ways = [facts.supportEmail, facts.supportPhone]
    .filter((w): w is string => !!w)
    .map(escapeHtml)
    .join(', ');
  return [
    `<h3>${t.responsibleTitle}</h3>`,
    `<p>${t.responsible(name)}</p>`,
    `<h3>${t.processedTitle}</h3>`,
    `<ul>${t.processed.map((p) => `<li>${p}</li>`).join('')}</ul>`,
    `<h3>${t.whyTitle}</h3>`,
    `<p>${t.why}</p>`,
    `<h3>${t.retentionTitle}</h3>`,
    `<p>${t.retention(facts.retentionYears)}</p>`,
    `<h3>${t.rightsTitle}</h3>`,
    `<p>${t.rights}</p>`,
    `<h3>${t.contactTitle}</h3>`,
    `<p>${t.contact(name, ways || t.noContact)}</p>`,
  ].join('');
}

import PDFDocument from 'pdfkit';
import type { TemplateLanguage } from '@linje/shared';
import type { ExportedRow, PersonExport } from './person-export.js';

export interface PersonExportPdfInput {
  language: TemplateLanguage;
  tenantName: string;
  timeZone: string;
  personName: string;
  data: PersonExport;
}

type Word = 'title' | 'person' | 'generated' | 'rows' | 'none' | 'intro' | 'footer';

const WORDS: Record<TemplateLanguage, Record<Word, string>> = {
  sv: {
    title: 'Registerutdrag',
    person: 'Person',
    generated: 'Framtaget',
    rows: 'poster',
    none: 'Inga uppgifter.',
    intro:
      'Allt Linje har sparat om personen, per slag av uppgift. Hemligheter (lösenordshashar, sessionsnycklar) ingår inte. Tider anges i kommunens tidszon.',
    footer: 'Samma uppgifter finns som JSON-fil i Linje.',
  },
  nb: {
    title: 'Innsyn i personopplysninger',
    person: 'Person',
    generated: 'Laget',
    rows: 'poster',
    none: 'Ingen opplysninger.',
    intro:
      'Alt Linje har lagret om personen, etter type opplysning. Hemmeligheter (passordhasher, øktnøkler) er ikke med. Tider er i kommunens tidssone.',
    footer: 'De samme opplysningene finnes som JSON-fil i Linje.',
  },
  en: {
    title: 'Personal data export',
    person: 'Person',
    generated: 'Generated',
    rows: 'records',
    none: 'Nothing held.',
    intro:
      'Everything Linje holds about the person, by kind of data. Secrets (password hashes, session keys) are left out. Times are in the municipality’s time zone.',
    footer: 'The same data is available as a JSON file in Linje.',
  },
};

/** Section headings per kind of data; an entity without one shows its own name. */
const SECTIONS: Record<string, Record<TemplateLanguage, string>> = {
  Person: { sv: 'Profil', nb: 'Profil', en: 'Profile' },
  TenantAccess: {
    sv: 'Åtkomst till fler kommuner',
    nb: 'Tilgang til flere kommuner',
    en: 'Access to further municipalities',
  },
  Session: { sv: 'Inloggningar', nb: 'Innlogginger', en: 'Sign-ins' },
  OrgUnit: { sv: 'Enheter personen leder', nb: 'Enheter personen leder', en: 'Units headed' },
  Ticket: { sv: 'Ärenden', nb: 'Saker', en: 'Tickets' },
  TicketEntry: { sv: 'Svar och anteckningar', nb: 'Svar og notater', en: 'Replies and notes' },
  Attachment: { sv: 'Bilagor', nb: 'Vedlegg', en: 'Attachments' },
  SavedView: { sv: 'Sparade vyer', nb: 'Lagrede visninger', en: 'Saved views' },
  Notification: { sv: 'Aviseringar', nb: 'Varsler', en: 'Notifications' },
  ItAbsenceEntry: { sv: 'Frånvaroposter', nb: 'Fraværsposter', en: 'Absence entries' },
  OnCallPeriod: { sv: 'Beredskap', nb: 'Vakt', en: 'On-call duty' },
  CriticalCase: { sv: 'Kritiska ärenden', nb: 'Kritiske saker', en: 'Critical cases' },
  EscalationStep: { sv: 'Eskaleringar', nb: 'Eskaleringer', en: 'Escalation steps' },
  Article: { sv: 'Kunskapsartiklar', nb: 'Kunnskapsartikler', en: 'Knowledge articles' },
  ArticleVersion: { sv: 'Artikelversioner', nb: 'Artikkelversjoner', en: 'Article versions' },
  ArticleFeedback: { sv: 'Synpunkter på artiklar', nb: 'Tilbakemeldinger', en: 'Article feedback' },
  ArticleDeflection: {
    sv: 'Artiklar som löste problem',
    nb: 'Artikler som løste problemet',
    en: 'Articles that solved a problem',
  },
  NotificationPreference: {
    sv: 'Aviseringsval',
    nb: 'Varslingsvalg',
    en: 'Notification preferences',
  },
  CatalogOrder: { sv: 'Beställningar', nb: 'Bestillinger', en: 'Orders' },
  CatalogOrderVersion: {
    sv: 'Beställningsversioner',
    nb: 'Bestillingsversjoner',
    en: 'Order versions',
  },
  CatalogApproval: { sv: 'Godkännanden', nb: 'Godkjenninger', en: 'Approvals' },
  CatalogSignature: { sv: 'Signaturer', nb: 'Signaturer', en: 'Signatures' },
  Announcement: { sv: 'Driftmeddelanden', nb: 'Driftsmeldinger', en: 'Announcements' },
  AnnouncementAffected: {
    sv: 'Berörd av störningar',
    nb: 'Berørt av driftsforstyrrelser',
    en: 'Affected by outages',
  },
  AuditEvent: { sv: 'Händelselogg', nb: 'Hendelseslogg', en: 'Audit trail' },
};

const ISO_INSTANT = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?Z$/;

export function localTime(iso: string, timeZone: string): string {
  return new Intl.DateTimeFormat('sv-SE', {
    timeZone,
    dateStyle: 'short',
    timeStyle: 'short',
  }).format(new Date(iso));
}

function shown(value: unknown, timeZone: string): string | null {
  if (value === null || value === undefined || value === '') return null;
  if (typeof value === 'string')
    return ISO_INSTANT.test(value) ? localTime(value, timeZone) : value;
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  const json = JSON.stringify(value);
  return json === '{}' || json === '[]' ? null : json;
}

/** Keeps a field readable: very long texts (a raw mail, a form) are cut with an ellipsis. */
function cut(text: string): string {
  return text.length > 2000 ? `${text.slice(0, 2000)}…` : text;
}

/**
 * The person data export as a readable PDF: one section per kind of data, each record its
 * fields, times in the tenant's zone. Deterministic for the same export (creation date is the
 * export's own time).
 */
export function renderPersonExportPdf(input: PersonExportPdfInput): Promise<Buffer> {
  const w = WORDS[input.language];
  const generatedAt = new Date(input.data.generatedAt);
  const doc = new PDFDocument({
    size: 'A4',
    margin: 56,
    info: {
      Title: `${w.title} – ${input.personName}`,
      Author: input.tenantName,
      Producer: 'Linje',
      Creator: 'Linje',
      CreationDate: generatedAt,
      ModDate: generatedAt,
    },
  });
  const chunks: Buffer[] = [];
  doc.on('data', (c: Buffer) => chunks.push(c));
  const done = new Promise<Buffer>((resolve, reject) => {
    doc.on('end', () => resolve(Buffer.concat(chunks)));
    doc.on('error', reject);
  });
  const field = (label: string, value: string) => {
    doc
      .font('Helvetica-Bold')
      .fontSize(9)
      .fillColor('#000')
      .text(`${label}: `, { continued: true });
    doc.font('Helvetica').text(cut(value));
  };

  doc.font('Helvetica').fontSize(10).fillColor('#555').text(input.tenantName);
  doc.moveDown(0.3);
  doc.font('Helvetica-Bold').fontSize(18).fillColor('#000').text(w.title);
  doc.moveDown(0.5);
  field(w.person, `${input.personName} (${input.data.personId})`);
  field(w.generated, localTime(input.data.generatedAt, input.timeZone));
  doc.moveDown(0.5);
  doc.font('Helvetica').fontSize(9).fillColor('#333').text(w.intro);

  for (const [entity, rows] of Object.entries(input.data.places)) {
    doc.moveDown();
    const heading = SECTIONS[entity]?.[input.language] ?? entity;
    doc
      .font('Helvetica-Bold')
      .fontSize(13)
      .fillColor('#000')
      .text(`${heading} (${rows.length} ${w.rows})`);
    doc.moveDown(0.3);
    if (rows.length === 0) {
      doc.font('Helvetica').fontSize(9).fillColor('#555').text(w.none);
      continue;
    }
    rows.forEach((row: ExportedRow, i) => {
      if (i > 0) doc.moveDown(0.4);
      for (const [name, value] of Object.entries(row)) {
        const text = shown(value, input.timeZone);
        if (text !== null) field(name, text);
      }
    });
  }

  doc.moveDown();
  doc.font('Helvetica').fontSize(8).fillColor('#555').text(w.footer);
  doc.end();
  return done;
}

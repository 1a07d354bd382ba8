import PDFDocument from 'pdfkit';
import type { FormLanguage, FormValues } from '@linje/shared';
import type { CatalogItem } from './catalog.entities.js';

export interface OrderPdfInput {
  language: FormLanguage;
  tenantName: string;
  orderId: string;
  item: CatalogItem;
  ordererName: string;
  subjectName: string;
  formVersion: number;
  values: FormValues;
  approvedAt: Date;
  timeZone: string;
  approvals: {
    decision: string;
    approverName: string;
    decidedAt: Date;
    reason: string | null;
    formVersion: number;
  }[];
  signatures: {
    formVersion: number;
    purpose: string;
    signerName: string;
    signedAt: Date;
    provider: string;
    hash: string;
  }[];
}

const TEXTS: Record<
  FormLanguage,
  Record<
    | 'order'
    | 'orderer'
    | 'subject'
    | 'version'
    | 'approved'
    | 'answers'
    | 'decisions'
    | 'signatures'
    | 'yes'
    | 'no'
    | 'APPROVED'
    | 'REJECTED'
    | 'SUBMIT'
    | 'APPROVE'
    | 'REJECT'
    | 'PASSWORD'
    | 'EID'
    | 'times'
    | 'footer',
    string
  >
> = {
  sv: {
    order: 'Beställning',
    orderer: 'Beställare',
    subject: 'Gäller',
    version: 'Version',
    approved: 'Beviljad',
    answers: 'Uppgifter',
    decisions: 'Beslut',
    signatures: 'Signaturer',
    yes: 'Ja',
    no: 'Nej',
    APPROVED: 'Beviljad',
    REJECTED: 'Avslagen',
    SUBMIT: 'Inskickad',
    APPROVE: 'Beviljad',
    REJECT: 'Avslagen',
    PASSWORD: 'lösenord',
    EID: 'e-legitimation (BankID)',
    times: 'Tider i tidszonen {tz}.',
    footer:
      'SHA-256 gäller den kanoniska JSON som signerades; Linje räknar om den vid verifiering.',
  },
  nb: {
    order: 'Bestilling',
    orderer: 'Bestiller',
    subject: 'Gjelder',
    version: 'Versjon',
    approved: 'Godkjent',
    answers: 'Opplysninger',
    decisions: 'Vedtak',
    signatures: 'Signaturer',
    yes: 'Ja',
    no: 'Nei',
    APPROVED: 'Godkjent',
    REJECTED: 'Avslått',
    SUBMIT: 'Sendt inn',
    APPROVE: 'Godkjent',
    REJECT: 'Avslått',
    PASSWORD: 'passord',
    EID: 'e-ID (BankID)',
    times: 'Tidspunkter i tidssonen {tz}.',
    footer:
      'SHA-256 gjelder den kanoniske JSON som ble signert; Linje regner den ut på nytt ved verifisering.',
  },
  en: {
    order: 'Order',
    orderer: 'Ordered by',
    subject: 'For',
    version: 'Version',
    approved: 'Approved',
    answers: 'Details',
    decisions: 'Decisions',
    signatures: 'Signatures',
    yes: 'Yes',
    no: 'No',
    APPROVED: 'Approved',
    REJECTED: 'Rejected',
    SUBMIT: 'Submitted',
    APPROVE: 'Approved',
    REJECT: 'Rejected',
    PASSWORD: 'password',
    EID: 'e-ID (BankID)',
    times: 'Times in the {tz} time zone.',
    footer: 'The SHA-256 is of the canonical JSON signed; Linje recomputes it on verification.',
  },
};

function localTime(at: Date, timeZone: string): string {
  return new Intl.DateTimeFormat('sv-SE', {
    timeZone,
    dateStyle: 'short',
    timeStyle: 'short',
  }).format(at);
}

// The standard PDF fonts (no font file to ship) encode Windows-1252 only: printable ASCII,
// Latin-1 and these 27 (Node's TextDecoder reads 0x80–0x9F as Latin-1 controls, so listed).
const WIN_ANSI = new Set([
  ...Array.from({ length: 95 }, (_, i) => String.fromCharCode(0x20 + i)),
  ...Array.from({ length: 96 }, (_, i) => String.fromCharCode(0xa0 + i)),
  ...'€‚ƒ„…†‡ˆ‰Š‹ŒŽ‘’“”•–—˜™š›œžŸ',
]);
const NO_DECOMPOSITION: Record<string, string> = {
  ŋ: 'n',
  Ŋ: 'N',
  đ: 'd',
  Đ: 'D',
  ŧ: 't',
  Ŧ: 'T',
  ł: 'l',
  Ł: 'L',
  ı: 'i',
};

/**
 * Text the standard fonts can draw: a letter outside Windows-1252 (Sámi č, ŋ, ŧ; Polish ł) is
 * written without its diacritic rather than as a wrong glyph; anything else becomes "?". The
 * PDF is the readable record; what was signed is the exact JSON, whose hash it shows.
 */
export function pdfText(text: string): string {
  let out = '';
  for (const ch of text.normalize('NFC')) {
    if (WIN_ANSI.has(ch) || ch === '\n') {
      out += ch;
      continue;
    }
    if (/\s/u.test(ch)) {
      out += ' ';
      continue;
    }
    const base = NO_DECOMPOSITION[ch] ?? ch.normalize('NFD').replace(/\p{M}+/gu, '');
    out += [...base].every((c) => WIN_ANSI.has(c)) && base.length > 0 ? base : '?';
  }
  return out;
}

/**
 * The approved order as a PDF: what was asked, who decided, who signed and the hash of what
 * they signed. Deterministic for the same input (fixed creation date, no random ids), so a
 * re-render can be compared with the archive.
 */
export function renderOrderPdf(input: OrderPdfInput): Promise<Buffer> {
  const t = TEXTS[input.language];
  const doc = new PDFDocument({
    size: 'A4',
    margin: 56,
    info: {
      Title: pdfText(`${input.item.name[input.language]} – ${input.subjectName}`),
      Author: pdfText(input.tenantName),
      Producer: 'Linje',
      Creator: 'Linje',
      CreationDate: input.approvedAt,
      ModDate: input.approvedAt,
    },
  });
  const chunks: Buffer[] = [];
  doc.on('data', (c: Buffer) => chunks.push(c));
  const done = new Promise<Buffer>((resolve, reject) => {
    doc.on('end', () => resolve(Buffer.concat(chunks)));
    doc.on('error', reject);
  });
  const when = (d: Date) => localTime(d, input.timeZone);
  const row = (label: string, value: string) => {
    doc
      .font('Helvetica-Bold')
      .fontSize(10)
      .text(`${pdfText(label)}: `, { continued: true });
    doc.font('Helvetica').text(pdfText(value));
  };
  const version = (v: number) => `${t.version.toLocaleLowerCase(input.language)} ${v}`;

  doc.font('Helvetica').fontSize(10).fillColor('#555').text(pdfText(input.tenantName));
  doc.moveDown(0.3);
  doc
    .font('Helvetica-Bold')
    .fontSize(18)
    .fillColor('#000')
    .text(pdfText(input.item.name[input.language]));
  doc.moveDown(0.5);
  row(t.order, input.orderId);
  row(t.orderer, input.ordererName);
  row(t.subject, input.subjectName);
  row(t.version, String(input.formVersion));
  row(t.approved, when(input.approvedAt));

  doc.moveDown();
  doc.font('Helvetica-Bold').fontSize(13).text(t.answers);
  doc.moveDown(0.3);
  for (const field of input.item.form.fields) {
    const value = input.values[field.key];
    if (value === undefined) continue;
    const shown =
      typeof value === 'boolean'
        ? value
          ? t.yes
          : t.no
        : field.type === 'SELECT'
          ? (field.options?.find((o) => o.value === value)?.label[input.language] ?? String(value))
          : String(value);
    row(field.label[input.language], shown);
  }

  if (input.approvals.length > 0) {
    doc.moveDown();
    doc.font('Helvetica-Bold').fontSize(13).text(t.decisions);
    doc.moveDown(0.3);
    for (const a of input.approvals) {
      const label = a.decision === 'APPROVED' ? t.APPROVED : t.REJECTED;
      row(
        `${label} ${when(a.decidedAt)}`,
        `${a.approverName} (${version(a.formVersion)})${a.reason ? ` – ${a.reason}` : ''}`,
      );
    }
  }

  doc.moveDown();
  doc.font('Helvetica-Bold').fontSize(13).text(t.signatures);
  doc.moveDown(0.3);
  for (const s of input.signatures) {
    const purpose = t[s.purpose as 'SUBMIT' | 'APPROVE' | 'REJECT'] ?? s.purpose;
    const method = t[s.provider as 'PASSWORD' | 'EID'] ?? s.provider;
    row(
      `${purpose} ${when(s.signedAt)}`,
      `${s.signerName} · ${method} · ${version(s.formVersion)}`,
    );
    doc.font('Courier').fontSize(8).fillColor('#333').text(`SHA-256 ${s.hash}`);
    doc.fillColor('#000').moveDown(0.3);
  }

  doc.moveDown();
  doc
    .font('Helvetica')
    .fontSize(8)
    .fillColor('#555')
    .text(`${t.times.replace('{tz}', input.timeZone)} ${t.footer}`);
  doc.end();
  return done;
}

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
  approvals: { decision: string; approverName: string; decidedAt: Date; reason: string | null }[];
  signatures: {
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
      Title: `${input.item.name[input.language]} – ${input.subjectName}`,
      Author: input.tenantName,
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
    doc.font('Helvetica-Bold').fontSize(10).text(`${label}: `, { continued: true });
    doc.font('Helvetica').text(value);
  };

  doc.font('Helvetica').fontSize(10).fillColor('#555').text(input.tenantName);
  doc.moveDown(0.3);
  doc.font('Helvetica-Bold').fontSize(18).fillColor('#000').text(input.item.name[input.language]);
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
        a.reason ? `${a.approverName} – ${a.reason}` : a.approverName,
      );
    }
  }

  doc.moveDown();
  doc.font('Helvetica-Bold').fontSize(13).text(t.signatures);
  doc.moveDown(0.3);
  for (const s of input.signatures) {
    const purpose = t[s.purpose as 'SUBMIT' | 'APPROVE' | 'REJECT'] ?? s.purpose;
    row(`${purpose} ${when(s.signedAt)}`, `${s.signerName} (${s.provider})`);
    doc.font('Courier').fontSize(8).fillColor('#333').text(`SHA-256 ${s.hash}`);
    doc.fillColor('#000').moveDown(0.3);
  }

  doc.moveDown();
  doc.font('Helvetica').fontSize(8).fillColor('#555').text(t.footer);
  doc.end();
  return done;
}

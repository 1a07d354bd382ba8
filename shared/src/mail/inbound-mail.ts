import { parseLinjeMessageId } from './message-id.js';
import { normalizeTicketNumber } from '../tickets/ticket-number.js';

/**
 * Rules for mail arriving at a municipality's mailbox: the key that makes a delivery
 * idempotent, which mail is automated (and so never files a ticket or gets a reply), and
 * the ticket numbers a subject names. Pure: the caller parses the message.
 */

/**
 * The form of a Message-ID used as an idempotency key: no surrounding whitespace or angle
 * brackets, the domain part in lower case (domains are case-insensitive; the local part
 * is kept as sent). Null for a missing or empty id.
 */
export function normaliseMessageId(id: string | null | undefined): string | null {
  if (id == null) return null;
  const bare = id.trim().replace(/^<+/, '').replace(/>+$/, '').replace(/\s+/g, '');
  if (bare === '') return null;
  const at = bare.lastIndexOf('@');
  return at < 0 ? bare : `${bare.slice(0, at)}@${bare.slice(at + 1).toLowerCase()}`;
}

/** The headers that tell an automated message from one a person wrote. */
export interface AutomationHeaders {
  readonly autoSubmitted?: string | null;
  readonly precedence?: string | null;
  readonly xAutoreply?: string | null;
  readonly xAutoResponseSuppress?: string | null;
  /** The SMTP envelope sender (MAIL FROM); '' for the null sender `<>`. */
  readonly returnPath?: string | null;
  readonly from?: string | null;
  readonly messageId?: string | null;
}

export const AUTOMATED_MAIL_REASONS = [
  'AUTO_SUBMITTED',
  'PRECEDENCE',
  'AUTOREPLY_HEADER',
  'AUTO_RESPONSE_SUPPRESS',
  'NULL_SENDER',
  'MAILER_DAEMON',
  'OWN_MESSAGE',
] as const;
export type AutomatedMailReason = (typeof AUTOMATED_MAIL_REASONS)[number];

const DAEMON = /^(mailer-daemon|postmaster)@/i;

/**
 * Why a message is automated — an auto-reply, a bounce, list mail, or Linje's own mail
 * coming back — or null for mail a person wrote. Such mail never files a ticket and is
 * never answered, which is what breaks mail loops (RFC 3834).
 */
export function automatedMailReason(
  h: AutomationHeaders,
  ownDomain: string,
): AutomatedMailReason | null {
  const autoSubmitted = h.autoSubmitted?.trim().toLowerCase();
  if (autoSubmitted && autoSubmitted.split(/[;\s]/)[0] !== 'no') return 'AUTO_SUBMITTED';
  const precedence = h.precedence?.trim().toLowerCase();
  if (precedence && ['bulk', 'junk', 'list', 'auto_reply'].includes(precedence)) {
    return 'PRECEDENCE';
  }
  if (h.xAutoreply != null && h.xAutoreply.trim() !== '') return 'AUTOREPLY_HEADER';
  if (h.xAutoResponseSuppress != null && h.xAutoResponseSuppress.trim() !== '') {
    return 'AUTO_RESPONSE_SUPPRESS';
  }
  if (h.returnPath != null) {
    const rp = h.returnPath.trim().replace(/^<|>$/g, '');
    if (rp === '') return 'NULL_SENDER';
    if (DAEMON.test(rp)) return 'MAILER_DAEMON';
  }
  if (h.from != null && DAEMON.test(h.from.trim())) return 'MAILER_DAEMON';
  if (h.messageId && parseLinjeMessageId(h.messageId, ownDomain) !== null) return 'OWN_MESSAGE';
  return null;
}

const NUMBER_IN_TEXT = /\b([A-Za-z]{2,6})[-‐‑–—]?(\d{4})[-‐‑–—]?(\d{1,16})\b/g;

/** Ticket numbers named in a subject ("Re: [KAV-2611-0042] Skrivaren"), canonical, in order. */
export function ticketNumbersIn(subject: string | null | undefined): string[] {
  if (!subject) return [];
  const found: string[] = [];
  for (const m of subject.slice(0, 1000).matchAll(NUMBER_IN_TEXT)) {
    const n = normalizeTicketNumber(m[0]);
    if (n && !found.includes(n)) found.push(n);
  }
  return found;
}

export interface QuotedSplit {
  /** What the sender wrote. */
  readonly body: string;
  /** The quoted history below it, from the line that starts it; null when there is none. */
  readonly quoted: string | null;
}

// Attribution lines mail clients write above the quoted message, in English, Swedish and
// Norwegian ("On Mon, 7 Dec 2026 at 10:02, Anna <a@x> wrote:", "Den 7 dec. 2026 kl. 10:02
// skrev Anna <a@x>:", "Den 7. des. 2026 kl. 10:02 skrev Anna følgende:").
const ATTRIBUTION = [/^on\b.{0,300}\bwrote:\s*$/i, /^(den|på)\b.{0,300}\bskrev\b.{0,40}:\s*$/i];
// Any other "… wrote …:" / "… skrev …:" line (clients put the date first, in any order)
// counts only when quoted lines follow it.
const LOOSE_ATTRIBUTION = /^.{0,300}\b(wrote|skrev)\b.{0,200}:\s*$/i;
const SEPARATOR =
  /^-{2,}\s*(original message|ursprungligt meddelande|ursprungligt mejl|opprinnelig melding|videresendt melding|vidarebefordrat meddelande|forwarded message)\s*-{2,}\s*$/i;
const OUTLOOK_FROM = /^\*?(from|från|fra):\*?\s+\S/i;
const OUTLOOK_NEXT =
  /^\*?(sent|skickat|sendt|date|datum|dato|to|till|til|subject|ämne|emne):\*?\s/i;

function nextNonBlank(lines: readonly string[], i: number): string {
  for (let j = i + 1; j < lines.length; j++) {
    const l = (lines[j] ?? '').trim();
    if (l !== '') return l;
  }
  return '';
}

/**
 * Splits a plain-text mail body into what the sender wrote and the quoted history below
 * it: from the first attribution line, "-----Original Message-----" separator, Outlook
 * header block (From: followed by Sent:/To:/Subject: lines), or a run of "> " lines that
 * lasts to the end. Quoting interleaved with answers is left as it is: folding it would
 * hide what was written.
 */
export function splitQuotedText(text: string): QuotedSplit {
  const lines = text.replace(/\r\n?/g, '\n').split('\n');
  const isBlank = (l: string | undefined) => l === undefined || l.trim() === '';
  let start = -1;
  for (let i = 0; i < lines.length && start < 0; i++) {
    const line = (lines[i] ?? '').trim();
    if (line === '') continue;
    if (SEPARATOR.test(line)) start = i;
    else if (ATTRIBUTION.some((p) => p.test(line))) start = i;
    else if (LOOSE_ATTRIBUTION.test(line) && nextNonBlank(lines, i).startsWith('>')) start = i;
    else if (OUTLOOK_FROM.test(line) && OUTLOOK_NEXT.test((lines[i + 1] ?? '').trim())) start = i;
    else if (line.startsWith('>')) {
      const rest = lines.slice(i);
      if (rest.every((l) => isBlank(l) || l.trim().startsWith('>'))) start = i;
    }
  }
  if (start < 0) return { body: text.trim(), quoted: null };
  const body = lines.slice(0, start).join('\n').trim();
  const quoted = lines.slice(start).join('\n').trim();
  // A message that is nothing but quoting (a forward) keeps its text visible.
  if (body === '') return { body: text.trim(), quoted: null };
  return { body, quoted };
}

/**
 * Ticket numbers, per tenant and month, easy to read out over the phone:
 *
 *   KAV-2611-0042  =  tenant KAV, year 2026, month 11, sequence 42
 *
 * The sequence is zero-padded to at least 4 digits and simply grows beyond 9999
 * (KAV-2611-12345); it is never truncated. Years are 2000–2099 (two-digit YY).
 */

/** Tenant codes: 2–6 ASCII capital letters (letters only, so the number parses unambiguously). */
export const TENANT_CODE_PATTERN = /^[A-Z]{2,6}$/;
export const TICKET_SEQUENCE_MIN_DIGITS = 4;

export interface TicketNumberParts {
  readonly tenantCode: string;
  readonly year: number;
  readonly month: number;
  readonly seq: number;
}

export function isValidTenantCode(code: string): boolean {
  return TENANT_CODE_PATTERN.test(code);
}

/**
 * Formats a ticket number. Throws RangeError on invalid input (a programming error: the
 * tenant code, year, month and sequence all come from the system, not from a user).
 */
export function formatTicketNumber(
  tenantCode: string,
  at: { readonly year: number; readonly month: number },
  seq: number,
): string {
  if (!isValidTenantCode(tenantCode)) {
    throw new RangeError(`Invalid tenant code: ${JSON.stringify(tenantCode)}`);
  }
  if (!Number.isInteger(at.year) || at.year < 2000 || at.year > 2099) {
    throw new RangeError(`Year out of range 2000–2099: ${at.year}`);
  }
  if (!Number.isInteger(at.month) || at.month < 1 || at.month > 12) {
    throw new RangeError(`Month out of range 1–12: ${at.month}`);
  }
  if (!Number.isSafeInteger(seq) || seq < 1) {
    throw new RangeError(`Sequence must be a positive safe integer: ${seq}`);
  }
  const yy = String(at.year % 100).padStart(2, '0');
  const mm = String(at.month).padStart(2, '0');
  return `${tenantCode}-${yy}${mm}-${String(seq).padStart(TICKET_SEQUENCE_MIN_DIGITS, '0')}`;
}

// After removing whitespace: letters, optional dash, YYMM, optional dash, digits.
const TICKET_NUMBER_PATTERN = /^([A-Z]{2,6})[-‐‑–—]?(\d{2})(\d{2})[-‐‑–—]?(\d{1,16})$/;

/**
 * Parses a ticket number typed or read back by a person: case-insensitive, ignores any
 * whitespace (leading, trailing, inside), accepts dashes (also typographic ones) or no
 * separator at all, and a sequence without leading zeros ("kav 2611 42"). Returns null
 * for anything else, including month 00/13+, sequence 0 or a sequence beyond the safe
 * integer range.
 */
export function parseTicketNumber(input: string): TicketNumberParts | null {
  if (input.length > 64) return null;
  const compact = input.replace(/\s+/g, '').toUpperCase();
  const match = TICKET_NUMBER_PATTERN.exec(compact);
  if (!match) return null;
  const [, tenantCode, yy, mm, digits] = match;
  if (tenantCode === undefined || yy === undefined || mm === undefined || digits === undefined) {
    return null;
  }
  const month = Number(mm);
  const seq = Number(digits);
  if (month < 1 || month > 12 || seq < 1 || !Number.isSafeInteger(seq)) return null;
  return { tenantCode, year: 2000 + Number(yy), month, seq };
}

/** Canonical form of a user-entered ticket number, or null if it does not parse. */
export function normalizeTicketNumber(input: string): string | null {
  const parts = parseTicketNumber(input);
  return parts && formatTicketNumber(parts.tenantCode, parts, parts.seq);
}

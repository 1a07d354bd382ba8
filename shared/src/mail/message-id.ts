/**
 * Message-IDs of the mail Linje sends, so that replies can be threaded back to their ticket
 * and Linje's own mail (bounced back, or looping through an auto-forward) is recognised:
 *
 *   <linje.t.<ticketId>.<unique>@<domain>>   mail about a ticket
 *   <linje.m.<unique>@<domain>>              any other mail
 *
 * `unique` is any string of letters, digits and dashes (a UUID in practice); `domain` is the
 * installation's mail domain. Pure: the caller supplies the unique part.
 */

const ID_PART = /^[A-Za-z0-9-]{1,64}$/;
const DOMAIN = /^[A-Za-z0-9.-]{1,253}$/;

export function linjeMessageId(args: {
  readonly domain: string;
  readonly unique: string;
  readonly ticketId?: string | null;
}): string {
  const { domain, unique, ticketId } = args;
  if (!DOMAIN.test(domain)) throw new RangeError(`Invalid mail domain: ${JSON.stringify(domain)}`);
  if (!ID_PART.test(unique)) throw new RangeError(`Invalid unique part: ${JSON.stringify(unique)}`);
  if (ticketId != null && !ID_PART.test(ticketId)) {
    throw new RangeError(`Invalid ticket id: ${JSON.stringify(ticketId)}`);
  }
  return ticketId != null
    ? `<linje.t.${ticketId}.${unique}@${domain}>`
    : `<linje.m.${unique}@${domain}>`;
}

export interface ParsedLinjeMessageId {
  readonly ticketId: string | null;
}

const PATTERN =
  /^<?linje\.(?:t\.([A-Za-z0-9-]{1,64})|m)\.[A-Za-z0-9-]{1,64}@([A-Za-z0-9.-]{1,253})>?$/;

/**
 * Reads a Message-ID that Linje made for `domain` (case-insensitive on the domain); null for
 * anyone else's. Angle brackets are optional, as mail libraries differ in keeping them.
 */
export function parseLinjeMessageId(id: string, domain: string): ParsedLinjeMessageId | null {
  const m = PATTERN.exec(id.trim());
  if (!m || (m[2] ?? '').toLowerCase() !== domain.toLowerCase()) return null;
  return { ticketId: m[1] ?? null };
}

/** Splits a References / In-Reply-To header into its Message-IDs, in order. */
export function messageIdsIn(header: string | null | undefined): string[] {
  if (!header) return [];
  return header.match(/<[^<>\s]+>/g) ?? [];
}

/**
 * Username schemes a tenant can choose.
 *
 * SURNAME2_GIVEN_FIRSTLAST_YYDD (seed 001, Kristinehamn): "the first two letters of your
 * surname, the first and last letter of your given name, then birth year and birth day".
 * Sara Johansson, born 1998-xx-04 → JOSA9804. Rules, precisely:
 * - Names are folded to Latin letters A–Z (see transliterate.ts: Å/Ä → A, Ö/Ø → O,
 *   É → E, Ü → U, Æ → AE, …); everything else (hyphens, spaces, apostrophes, digits,
 *   non-Latin scripts) is dropped.
 * - Surname: its letters with separators removed, so a double surname "Berg-Johansson"
 *   or "Berg Johansson" gives "BE" (the first part's first two letters); "O'Brien" → "OB".
 * - Given name: only the first whitespace-separated name is used ("Karl Johan" → "Karl"
 *   → KL); a hyphenated name counts as one ("Anna-Karin" → ANNAKARIN → AN).
 * - Names with too few letters are padded with X: one-letter surname "Ö" → "OX", a
 *   one-letter given name "A" → "AA" (first = last letter), no Latin letters at all → "XX".
 * - YY = birth year mod 100, DD = day of the month, both two digits.
 * - Collisions: suffix A, B, …, Z, then AA, AB, …, ZZ, AAA, … (bijective base 26):
 *   JOSA9804, JOSA9804A, JOSA9804B, … Letters, because a digit suffix would read as part
 *   of the date.
 *
 * GIVEN_DOT_SURNAME: lower-case "given.surname", e.g. sara.johansson.
 * - Same folding to a–z; first given name only (as above); within a name, hyphens and
 *   spaces become a single "-" and other non-letters are dropped:
 *   "Anna-Karin Berg Johansson" → anna-karin.berg-johansson, "O'Brien" → obrien.
 * - Collisions: numeric suffix starting at 2: sara.johansson, sara.johansson2, …3, …
 *
 * `isTaken` decides collisions; it should compare case-insensitively.
 */
import { asciiLettersLower, foldToLatinLower } from './transliterate.js';

export type UsernameScheme =
  { readonly kind: 'SURNAME2_GIVEN_FIRSTLAST_YYDD' } | { readonly kind: 'GIVEN_DOT_SURNAME' };

export type UsernameSchemeKind = UsernameScheme['kind'];

export const USERNAME_SCHEME_KINDS: readonly UsernameSchemeKind[] = [
  'SURNAME2_GIVEN_FIRSTLAST_YYDD',
  'GIVEN_DOT_SURNAME',
];

export interface BirthDate {
  readonly year: number;
  readonly month: number;
  readonly day: number;
}

export interface UsernamePerson {
  readonly givenName: string;
  readonly surname: string;
  /** Required by SURNAME2_GIVEN_FIRSTLAST_YYDD, ignored by GIVEN_DOT_SURNAME. */
  readonly birthDate?: BirthDate | null;
}

/** How many candidates generateUsername tries before giving up. */
export const USERNAME_MAX_ATTEMPTS = 1000;

export type UsernameFailure =
  | { readonly ok: false; readonly code: 'MISSING_BIRTH_DATE' }
  | { readonly ok: false; readonly code: 'INVALID_BIRTH_DATE'; readonly params: BirthDate }
  | {
      readonly ok: false;
      readonly code: 'NAME_HAS_NO_LETTERS';
      readonly params: { readonly field: 'givenName' | 'surname' };
    }
  | {
      readonly ok: false;
      readonly code: 'NO_FREE_USERNAME';
      readonly params: { readonly attempts: number };
    };

export type UsernameResult = { readonly ok: true; readonly username: string } | UsernameFailure;

function isValidBirthDate(d: BirthDate): boolean {
  if (![d.year, d.month, d.day].every(Number.isInteger)) return false;
  if (d.year < 1850 || d.year > 9999 || d.month < 1 || d.month > 12 || d.day < 1) return false;
  // Pure calendar arithmetic on a UTC date: day 0 of the next month = last day of this one.
  const daysInMonth = new Date(Date.UTC(d.year, d.month, 0)).getUTCDate();
  return d.day <= daysInMonth;
}

/** The first whitespace-separated given name. */
function firstGivenName(givenName: string): string {
  return givenName.trim().split(/\s+/u)[0] ?? '';
}

const pad2 = (n: number): string => String(n).padStart(2, '0');

/** Bijective base-26 letters: 1 → A, 26 → Z, 27 → AA, … */
function letterSuffix(n: number): string {
  let s = '';
  let k = n;
  while (k > 0) {
    k--;
    s = String.fromCharCode(65 + (k % 26)) + s;
    k = Math.floor(k / 26);
  }
  return s;
}

/** Lower-case a–z with runs of hyphens/whitespace turned into single hyphens. */
function dottedPart(name: string): string {
  return foldToLatinLower(name)
    .split(/[\s\-‐‑–—]+/u)
    .map((chunk) => chunk.replace(/[^a-z]/g, ''))
    .filter((chunk) => chunk.length > 0)
    .join('-');
}

/** The username before collision handling. */
export function baseUsername(scheme: UsernameScheme, person: UsernamePerson): UsernameResult {
  switch (scheme.kind) {
    case 'SURNAME2_GIVEN_FIRSTLAST_YYDD': {
      const birth = person.birthDate;
      if (!birth) return { ok: false, code: 'MISSING_BIRTH_DATE' };
      if (!isValidBirthDate(birth)) {
        return {
          ok: false,
          code: 'INVALID_BIRTH_DATE',
          params: { year: birth.year, month: birth.month, day: birth.day },
        };
      }
      const surname = asciiLettersLower(person.surname).toUpperCase();
      const given = asciiLettersLower(firstGivenName(person.givenName)).toUpperCase();
      const sur2 = surname.slice(0, 2).padEnd(2, 'X');
      const givenFirstLast =
        given.length === 0 ? 'XX' : given.charAt(0) + given.charAt(given.length - 1);
      return {
        ok: true,
        username: `${sur2}${givenFirstLast}${pad2(birth.year % 100)}${pad2(birth.day)}`,
      };
    }
    case 'GIVEN_DOT_SURNAME': {
      const given = dottedPart(firstGivenName(person.givenName));
      if (given.length === 0) {
        return { ok: false, code: 'NAME_HAS_NO_LETTERS', params: { field: 'givenName' } };
      }
      const surname = dottedPart(person.surname);
      if (surname.length === 0) {
        return { ok: false, code: 'NAME_HAS_NO_LETTERS', params: { field: 'surname' } };
      }
      return { ok: true, username: `${given}.${surname}` };
    }
  }
}

/**
 * The n-th candidate for a base username (n = 0 is the base itself), per the scheme's
 * collision rule documented above.
 */
export function usernameCandidate(scheme: UsernameScheme, base: string, n: number): string {
  if (n === 0) return base;
  return scheme.kind === 'GIVEN_DOT_SURNAME' ? `${base}${n + 1}` : `${base}${letterSuffix(n)}`;
}

/**
 * A username for `person` that `isTaken` reports as free: the base username, or the first
 * free candidate of the scheme's suffix sequence (at most USERNAME_MAX_ATTEMPTS tries).
 */
export function generateUsername(
  scheme: UsernameScheme,
  person: UsernamePerson,
  isTaken: (username: string) => boolean,
): UsernameResult {
  const base = baseUsername(scheme, person);
  if (!base.ok) return base;
  for (let n = 0; n < USERNAME_MAX_ATTEMPTS; n++) {
    const candidate = usernameCandidate(scheme, base.username, n);
    if (!isTaken(candidate)) return { ok: true, username: candidate };
  }
  return { ok: false, code: 'NO_FREE_USERNAME', params: { attempts: USERNAME_MAX_ATTEMPTS } };
}

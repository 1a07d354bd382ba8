/**
 * Input hygiene for free text that ends up in the database and in other people's screens.
 *
 * Both cleaners: deal with control characters (C0 U+0000–U+001F, DEL U+007F,
 * C1 U+0080–U+009F) and unpaired UTF-16 surrogates (which cannot be stored as UTF-8),
 * then normalise to NFC (after removal, so the result is NFC even when a stripped
 * character sat between a letter and its combining mark) and trim. Lengths are counted in Unicode code points, the same unit
 * PostgreSQL uses for varchar(n) / char_length.
 *
 * Mode STRIP (default) removes offending characters; mode REJECT returns a typed failure
 * naming the first one. Either way a NUL never reaches the database.
 */
import { TICKET_DESCRIPTION_MAX_LENGTH, TICKET_TITLE_MAX_LENGTH } from '../tickets/ticket-types.js';

export type ControlCharacterMode = 'STRIP' | 'REJECT';

export interface CleanOptions {
  readonly controlCharacters?: ControlCharacterMode;
}

export type TextReason =
  | {
      readonly code: 'CONTROL_CHARACTER';
      readonly params: {
        /** e.g. "U+0000" */
        readonly codePoint: string;
        /** Code-point index in the input (after line breaks were mapped, before NFC). */
        readonly position: number;
      };
    }
  | {
      readonly code: 'UNPAIRED_SURROGATE';
      readonly params: { readonly codePoint: string; readonly position: number };
    }
  | { readonly code: 'EMPTY' }
  | {
      readonly code: 'TOO_LONG';
      readonly params: { readonly max: number; readonly length: number };
    };

export type CleanResult =
  | { readonly ok: true; readonly value: string; readonly removed: number }
  | { readonly ok: false; readonly reasons: readonly TextReason[] };

export type TextValidation =
  | { readonly ok: true; readonly value: string }
  | { readonly ok: false; readonly reasons: readonly TextReason[] };

/** Number of Unicode code points (an unpaired surrogate counts as one). */
export function codePointLength(s: string): number {
  let count = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c >= 0xd800 && c <= 0xdbff && i + 1 < s.length) {
      const next = s.charCodeAt(i + 1);
      if (next >= 0xdc00 && next <= 0xdfff) i++;
    }
    count++;
  }
  return count;
}

const hex = (cp: number): string => `U+${cp.toString(16).toUpperCase().padStart(4, '0')}`;

function isControl(cp: number): boolean {
  return cp <= 0x1f || (cp >= 0x7f && cp <= 0x9f);
}

function isLoneSurrogate(cp: number): boolean {
  return cp >= 0xd800 && cp <= 0xdfff;
}

/**
 * Removes (or reports) control characters and lone surrogates, keeping those in `keep`.
 * `s` must already have its line breaks mapped as the caller wants.
 */
function scrub(
  s: string,
  keep: ReadonlySet<number>,
  mode: ControlCharacterMode,
): { ok: true; value: string; removed: number } | { ok: false; reason: TextReason } {
  // Fast path: nothing to do (the common case, also for 1 MB of plain text).
  // eslint-disable-next-line no-control-regex
  if (!/[\u0000-\u001f\u007f-\u009f\ud800-\udfff]/.test(s))
    return { ok: true, value: s, removed: 0 };
  const out: string[] = [];
  let removed = 0;
  let position = 0;
  let runStart = 0;
  let i = 0;
  while (i < s.length) {
    const cp = s.codePointAt(i) ?? 0; // i < s.length, so always defined
    const width = cp > 0xffff ? 2 : 1;
    const bad = (isControl(cp) && !keep.has(cp)) || isLoneSurrogate(cp);
    if (bad) {
      if (mode === 'REJECT') {
        return {
          ok: false,
          reason: {
            code: isLoneSurrogate(cp) ? 'UNPAIRED_SURROGATE' : 'CONTROL_CHARACTER',
            params: { codePoint: hex(cp), position },
          },
        };
      }
      out.push(s.slice(runStart, i));
      runStart = i + width;
      removed++;
    }
    i += width;
    position++;
  }
  out.push(s.slice(runStart));
  return { ok: true, value: out.join(''), removed };
}

const NO_CONTROLS_KEPT: ReadonlySet<number> = new Set();
const MULTILINE_KEPT: ReadonlySet<number> = new Set([0x0a, 0x09]);

/**
 * For one-line fields (titles, names, subjects): every line break (CR, LF, CRLF,
 * NEL U+0085, U+2028, U+2029) and tab becomes a space; other control characters are
 * stripped or rejected; NFC; runs of whitespace collapse to one space; trimmed.
 */
export function cleanSingleLine(s: string, options: CleanOptions = {}): CleanResult {
  const mode = options.controlCharacters ?? 'STRIP';
  const spaced = s.replace(/\r\n|[\r\n\t\u0085\u2028\u2029]/g, ' ');
  const scrubbed = scrub(spaced, NO_CONTROLS_KEPT, mode);
  if (!scrubbed.ok) return { ok: false, reasons: [scrubbed.reason] };
  const value = scrubbed.value.normalize('NFC').replace(/\s+/g, ' ').trim();
  return { ok: true, value, removed: scrubbed.removed };
}

/**
 * For multi-line fields (descriptions, replies): CRLF, lone CR, NEL, U+2028 and
 * U+2029 become LF; LF and TAB are kept; other control characters are stripped or
 * rejected; NFC; the whole text is trimmed (inner whitespace and indentation are kept).
 */
export function cleanMultiline(s: string, options: CleanOptions = {}): CleanResult {
  const mode = options.controlCharacters ?? 'STRIP';
  const lines = s.replace(/\r\n|[\r\u0085\u2028\u2029]/g, '\n');
  const scrubbed = scrub(lines, MULTILINE_KEPT, mode);
  if (!scrubbed.ok) return { ok: false, reasons: [scrubbed.reason] };
  return { ok: true, value: scrubbed.value.normalize('NFC').trim(), removed: scrubbed.removed };
}

function checkLength(cleaned: CleanResult, min: number, max: number): TextValidation {
  if (!cleaned.ok) return cleaned;
  const length = codePointLength(cleaned.value);
  if (length < min) return { ok: false, reasons: [{ code: 'EMPTY' }] };
  if (length > max) return { ok: false, reasons: [{ code: 'TOO_LONG', params: { max, length } }] };
  return { ok: true, value: cleaned.value };
}

/**
 * A ticket title: cleaned as a single line, then 1..200 code points (an emoji like 👍 is
 * one, a family emoji 👨‍👩‍👧 is five: three people joined by two zero-width joiners).
 * Returns the cleaned value to store.
 */
export function validateTitle(s: string, options: CleanOptions = {}): TextValidation {
  return checkLength(cleanSingleLine(s, options), 1, TICKET_TITLE_MAX_LENGTH);
}

/** A ticket description: cleaned as multi-line text, 0..20 000 code points (may be empty). */
export function validateDescription(s: string, options: CleanOptions = {}): TextValidation {
  return checkLength(cleanMultiline(s, options), 0, TICKET_DESCRIPTION_MAX_LENGTH);
}

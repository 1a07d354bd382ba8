/**
 * Folding of names (and passwords, for the name check) to plain lower-case Latin.
 *
 * Explicit table first — these are the letters that matter in the Nordics and must not
 * depend on Unicode decomposition details (ø, æ, ß, þ, ð and ł do not decompose at all):
 *
 *   å → a   ä → a   ö → o   ø → o   æ → ae   é → e   è → e   ü → u
 *   ß → ss  þ → th  ð → d   ł → l   đ → d    œ → oe  ı → i
 *
 * Everything else: canonical decomposition (NFD) with combining marks removed, so
 * ñ → n, ç → c, á → a, ō → o. Letters of other scripts (Cyrillic, Arabic, …) are kept as
 * they are; callers that need ASCII only filter them out afterwards.
 */
const EXPLICIT: Readonly<Record<string, string>> = {
  å: 'a',
  ä: 'a',
  ö: 'o',
  ø: 'o',
  æ: 'ae',
  é: 'e',
  è: 'e',
  ü: 'u',
  ß: 'ss',
  þ: 'th',
  ð: 'd',
  ł: 'l',
  đ: 'd',
  œ: 'oe',
  ı: 'i',
};

const EXPLICIT_PATTERN = new RegExp(`[${Object.keys(EXPLICIT).join('')}]`, 'g');

/** Lower-case, diacritics-free form of `s` (see the table above). */
export function foldToLatinLower(s: string): string {
  return s
    .normalize('NFC')
    .toLowerCase()
    .replace(EXPLICIT_PATTERN, (c) => EXPLICIT[c] ?? c)
    .normalize('NFD')
    .replace(/\p{M}/gu, '');
}

/** Only the ASCII letters a–z of the folded form of `s`. */
export function asciiLettersLower(s: string): string {
  return foldToLatinLower(s).replace(/[^a-z]/g, '');
}

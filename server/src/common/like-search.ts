import type { AppConfig } from '../config/config.js';

type DatabaseKind = AppConfig['database']['kind'];

/** Case-insensitive LIKE: PostgreSQL needs ILIKE; SQLite's LIKE already ignores (ASCII) case. */
export function likeOperator(database: DatabaseKind): '$ilike' | '$like' {
  return database === 'postgresql' ? '$ilike' : '$like';
}

/**
 * SQLite's LIKE ignores case for ASCII letters only, so "åsa" would miss "Åsa". Every
 * spelling of the word's non-ASCII letters in either case is searched (a handful at most).
 */
export function caseVariants(word: string, max = 16): string[] {
  let variants = [''];
  for (const ch of word) {
    const lower = ch.toLowerCase();
    const upper = ch.toUpperCase();
    const both = ch.charCodeAt(0) > 127 && lower !== upper && variants.length * 2 <= max;
    variants = variants.flatMap((v) => (both ? [v + lower, v + upper] : [v + ch]));
  }
  return variants;
}

/** The spellings of `word` a case-insensitive LIKE must try on this database. */
export function likeSpellings(database: DatabaseKind, word: string): string[] {
  return database === 'sqlite' ? caseVariants(word) : [word];
}

/**
 * Turns what someone typed into safe full-text queries: words are letters and digits
 * only (no operators reach the engine), all must match, the last one as a prefix.
 */
export function searchTerms(text: string): string[] {
  return (text.normalize('NFC').match(/[\p{L}\p{N}]+/gu) ?? [])
    .map((w) => w.toLowerCase())
    .slice(0, 8);
}

export function fts5Query(terms: readonly string[]): string {
  return terms.map((t, i) => `"${t}"${i === terms.length - 1 ? '*' : ''}`).join(' ');
}

export function tsQuery(terms: readonly string[]): string {
  return terms.map((t, i) => `${t}${i === terms.length - 1 ? ':*' : ''}`).join(' & ');
}

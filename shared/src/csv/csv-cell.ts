/**
 * Spreadsheet programs run a cell that starts with one of these as a formula, so a name
 * like "=HYPERLINK(...)" typed into the register would run when an exported file is opened.
 */
const FORMULA_START = /^[=+\-@\t\r]/;
/** Apostrophes before a formula character: the ones guardCsvFormula adds, and any typed. */
const GUARDED = /^'+[=+\-@\t\r]/;

/** Neutralises a cell for export: a leading apostrophe makes spreadsheets show it as text. */
export function guardCsvFormula(value: string): string {
  return FORMULA_START.test(value) || GUARDED.test(value) ? `'${value}` : value;
}

/** Undoes guardCsvFormula on import, so an exported file re-imports unchanged. */
export function unguardCsvFormula(value: string): string {
  return GUARDED.test(value) ? value.slice(1) : value;
}

/** One RFC 4180 field: quoted when it holds a delimiter, quote or line break. */
export function csvField(value: string, delimiter = ','): string {
  const guarded = guardCsvFormula(value);
  return guarded.includes(delimiter) || /["\r\n]/.test(guarded)
    ? `"${guarded.replace(/"/g, '""')}"`
    : guarded;
}

/** Rows as CSV text with CRLF line ends (what spreadsheet programs expect). */
export function csvText(rows: readonly (readonly string[])[], delimiter = ','): string {
  return (
    rows.map((r) => r.map((v) => csvField(v, delimiter)).join(delimiter)).join('\r\n') + '\r\n'
  );
}

import { parse } from 'csv-parse/sync';

/** Columns an HR file may have; only personNumber, givenName and surname are required. */
export const HR_COLUMNS = [
  'personNumber',
  'givenName',
  'surname',
  'birthDate',
  'email',
  'mobile',
  'workPhone',
  'jobTitle',
  'kind',
  'managerPersonNumber',
  'orgUnitCode',
  'orgUnitName',
  'startDate',
  'endDate',
] as const;
export type HrColumn = (typeof HR_COLUMNS)[number];
export const HR_REQUIRED_COLUMNS: readonly HrColumn[] = ['personNumber', 'givenName', 'surname'];

export type HrFormat = 'CSV' | 'JSON';

export interface HrRow {
  /** CSV: the line the record starts on (the header is line 1). JSON: the element, from 1. */
  row: number;
  /** Only the columns the file has; '' means "clear this field". */
  values: Partial<Record<HrColumn, string>>;
}

export type HrFile =
  { ok: true; columns: HrColumn[]; rows: HrRow[] } | { ok: false; errors: string[] };

/** Largest file accepted (characters). */
export const HR_MAX_CHARS = 1_800_000;

function checkColumns(columns: string[]): string[] {
  const errors: string[] = [];
  const unknown = columns.filter((c) => !(HR_COLUMNS as readonly string[]).includes(c));
  if (unknown.length > 0) {
    errors.push(
      `Unknown column(s): ${unknown.join(', ')}. Known columns: ${HR_COLUMNS.join(', ')}.`,
    );
  }
  const missing = HR_REQUIRED_COLUMNS.filter((c) => !columns.includes(c));
  if (missing.length > 0) errors.push(`Missing required column(s): ${missing.join(', ')}.`);
  const dupes = columns.filter((c, i) => columns.indexOf(c) !== i);
  if (dupes.length > 0) errors.push(`Column(s) given twice: ${[...new Set(dupes)].join(', ')}.`);
  return errors;
}

/**
 * Reads an HR export. A file that cannot be read as a whole (broken quoting, wrong
 * columns, not a JSON array) is refused with every problem found and nothing is imported;
 * problems inside single rows are left to the importer, which skips just those rows.
 * CSV: UTF-8, header row, comma or semicolon separated (Excel in Sweden writes ";").
 */
export function readHrFile(content: string, format: HrFormat): HrFile {
  if (content.length > HR_MAX_CHARS) {
    return { ok: false, errors: [`The file is too large (at most ${HR_MAX_CHARS} characters).`] };
  }
  return format === 'CSV' ? readCsv(content) : readJson(content);
}

function readCsv(content: string): HrFile {
  const text = content.replace(/^\uFEFF/, '');
  const firstLine = text.split(/\r?\n/, 1)[0] ?? '';
  const delimiter =
    (firstLine.match(/;/g)?.length ?? 0) > (firstLine.match(/,/g)?.length ?? 0) ? ';' : ',';
  let records: { record: Record<string, string>; info: { lines: number } }[];
  try {
    records = parse(text, {
      columns: (header: string[]) => header.map((h) => h.trim()),
      delimiter,
      info: true,
      skip_empty_lines: true,
      trim: true,
    }) as { record: Record<string, string>; info: { lines: number } }[];
  } catch (err) {
    const e = err as { message?: string; lines?: number };
    return {
      ok: false,
      errors: [
        `The CSV file is malformed${e.lines ? ` at line ${e.lines}` : ''}: ${e.message ?? 'cannot be read'}.`,
      ],
    };
  }
  const headerLine = firstLine.split(delimiter).map((h) => h.trim().replace(/^"|"$/g, ''));
  const columnErrors = checkColumns(headerLine.filter((h) => h !== ''));
  if (columnErrors.length > 0) return { ok: false, errors: columnErrors };
  const columns = headerLine.filter((h) => h !== '') as HrColumn[];
  // info.lines is the line the record ends on; multi-line quoted fields are rare in HR
  // exports, and a record's first line is what people look for.
  const rows = records.map(({ record, info }) => {
    const newlines = Object.values(record).reduce((n, v) => n + (v.match(/\n/g)?.length ?? 0), 0);
    const values: Partial<Record<HrColumn, string>> = {};
    for (const c of columns) values[c] = record[c] ?? '';
    return { row: info.lines - newlines, values };
  });
  return { ok: true, columns, rows };
}

function readJson(content: string): HrFile {
  let data: unknown;
  try {
    data = JSON.parse(content);
  } catch (err) {
    return { ok: false, errors: [`The JSON file is malformed: ${(err as Error).message}.`] };
  }
  const list = Array.isArray(data)
    ? data
    : typeof data === 'object' &&
        data !== null &&
        Array.isArray((data as { people?: unknown }).people)
      ? (data as { people: unknown[] }).people
      : null;
  if (!list) {
    return {
      ok: false,
      errors: ['The JSON file must be an array of people, or {"people": [...]}.'],
    };
  }
  const seen = new Set<string>();
  const errors: string[] = [];
  const rows: HrRow[] = [];
  list.forEach((item, i) => {
    if (typeof item !== 'object' || item === null || Array.isArray(item)) {
      errors.push(`Element ${i + 1} is not an object.`);
      return;
    }
    const values: Partial<Record<HrColumn, string>> = {};
    for (const [key, value] of Object.entries(item)) {
      seen.add(key);
      if (!(HR_COLUMNS as readonly string[]).includes(key)) continue;
      if (value === null) values[key as HrColumn] = '';
      else if (typeof value === 'string' || typeof value === 'number') {
        values[key as HrColumn] = String(value).trim();
      } else errors.push(`Element ${i + 1}: ${key} must be text.`);
    }
    rows.push({ row: i + 1, values });
  });
  const unknown = [...seen].filter((c) => !(HR_COLUMNS as readonly string[]).includes(c));
  if (unknown.length > 0) {
    errors.push(`Unknown field(s): ${unknown.join(', ')}. Known fields: ${HR_COLUMNS.join(', ')}.`);
  }
  if (errors.length > 0) return { ok: false, errors };
  // In JSON a missing key means "not given"; required fields are checked per row.
  const columns = HR_COLUMNS.filter((c) => rows.some((r) => c in r.values));
  return { ok: true, columns: [...new Set([...HR_REQUIRED_COLUMNS, ...columns])], rows };
}

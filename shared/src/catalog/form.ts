/**
 * Order and application forms of the service catalog: a form is plain JSON data (fields and
 * cross-field rules) that both the server (which decides) and the web (which renders and
 * pre-checks) read. Pure functions only.
 */
import { cleanMultiline } from '../validation/text.js';

export const FORM_LANGUAGES = ['sv', 'nb', 'en'] as const;
export type FormLanguage = (typeof FORM_LANGUAGES)[number];

/** A text in each language the product speaks. */
export type LocalisedText = Readonly<Record<FormLanguage, string>>;

export const FORM_FIELD_TYPES = ['TEXT', 'DATE', 'SELECT', 'PERSON', 'NUMBER', 'BOOLEAN'] as const;
export type FormFieldType = (typeof FORM_FIELD_TYPES)[number];

export interface FormOption {
  readonly value: string;
  readonly label: LocalisedText;
}

export interface FormField {
  /** Stable key the submitted values use, e.g. `fromDate`. */
  readonly key: string;
  readonly label: LocalisedText;
  readonly type: FormFieldType;
  readonly required: boolean;
  readonly help?: LocalisedText | null;
  /** SELECT only: the allowed values. */
  readonly options?: readonly FormOption[];
  /** After a rejection the applicant may change this field (and only such fields). */
  readonly correctable: boolean;
}

/** `from` must not be after `to` (both DATE or both NUMBER fields); checked when both are given. */
export interface FromNotAfterToRule {
  readonly kind: 'FROM_LE_TO';
  readonly from: string;
  readonly to: string;
}

export type FormRule = FromNotAfterToRule;

export interface FormDefinition {
  readonly fields: readonly FormField[];
  readonly rules: readonly FormRule[];
}

/** A submitted value: dates as `YYYY-MM-DD`, people by id, selects by option value. */
export type FormValue = string | number | boolean;
export type FormValues = Readonly<Record<string, FormValue>>;

export type FormProblemCode =
  | 'REQUIRED'
  | 'WRONG_TYPE'
  | 'INVALID_DATE'
  | 'NOT_AN_OPTION'
  | 'TOO_LONG'
  | 'UNKNOWN_FIELD'
  | 'FROM_AFTER_TO'
  | 'NOT_CORRECTABLE'
  | 'INVALID_TEXT';

export interface FormProblem {
  readonly field: string;
  readonly code: FormProblemCode;
  readonly params?: Readonly<Record<string, string | number>>;
}

export type FormCheck =
  | { readonly ok: true; readonly values: FormValues }
  | { readonly ok: false; readonly problems: readonly FormProblem[] };

export const FORM_TEXT_MAX = 2000;
const FIELD_KEY = /^[a-zA-Z][a-zA-Z0-9_]{0,39}$/;
const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** Whether `text` is a real calendar date written `YYYY-MM-DD`. */
export function isIsoDate(text: string): boolean {
  const m = ISO_DATE.exec(text);
  if (!m) return false;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  if (mo < 1 || mo > 12 || d < 1) return false;
  const days = new Date(Date.UTC(y, mo, 0)).getUTCDate();
  return d <= days;
}

function isBlank(value: unknown): boolean {
  return (
    value === undefined || value === null || (typeof value === 'string' && value.trim() === '')
  );
}

function checkField(field: FormField, raw: unknown): FormProblem | FormValue | null {
  if (isBlank(raw)) return field.required ? { field: field.key, code: 'REQUIRED' } : null;
  const wrong: FormProblem = { field: field.key, code: 'WRONG_TYPE', params: { type: field.type } };
  switch (field.type) {
    case 'TEXT':
    case 'PERSON': {
      if (typeof raw !== 'string') return wrong;
      // Control characters (a NUL from a pasted file) are dropped, as in ticket texts.
      const cleaned = cleanMultiline(raw);
      if (!cleaned.ok) return { field: field.key, code: 'INVALID_TEXT' };
      const text = cleaned.value;
      if (text.length === 0) return field.required ? { field: field.key, code: 'REQUIRED' } : null;
      if (text.length > FORM_TEXT_MAX) {
        return { field: field.key, code: 'TOO_LONG', params: { max: FORM_TEXT_MAX } };
      }
      return text;
    }
    case 'DATE':
      if (typeof raw !== 'string') return wrong;
      return isIsoDate(raw.trim()) ? raw.trim() : { field: field.key, code: 'INVALID_DATE' };
    case 'SELECT': {
      if (typeof raw !== 'string') return wrong;
      const allowed = (field.options ?? []).map((o) => o.value);
      return allowed.includes(raw) ? raw : { field: field.key, code: 'NOT_AN_OPTION' };
    }
    case 'NUMBER':
      return typeof raw === 'number' && Number.isFinite(raw) ? raw : wrong;
    case 'BOOLEAN':
      // An unticked required box is a missing answer (e.g. "I confirm …").
      if (typeof raw !== 'boolean') return wrong;
      return field.required && !raw ? { field: field.key, code: 'REQUIRED' } : raw;
  }
}

/**
 * Checks submitted values against a form: every field's type and presence, then the
 * cross-field rules. Answers the cleaned values (trimmed, blanks dropped) or every problem.
 */
export function validateSubmission(
  form: FormDefinition,
  values: Readonly<Record<string, unknown>>,
): FormCheck {
  const problems: FormProblem[] = [];
  const clean: Record<string, FormValue> = {};
  const known = new Set(form.fields.map((f) => f.key));
  for (const key of Object.keys(values)) {
    if (!known.has(key)) problems.push({ field: key, code: 'UNKNOWN_FIELD' });
  }
  for (const field of form.fields) {
    const result = checkField(field, values[field.key]);
    if (result === null) continue;
    if (typeof result === 'object') problems.push(result);
    else clean[field.key] = result;
  }
  for (const rule of form.rules) {
    const from = clean[rule.from];
    const to = clean[rule.to];
    if (from === undefined || to === undefined) continue;
    // ISO dates compare as text; numbers as numbers.
    if (typeof from === typeof to && from > to) {
      problems.push({ field: rule.to, code: 'FROM_AFTER_TO', params: { from: rule.from } });
    }
  }
  return problems.length > 0 ? { ok: false, problems } : { ok: true, values: clean };
}

/**
 * A correction after a rejection may change only the fields marked correctable: every other
 * field must keep its previous value (also when it was blank).
 */
export function correctionProblems(
  form: FormDefinition,
  previous: FormValues,
  next: FormValues,
): FormProblem[] {
  return form.fields
    .filter((f) => !f.correctable && previous[f.key] !== next[f.key])
    .map((f) => ({ field: f.key, code: 'NOT_CORRECTABLE' as const }));
}

export type FormDefinitionProblem =
  | {
      readonly code: 'BAD_KEY' | 'DUPLICATE_KEY' | 'MISSING_LABEL' | 'NO_OPTIONS';
      readonly field: string;
    }
  | { readonly code: 'BAD_RULE'; readonly field: string };

/** Whether a form definition itself is sound (keys, labels in every language, options, rules). */
export function validateFormDefinition(form: FormDefinition): FormDefinitionProblem[] {
  const problems: FormDefinitionProblem[] = [];
  const types = new Map<string, FormFieldType>();
  for (const field of form.fields) {
    if (!FIELD_KEY.test(field.key)) problems.push({ code: 'BAD_KEY', field: field.key });
    else if (types.has(field.key)) problems.push({ code: 'DUPLICATE_KEY', field: field.key });
    types.set(field.key, field.type);
    if (FORM_LANGUAGES.some((l) => !field.label[l]?.trim())) {
      problems.push({ code: 'MISSING_LABEL', field: field.key });
    }
    if (field.type === 'SELECT' && (field.options ?? []).length === 0) {
      problems.push({ code: 'NO_OPTIONS', field: field.key });
    }
  }
  for (const rule of form.rules) {
    const a = types.get(rule.from);
    const b = types.get(rule.to);
    if (!a || a !== b || (a !== 'DATE' && a !== 'NUMBER')) {
      problems.push({ code: 'BAD_RULE', field: rule.to });
    }
  }
  return problems;
}

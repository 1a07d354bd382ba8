import { cleanSingleLine, codePointLength } from '@linje/shared';
import type { FieldProblem } from '../common/app-error.js';
import { PERSON_KINDS, type PersonKind } from './person.entity.js';

/** True for a real calendar date written YYYY-MM-DD (years 1900–2199). */
export function isIsoDate(value: string): boolean {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  if (!m) return false;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  if (y < 1900 || y > 2199 || mo < 1 || mo > 12 || d < 1) return false;
  const leap = (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0;
  const days = [31, leap ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][mo - 1] ?? 0;
  return d <= days;
}

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;
/** Digits with the usual separators, optionally a leading +: "+46 70-123 45 67", "046-73 90 01". */
const PHONE = /^\+?[0-9][0-9 ()-]{1,30}[0-9]$/;

export interface PersonFieldsInput {
  givenName?: string | null;
  surname?: string | null;
  email?: string | null;
  mobile?: string | null;
  workPhone?: string | null;
  jobTitle?: string | null;
  kind?: string | null;
  birthDate?: string | null;
  startDate?: string | null;
  endDate?: string | null;
  personNumber?: string | null;
}

export interface CleanPersonFields {
  givenName?: string;
  surname?: string;
  email?: string | null;
  mobile?: string | null;
  workPhone?: string | null;
  jobTitle?: string | null;
  kind?: PersonKind;
  birthDate?: string | null;
  startDate?: string | null;
  endDate?: string | null;
  personNumber?: string | null;
}

/**
 * Validates and cleans person fields from admin forms and HR files alike. Fields that are
 * `undefined` are left out; empty strings mean "clear" for optional fields. Every problem
 * is reported with a stable code.
 */
export function cleanPersonFields(
  input: PersonFieldsInput,
  required: readonly (keyof PersonFieldsInput)[] = [],
): { ok: true; value: CleanPersonFields } | { ok: false; problems: FieldProblem[] } {
  const problems: FieldProblem[] = [];
  const value: CleanPersonFields = {};

  const text = (field: keyof PersonFieldsInput, max: number): string | null | undefined => {
    const raw = input[field];
    if (raw === undefined || raw === null) {
      if (required.includes(field)) {
        problems.push({ field, code: 'REQUIRED', message: 'is required' });
      }
      return raw === null ? null : undefined;
    }
    const cleaned = cleanSingleLine(raw);
    if (!cleaned.ok) {
      problems.push({ field, code: 'INVALID_CHARACTER', message: 'contains a control character' });
      return undefined;
    }
    if (cleaned.value === '') {
      if (required.includes(field)) {
        problems.push({ field, code: 'REQUIRED', message: 'is required' });
        return undefined;
      }
      return null;
    }
    const length = codePointLength(cleaned.value);
    if (length > max) {
      problems.push({
        field,
        code: 'TOO_LONG',
        message: `must be at most ${max} characters`,
        params: { max, length },
      });
      return undefined;
    }
    return cleaned.value;
  };

  const givenName = text('givenName', 100);
  if (typeof givenName === 'string') value.givenName = givenName;
  const surname = text('surname', 100);
  if (typeof surname === 'string') value.surname = surname;
  const jobTitle = text('jobTitle', 200);
  if (jobTitle !== undefined) value.jobTitle = jobTitle;
  const personNumber = text('personNumber', 40);
  if (personNumber !== undefined) value.personNumber = personNumber;

  const email = text('email', 200);
  if (typeof email === 'string' && !EMAIL.test(email)) {
    problems.push({ field: 'email', code: 'INVALID_EMAIL', message: 'is not an e-mail address' });
  } else if (email !== undefined) value.email = email === null ? null : email.toLowerCase();

  for (const field of ['mobile', 'workPhone'] as const) {
    const phone = text(field, 40);
    if (typeof phone === 'string' && !PHONE.test(phone)) {
      problems.push({ field, code: 'INVALID_PHONE', message: 'is not a phone number' });
    } else if (phone !== undefined) value[field] = phone;
  }

  const kind = text('kind', 16);
  if (typeof kind === 'string') {
    const upper = kind.toUpperCase();
    if ((PERSON_KINDS as readonly string[]).includes(upper)) value.kind = upper as PersonKind;
    else {
      problems.push({
        field: 'kind',
        code: 'INVALID_KIND',
        message: `must be one of ${PERSON_KINDS.join(', ')}`,
      });
    }
  }

  for (const field of ['birthDate', 'startDate', 'endDate'] as const) {
    const date = text(field, 10);
    if (typeof date === 'string' && !isIsoDate(date)) {
      problems.push({ field, code: 'INVALID_DATE', message: 'must be a date written YYYY-MM-DD' });
    } else if (date !== undefined) value[field] = date;
  }
  if (value.startDate && value.endDate && value.endDate < value.startDate) {
    problems.push({
      field: 'endDate',
      code: 'END_BEFORE_START',
      message: 'must not be before the start date',
    });
  }
  return problems.length > 0 ? { ok: false, problems } : { ok: true, value };
}

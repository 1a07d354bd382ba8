import type { TFunction } from 'i18next';
import type { CombinedError } from 'urql';
import { fieldProblems } from '../../app/errors';

const KNOWN = new Set([
  'REQUIRED',
  'WRONG_TYPE',
  'INVALID_DATE',
  'NOT_AN_OPTION',
  'TOO_LONG',
  'UNKNOWN_FIELD',
  'FROM_AFTER_TO',
  'NOT_CORRECTABLE',
  'INVALID_TEXT',
  'WRONG_PASSWORD',
  'SIGNATURE_REQUIRED',
  'NOT_IN_MANAGER_CHAIN',
  'SUBJECT_REQUIRED',
]);

/**
 * The server's field problems by where they belong: `values.<key>` under the form field,
 * `signature…` under the password, `subjectId`, `reason` and `result` under theirs.
 */
export function formErrors(t: TFunction, error: CombinedError | undefined): Record<string, string> {
  const out: Record<string, string> = {};
  for (const p of fieldProblems(error)) {
    const text = KNOWN.has(p.code) ? t(`catalog.errors.${p.code}`) : t('catalog.errors.generic');
    const key = p.field.startsWith('values.')
      ? p.field.slice('values.'.length)
      : p.field.startsWith('signature')
        ? '@password'
        : `@${p.field}`;
    out[key] ??= text;
  }
  return out;
}

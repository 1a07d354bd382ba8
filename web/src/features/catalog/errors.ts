import type { TFunction } from 'i18next';
import type { CombinedError } from 'urql';
import { fieldProblems, type FieldProblem } from '../../app/errors';

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
  'EID_PENDING',
  'EID_FAILED',
  'EID_OTHER_PERSON',
  'EID_USED',
  'EID_REFUSED',
  'EID_NOT_CONFIGURED',
  'EID_ORDER_REQUIRED',
]);

/** A failed e-ID order says why (BankID's hint code): the person cancelled, or time ran out. */
function codeOf(p: FieldProblem): string {
  if (p.code !== 'EID_FAILED') return p.code;
  const hint = p.params?.['hintCode'];
  if (hint === 'userCancel' || hint === 'cancelled') return 'EID_CANCELLED';
  if (hint === 'expiredTransaction') return 'EID_EXPIRED';
  return p.code;
}

/**
 * The server's field problems by where they belong: `values.<key>` under the form field,
 * `signature…` (password or e-ID) under the signature, `subjectId`, `reason` and `result` under theirs.
 */
export function formErrors(t: TFunction, error: CombinedError | undefined): Record<string, string> {
  const out: Record<string, string> = {};
  for (const p of fieldProblems(error)) {
    const code = KNOWN.has(p.code) ? codeOf(p) : 'generic';
    const text = t(`catalog.errors.${code}`);
    const key = p.field.startsWith('values.')
      ? p.field.slice('values.'.length)
      : p.field.startsWith('signature')
        ? '@password'
        : `@${p.field}`;
    out[key] ??= text;
  }
  return out;
}

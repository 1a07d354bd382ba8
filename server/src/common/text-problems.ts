import type { TextReason } from '@linje/shared';
import type { FieldProblem } from './app-error.js';

/** English wording for the shared text rules; the web translates by `code` instead. */
export function describeTextReason(reason: TextReason): string {
  switch (reason.code) {
    case 'EMPTY':
      return 'must not be empty';
    case 'TOO_LONG':
      return `must be at most ${reason.params.max} characters (it has ${reason.params.length})`;
    case 'CONTROL_CHARACTER':
      return `contains an invisible control character (${reason.params.codePoint}) at position ${reason.params.position + 1}`;
    case 'UNPAIRED_SURROGATE':
      return `contains a broken character (${reason.params.codePoint}) at position ${reason.params.position + 1}`;
  }
}

export function textProblems(field: string, reasons: readonly TextReason[]): FieldProblem[] {
  return reasons.map((reason) => ({
    field,
    code: reason.code,
    message: describeTextReason(reason),
    ...('params' in reason ? { params: { ...reason.params } } : {}),
  }));
}

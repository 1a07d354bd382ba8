import type { CombinedError } from 'urql';
import type { TFunction } from 'i18next';

const KNOWN = [
  'BAD_USER_INPUT',
  'UNAUTHENTICATED',
  'FORBIDDEN',
  'NOT_FOUND',
  'CONFLICT',
  'PAYLOAD_TOO_LARGE',
  'TOO_MANY_REQUESTS',
  'TIMEOUT',
] as const;
type KnownCode = (typeof KNOWN)[number];

export function errorCode(error: CombinedError): string | null {
  const code = error.graphQLErrors[0]?.extensions?.['code'];
  return typeof code === 'string' ? code : null;
}

/** One field the server refused (`extensions.fields`), with a stable code the web translates. */
export interface FieldProblem {
  field: string;
  code: string;
  message: string;
  params?: Record<string, unknown>;
}

export function fieldProblems(error: CombinedError | undefined): FieldProblem[] {
  const fields = error?.graphQLErrors[0]?.extensions?.['fields'];
  return Array.isArray(fields) ? (fields as FieldProblem[]) : [];
}

/** A translated message chosen by `extensions.code`, never by the server's message text. */
export function describeError(t: TFunction, error: CombinedError): string {
  if (error.networkError && !error.graphQLErrors.length) return t('errors.network');
  const code = errorCode(error);
  if (code && (KNOWN as readonly string[]).includes(code)) return t(`errors.${code as KnownCode}`);
  return t('errors.generic');
}

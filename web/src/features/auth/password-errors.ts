import type { CombinedError } from 'urql';
import type { TFunction } from 'i18next';
import { describeError, fieldProblems } from '../../app/errors';

const REASONS = [
  'TOO_SHORT',
  'TOO_LONG',
  'TOO_FEW_CLASSES',
  'FORBIDDEN_CHARACTER',
  'INVALID_CHARACTER',
  'CONTAINS_NAME',
  'CONTAINS_USERNAME',
  'REUSED',
];

/** Translated reasons the server gave for refusing a password or a code, by field code. */
export function describePasswordError(t: TFunction, error: CombinedError): string[] {
  const problems = fieldProblems(error);
  const out: string[] = [];
  for (const p of problems) {
    if (REASONS.includes(p.code)) {
      const params = { ...p.params } as Record<string, unknown>;
      if (Array.isArray(params['missing'])) params['missing'] = params['missing'].join(', ');
      out.push(t(`account.reasons.${p.code}`, params));
    } else if (p.code === 'WRONG_PASSWORD') out.push(t('account.wrongCurrent'));
    else if (p.code === 'INVALID_CODE') out.push(t('account.invalidCode'));
  }
  if (out.length === 0) {
    const code = error.graphQLErrors[0]?.extensions?.['code'];
    out.push(code === 'TOO_MANY_REQUESTS' ? t('account.tooMany') : describeError(t, error));
  }
  return out;
}

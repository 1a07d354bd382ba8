import { describe, expect, it } from 'vitest';
import { PASSWORD_POLICY_SEED_001, PASSWORD_POLICY_SEED_004 } from '@linje/shared';
import { resources } from '../../i18n/resources';
import { allRulesMet, passwordRules } from './PasswordRules';

const t = (key: string) => key;
const sara = { givenName: 'Sara', surname: 'Johansson', username: 'JOSA9804' };

function met(policy: typeof PASSWORD_POLICY_SEED_004, password: string, confirmation = password) {
  return Object.fromEntries(
    passwordRules(t, policy, sara, password, confirmation).map((r) => [r.key, r.met]),
  );
}

describe('live password feedback uses the server’s rules', () => {
  it('seed 004: length, classes, confirmation', () => {
    expect(met(PASSWORD_POLICY_SEED_004, '')).toEqual({
      length: false,
      classes: false,
      match: false,
    });
    expect(met(PASSWORD_POLICY_SEED_004, 'abcdefgh')).toEqual({
      length: true,
      classes: false,
      match: true,
    });
    expect(met(PASSWORD_POLICY_SEED_004, 'Abcdefg1', 'Abcdefg2')).toEqual({
      length: true,
      classes: true,
      match: false,
    });
    expect(allRulesMet(PASSWORD_POLICY_SEED_004, sara, 'Abcdefg1', 'Abcdefg1')).toBe(true);
  });

  it('seed 001: no å/ä/ö and not the person’s name', () => {
    expect(met(PASSWORD_POLICY_SEED_001, 'Sommarängen-2026')).toMatchObject({ forbidden: false });
    expect(met(PASSWORD_POLICY_SEED_001, 'Johansson-2026x')).toMatchObject({ name: false });
    expect(allRulesMet(PASSWORD_POLICY_SEED_001, sara, 'Vinterhage-2026', 'Vinterhage-2026')).toBe(
      true,
    );
  });
});

describe('texts', () => {
  it('every feature bundle merges without clashing keys, in all three languages', () => {
    for (const lang of ['en', 'sv', 'nb'] as const) {
      const bundle = resources[lang].translation as Record<string, unknown>;
      for (const key of ['account', 'profile', 'staff', 'admin']) expect(bundle[key]).toBeDefined();
    }
  });
});

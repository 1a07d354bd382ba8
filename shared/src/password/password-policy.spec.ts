import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { codePointLength } from '../validation/text.js';
import {
  PASSWORD_MAX_LENGTH,
  PASSWORD_POLICY_SEED_001,
  PASSWORD_POLICY_SEED_004,
  characterClasses,
  checkPassword,
  isPasswordExpired,
  lockoutStatus,
  normalizePassword,
  passwordExpiresAt,
  passwordExpiryReminderAt,
  validatePasswordPolicy,
  type PasswordPolicy,
} from './password-policy.js';

const sara = { givenName: 'Sara', surname: 'Johansson', username: 'JOSA9804' };
const nobody = { givenName: '', surname: '', username: '' };

const loose: PasswordPolicy = {
  minLength: 1,
  requiredClasses: 0,
  forbiddenCharacters: '',
  forbidNameParts: false,
  maxAgeDays: null,
  historyCount: 0,
  lockoutThreshold: 0,
  lockoutMinutes: 0,
};

const codes = (policy: PasswordPolicy, pw: string, owner = sara) =>
  checkPassword(policy, pw, owner).reasons.map((r) => r.code);

describe('length', () => {
  const policy = { ...loose, minLength: 8 };

  it('TOO_SHORT carries min and the measured length', () => {
    expect(checkPassword(policy, 'abc', nobody)).toEqual({
      ok: false,
      reasons: [{ code: 'TOO_SHORT', params: { min: 8, length: 3 } }],
    });
    expect(checkPassword(policy, 'abcdefgh', nobody)).toEqual({ ok: true, reasons: [] });
    expect(codes(policy, '', nobody)).toEqual(['TOO_SHORT']);
  });

  it('counts Unicode code points, after NFC', () => {
    expect(codes(policy, '👍'.repeat(7), nobody)).toEqual(['TOO_SHORT']); // 14 UTF-16 units
    expect(codes(policy, '👍'.repeat(8), nobody)).toEqual([]);
    // 7 × (a + combining diaeresis) is 14 code points raw but 7 after NFC
    expect(checkPassword(policy, 'a\u0308'.repeat(7), nobody).reasons).toEqual([
      { code: 'TOO_SHORT', params: { min: 8, length: 7 } },
    ]);
  });

  it('TOO_LONG beyond the hard maximum', () => {
    expect(codes(loose, 'a'.repeat(PASSWORD_MAX_LENGTH), nobody)).toEqual([]);
    expect(checkPassword(loose, 'a'.repeat(PASSWORD_MAX_LENGTH + 1), nobody).reasons).toEqual([
      { code: 'TOO_LONG', params: { max: PASSWORD_MAX_LENGTH, length: PASSWORD_MAX_LENGTH + 1 } },
    ]);
  });

  it('INVALID_CHARACTER for control characters and lone surrogates', () => {
    expect(codes(loose, 'abc\u0000def', nobody)).toEqual(['INVALID_CHARACTER']);
    expect(codes(loose, 'abc\ud800', nobody)).toEqual(['INVALID_CHARACTER']);
    expect(codes(loose, 'abc\tdef', nobody)).toEqual(['INVALID_CHARACTER']);
  });
});

describe('character classes', () => {
  it.each([
    ['abc', ['LOWER']],
    ['ABC', ['UPPER']],
    ['123', ['DIGIT']],
    ['!? ', ['SYMBOL']],
    ['åÄ', ['LOWER', 'UPPER']],
    ['€👍', ['SYMBOL']],
    ['你好', []], // letters without case count as no class
    ['aB3$', ['LOWER', 'UPPER', 'DIGIT', 'SYMBOL']],
  ])('%j → %j', (pw, expected) => {
    expect([...characterClasses(pw)].sort()).toEqual([...expected].sort());
  });

  it('TOO_FEW_CLASSES reports required, found and what is missing', () => {
    expect(checkPassword({ ...loose, requiredClasses: 3 }, 'abcDEF', nobody).reasons).toEqual([
      {
        code: 'TOO_FEW_CLASSES',
        params: { required: 3, found: 2, missing: ['DIGIT', 'SYMBOL'] },
      },
    ]);
    expect(codes({ ...loose, requiredClasses: 3 }, 'abcDEF1', nobody)).toEqual([]);
    expect(codes({ ...loose, requiredClasses: 4 }, 'abcDEF1!', nobody)).toEqual([]);
  });
});

describe('forbidden characters', () => {
  const policy = { ...loose, forbiddenCharacters: 'åäöÅÄÖ' };

  it('lists each forbidden character found once, in order', () => {
    expect(checkPassword(policy, 'Öppna-dörren-Åsa-ö', nobody).reasons).toEqual([
      { code: 'FORBIDDEN_CHARACTER', params: { chars: 'ÖöÅ' } },
    ]);
  });

  it('catches decomposed input (o + combining diaeresis)', () => {
    expect(checkPassword(policy, 'do\u0308rr', nobody).reasons).toEqual([
      { code: 'FORBIDDEN_CHARACTER', params: { chars: 'ö' } },
    ]);
  });

  it('matches exactly: other accented letters are fine', () => {
    expect(codes(policy, 'æøéüaoAO', nobody)).toEqual([]);
  });
});

describe('name parts', () => {
  const policy = { ...loose, forbidNameParts: true };

  it('finds given name and surname case-insensitively', () => {
    expect(checkPassword(policy, 'JOHANSSON-2026', sara).reasons).toEqual([
      { code: 'CONTAINS_NAME', params: { part: 'Johansson' } },
    ]);
    expect(checkPassword(policy, 'xxsaraxx', sara).reasons).toEqual([
      { code: 'CONTAINS_NAME', params: { part: 'Sara' } },
    ]);
  });

  it('is diacritics-insensitive in both directions', () => {
    expect(codes(policy, 'Jöhånsson!', sara)).toEqual(['CONTAINS_NAME']);
    const asa = { givenName: 'Åsa', surname: 'Øberg', username: 'ÖBÅA' };
    expect(checkPassword(policy, 'asa-och-oberg', asa).reasons).toEqual([
      { code: 'CONTAINS_NAME', params: { part: 'Åsa' } },
      { code: 'CONTAINS_NAME', params: { part: 'Øberg' } },
    ]);
    const aesa = { givenName: 'Æsa', surname: 'Lind', username: 'x' };
    expect(codes(policy, 'AESA', aesa)).toEqual(['CONTAINS_NAME']);
    expect(codes(policy, 'Æsa', aesa)).toEqual(['CONTAINS_NAME']);
  });

  it('ignores parts shorter than 3 characters', () => {
    const bo = { givenName: 'Bo', surname: 'Ek', username: 'boek' };
    expect(codes(policy, 'Bo-Ek-rocks', bo)).toEqual([]);
    const li = { givenName: 'Li', surname: 'Åsa-Bo', username: 'zz' };
    expect(checkPassword(policy, 'bo-asa', li).reasons).toEqual([
      { code: 'CONTAINS_NAME', params: { part: 'Åsa' } },
    ]);
  });

  it('splits double names', () => {
    const ak = { givenName: 'Anna-Karin', surname: 'Berg Johansson', username: 'x' };
    expect(checkPassword(policy, 'karin+berg', ak).reasons).toEqual([
      { code: 'CONTAINS_NAME', params: { part: 'Karin' } },
      { code: 'CONTAINS_NAME', params: { part: 'Berg' } },
    ]);
  });

  it('checks the username as a whole and per part, without duplicating name hits', () => {
    expect(checkPassword(policy, 'my-josa9804!', sara).reasons).toEqual([
      { code: 'CONTAINS_USERNAME', params: { part: 'JOSA9804' } },
    ]);
    const dotted = { givenName: 'Sara', surname: 'Lind', username: 'sara.lindqvist' };
    expect(checkPassword(policy, 'SARA.LINDQVIST', dotted).reasons).toEqual([
      { code: 'CONTAINS_NAME', params: { part: 'Sara' } },
      { code: 'CONTAINS_NAME', params: { part: 'Lind' } },
      { code: 'CONTAINS_USERNAME', params: { part: 'sara.lindqvist' } },
      { code: 'CONTAINS_USERNAME', params: { part: 'lindqvist' } },
    ]);
  });

  it('is off when the policy does not forbid name parts', () => {
    expect(codes(loose, 'Johansson', sara)).toEqual([]);
  });
});

describe('seed 004 (Burlöv/Kävlinge/Staffanstorp)', () => {
  const p = PASSWORD_POLICY_SEED_004;

  it('has the seed values', () => {
    expect(p).toMatchObject({
      minLength: 8,
      requiredClasses: 3,
      maxAgeDays: 90,
      lockoutThreshold: 3,
      forbidNameParts: false,
    });
    expect(validatePasswordPolicy(p)).toEqual({ ok: true, policy: p });
  });

  it.each([
    ['Sommar26', []],
    ['sommar2026', ['TOO_FEW_CLASSES']],
    ['Som26', ['TOO_SHORT']],
    ['Sara-Johansson1', []], // names allowed in this preset
    ['Blåbär!x', []], // å/ä allowed
  ])('%j → %j', (pw, expected) => {
    expect(codes(p, pw)).toEqual(expected);
  });

  it('expires after 90 days, without a reminder', () => {
    const changedAt = new Date('2026-01-10T08:00:00Z');
    expect(passwordExpiresAt(p, changedAt)?.toISOString()).toBe('2026-04-10T08:00:00.000Z');
    expect(passwordExpiryReminderAt(p, changedAt)).toBeNull();
  });

  it('locks after 3 failed logins', () => {
    const last = new Date('2026-01-10T08:00:00Z');
    const now = new Date('2026-01-10T08:05:00Z');
    expect(lockoutStatus(p, { consecutiveFailures: 2, lastFailureAt: last }, now)).toEqual({
      kind: 'NOT_LOCKED',
    });
    expect(lockoutStatus(p, { consecutiveFailures: 3, lastFailureAt: last }, now)).toEqual({
      kind: 'LOCKED_UNTIL',
      until: new Date('2026-01-10T08:30:00Z'),
    });
  });
});

describe('seed 001 (Kristinehamn)', () => {
  const p = PASSWORD_POLICY_SEED_001;

  it('has the seed values', () => {
    expect(p).toMatchObject({
      minLength: 12,
      requiredClasses: 3,
      forbiddenCharacters: 'åäöÅÄÖ',
      forbidNameParts: true,
      expiryReminderDays: 5,
    });
    expect(validatePasswordPolicy(p)).toEqual({ ok: true, policy: p });
  });

  it.each([
    ['Vinterkvall-26', []],
    ['Vinterkväll-26', ['FORBIDDEN_CHARACTER']],
    ['Sommar2026!', ['TOO_SHORT']],
    ['vinterkvall-26', []], // lower + digit + symbol = 3 classes
    ['vinterkvallen26', ['TOO_FEW_CLASSES']],
    ['Johansson-2026', ['CONTAINS_NAME']],
    ['Jöhansson-2026', ['FORBIDDEN_CHARACTER', 'CONTAINS_NAME']],
    ['sara', ['TOO_SHORT', 'TOO_FEW_CLASSES', 'CONTAINS_NAME']],
  ])('%j → %j', (pw, expected) => {
    expect(codes(p, pw)).toEqual(expected);
  });

  it('sends the reminder five days before expiry', () => {
    const changedAt = new Date('2026-01-10T08:00:00Z');
    expect(passwordExpiresAt(p, changedAt)?.toISOString()).toBe('2026-04-10T08:00:00.000Z');
    expect(passwordExpiryReminderAt(p, changedAt)?.toISOString()).toBe('2026-04-05T08:00:00.000Z');
  });
});

describe('expiry', () => {
  const changedAt = new Date('2026-03-01T12:00:00Z');
  const p = { ...loose, maxAgeDays: 30 };

  it('expires exactly maxAgeDays × 24 h after the change', () => {
    expect(passwordExpiresAt(p, changedAt)?.toISOString()).toBe('2026-03-31T12:00:00.000Z');
    expect(isPasswordExpired(p, changedAt, new Date('2026-03-31T11:59:59.999Z'))).toBe(false);
    expect(isPasswordExpired(p, changedAt, new Date('2026-03-31T12:00:00Z'))).toBe(true);
  });

  it('never expires when maxAgeDays is null', () => {
    expect(passwordExpiresAt(loose, changedAt)).toBeNull();
    expect(isPasswordExpired(loose, changedAt, new Date('2100-01-01T00:00:00Z'))).toBe(false);
    expect(passwordExpiryReminderAt({ ...loose, expiryReminderDays: 5 }, changedAt)).toBeNull();
  });
});

describe('lockoutStatus', () => {
  const last = new Date('2026-01-10T08:00:00Z');
  it('never locks with threshold 0', () => {
    expect(lockoutStatus(loose, { consecutiveFailures: 99, lastFailureAt: last }, last)).toEqual({
      kind: 'NOT_LOCKED',
    });
  });
  it('locks until unlocked when lockoutMinutes is 0', () => {
    const p = { ...loose, lockoutThreshold: 3, lockoutMinutes: 0 };
    expect(lockoutStatus(p, { consecutiveFailures: 3, lastFailureAt: last }, last)).toEqual({
      kind: 'LOCKED_UNTIL_UNLOCKED',
    });
  });
  it('a timed lockout ends at lastFailureAt + lockoutMinutes', () => {
    const p = { ...loose, lockoutThreshold: 3, lockoutMinutes: 15 };
    const f = { consecutiveFailures: 4, lastFailureAt: last };
    expect(lockoutStatus(p, f, new Date('2026-01-10T08:14:59Z')).kind).toBe('LOCKED_UNTIL');
    expect(lockoutStatus(p, f, new Date('2026-01-10T08:15:00Z')).kind).toBe('NOT_LOCKED');
  });
});

describe('validatePasswordPolicy', () => {
  const valid = { ...PASSWORD_POLICY_SEED_001 };

  it('rejects non-objects', () => {
    for (const input of [null, 'x', 3, []]) {
      expect(validatePasswordPolicy(input)).toEqual({
        ok: false,
        reasons: [{ code: 'NOT_AN_OBJECT' }],
      });
    }
  });

  it('fills in an absent expiryReminderDays as null', () => {
    const { expiryReminderDays: _omit, ...rest } = valid;
    expect(validatePasswordPolicy(rest)).toEqual({
      ok: true,
      policy: { ...rest, expiryReminderDays: null },
    });
  });

  it('reports missing fields and unknown fields', () => {
    expect(validatePasswordPolicy({ minLength: 8, colour: 'blue' })).toEqual({
      ok: false,
      reasons: [
        { code: 'UNKNOWN_FIELD', params: { field: 'colour' } },
        { code: 'MISSING_FIELD', params: { field: 'requiredClasses' } },
        { code: 'MISSING_FIELD', params: { field: 'forbiddenCharacters' } },
        { code: 'MISSING_FIELD', params: { field: 'forbidNameParts' } },
        { code: 'MISSING_FIELD', params: { field: 'maxAgeDays' } },
        { code: 'MISSING_FIELD', params: { field: 'historyCount' } },
        { code: 'MISSING_FIELD', params: { field: 'lockoutThreshold' } },
        { code: 'MISSING_FIELD', params: { field: 'lockoutMinutes' } },
      ],
    });
  });

  it('reports wrong types', () => {
    const result = validatePasswordPolicy({
      ...valid,
      minLength: '12',
      requiredClasses: 2.5,
      forbiddenCharacters: ['å'],
      forbidNameParts: 'yes',
      maxAgeDays: '90',
    });
    expect(!result.ok && result.reasons).toEqual([
      { code: 'WRONG_TYPE', params: { field: 'minLength', expected: 'INTEGER' } },
      { code: 'WRONG_TYPE', params: { field: 'requiredClasses', expected: 'INTEGER' } },
      { code: 'WRONG_TYPE', params: { field: 'forbiddenCharacters', expected: 'STRING' } },
      { code: 'WRONG_TYPE', params: { field: 'forbidNameParts', expected: 'BOOLEAN' } },
      { code: 'WRONG_TYPE', params: { field: 'maxAgeDays', expected: 'INTEGER_OR_NULL' } },
    ]);
  });

  it.each([
    ['minLength', 0, 1, PASSWORD_MAX_LENGTH],
    ['minLength', PASSWORD_MAX_LENGTH + 1, 1, PASSWORD_MAX_LENGTH],
    ['requiredClasses', 5, 0, 4],
    ['requiredClasses', -1, 0, 4],
    ['maxAgeDays', 0, 1, 3650],
    ['historyCount', -1, 0, 50],
    ['lockoutThreshold', 101, 0, 100],
    ['lockoutMinutes', -5, 0, 10080],
    ['expiryReminderDays', 0, 1, 365],
  ])('%s = %s is OUT_OF_RANGE [%s, %s]', (field, value, min, max) => {
    const result = validatePasswordPolicy({ ...valid, [field]: value });
    expect(!result.ok && result.reasons).toEqual([
      { code: 'OUT_OF_RANGE', params: { field, min, max } },
    ]);
  });

  it('rejects unsatisfiable or inconsistent combinations', () => {
    expect(validatePasswordPolicy({ ...valid, minLength: 2, requiredClasses: 3 })).toEqual({
      ok: false,
      reasons: [
        {
          code: 'REQUIRED_CLASSES_EXCEED_MIN_LENGTH',
          params: { requiredClasses: 3, minLength: 2 },
        },
      ],
    });
    expect(validatePasswordPolicy({ ...valid, maxAgeDays: null })).toEqual({
      ok: false,
      reasons: [{ code: 'REMINDER_WITHOUT_EXPIRY' }],
    });
    expect(validatePasswordPolicy({ ...valid, maxAgeDays: 5 })).toEqual({
      ok: false,
      reasons: [
        { code: 'REMINDER_NOT_BEFORE_EXPIRY', params: { expiryReminderDays: 5, maxAgeDays: 5 } },
      ],
    });
    expect(validatePasswordPolicy({ ...valid, forbiddenCharacters: 'x'.repeat(101) }).ok).toBe(
      false,
    );
  });
});

describe('properties', () => {
  const policyArb: fc.Arbitrary<PasswordPolicy> = fc
    .record({
      minLength: fc.integer({ min: 4, max: 20 }),
      requiredClasses: fc.integer({ min: 0, max: 4 }),
      forbiddenCharacters: fc.constantFrom('', 'åäöÅÄÖ', 'xyz'),
      forbidNameParts: fc.boolean(),
    })
    .map((p) => ({ ...loose, ...p }));
  const passwordArb = fc.oneof(
    fc.string({ unit: 'grapheme', maxLength: 30 }),
    fc.stringMatching(/^[a-zA-Z0-9!#åäöxyz]{0,30}$/),
  );
  const ownerArb = fc.record({
    givenName: fc.constantFrom('Sara', 'Bo', 'Åsa', 'Anna-Karin', ''),
    surname: fc.constantFrom('Johansson', 'Ek', 'Øberg', 'Berg Lind'),
    username: fc.constantFrom('JOSA9804', 'sara.johansson', ''),
  });

  it('a password that passes meets every rule of the policy', () => {
    fc.assert(
      fc.property(policyArb, passwordArb, ownerArb, (policy, pw, owner) => {
        const result = checkPassword(policy, pw, owner);
        expect(result.ok).toBe(result.reasons.length === 0);
        if (!result.ok) return;
        const normalized = normalizePassword(pw);
        expect(codePointLength(normalized)).toBeGreaterThanOrEqual(policy.minLength);
        expect(characterClasses(normalized).size).toBeGreaterThanOrEqual(policy.requiredClasses);
        for (const ch of policy.forbiddenCharacters) expect(normalized.includes(ch)).toBe(false);
      }),
      { numRuns: 300 },
    );
  });

  it('adding a name part (any casing) always fails when names are forbidden', () => {
    fc.assert(
      fc.property(policyArb, passwordArb, fc.boolean(), (policy, pw, upper) => {
        const name = upper ? 'JOHANSSON' : 'johansson';
        const result = checkPassword({ ...policy, forbidNameParts: true }, pw + name, sara);
        expect(result.reasons).toContainEqual({
          code: 'CONTAINS_NAME',
          params: { part: 'Johansson' },
        });
      }),
      { numRuns: 200 },
    );
  });

  it('never throws on arbitrary input', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary' }), fc.string({ unit: 'binary' }), (pw, name) => {
        checkPassword(PASSWORD_POLICY_SEED_001, pw, {
          givenName: name,
          surname: name,
          username: name,
        });
      }),
      { numRuns: 200 },
    );
  });
});

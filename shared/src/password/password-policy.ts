/**
 * Per-tenant password policy: the data, the seed presets, and the pure checks.
 *
 * Passwords are judged in NFC and measured in Unicode code points. The server should
 * hash `normalizePassword(password)` so that the same visible password typed on
 * different keyboards (precomposed ä vs a + combining diaeresis) always matches.
 */
import { foldToLatinLower } from '../people/transliterate.js';
import { codePointLength } from '../validation/text.js';

/** Hard upper bound on password length (code points), independent of the tenant. */
export const PASSWORD_MAX_LENGTH = 128;

export const CHARACTER_CLASSES = ['LOWER', 'UPPER', 'DIGIT', 'SYMBOL'] as const;
export type CharacterClass = (typeof CHARACTER_CLASSES)[number];

export interface PasswordPolicy {
  /** Minimum length in code points. */
  readonly minLength: number;
  /** How many of the four character classes (lower, upper, digit, symbol) are required. */
  readonly requiredClasses: number;
  /** Characters that may not appear, matched exactly per code point (list both cases). */
  readonly forbiddenCharacters: string;
  /** Reject passwords containing the user's given name, surname or username (≥ 3 chars). */
  readonly forbidNameParts: boolean;
  /** Days until a password must be changed; null = never expires. */
  readonly maxAgeDays: number | null;
  /** How many previous passwords may not be reused (the server compares hashes). */
  readonly historyCount: number;
  /** Consecutive failed logins that lock the account; 0 = never lock. */
  readonly lockoutThreshold: number;
  /** How long a lockout lasts; 0 = until an administrator unlocks (as in Active Directory). */
  readonly lockoutMinutes: number;
  /** Days before expiry to send a reminder (e.g. SMS); null or absent = no reminder. */
  readonly expiryReminderDays?: number | null;
}

/**
 * Seed 004 (Burlöv, Kävlinge, Staffanstorp): at least 8 characters, mixed character
 * classes (3 of 4), changed every 90 days, 3 failed logins lock the account.
 * Not stated in the seed, chosen as conventional values: historyCount 5, lockoutMinutes 30.
 */
export const PASSWORD_POLICY_SEED_004: PasswordPolicy = {
  minLength: 8,
  requiredClasses: 3,
  forbiddenCharacters: '',
  forbidNameParts: false,
  maxAgeDays: 90,
  historyCount: 5,
  lockoutThreshold: 3,
  lockoutMinutes: 30,
  expiryReminderDays: null,
};

/**
 * Seed 001 (Kristinehamn): at least 12 characters, 3 of 4 classes, no å/ä/ö, must not
 * contain your name, expiry reminder by SMS five days before the password expires.
 * Not stated in the seed, chosen as conventional values: maxAgeDays 90 (the reminder
 * implies that passwords do expire), historyCount 5, lockoutThreshold 5, lockoutMinutes 30.
 */
export const PASSWORD_POLICY_SEED_001: PasswordPolicy = {
  minLength: 12,
  requiredClasses: 3,
  forbiddenCharacters: 'åäöÅÄÖ',
  forbidNameParts: true,
  maxAgeDays: 90,
  historyCount: 5,
  lockoutThreshold: 5,
  lockoutMinutes: 30,
  expiryReminderDays: 5,
};

export interface PasswordOwner {
  readonly givenName: string;
  readonly surname: string;
  readonly username: string;
}

export type PasswordReason =
  | {
      readonly code: 'TOO_SHORT';
      readonly params: { readonly min: number; readonly length: number };
    }
  | {
      readonly code: 'TOO_LONG';
      readonly params: { readonly max: number; readonly length: number };
    }
  | {
      readonly code: 'TOO_FEW_CLASSES';
      readonly params: {
        readonly required: number;
        readonly found: number;
        readonly missing: readonly CharacterClass[];
      };
    }
  | {
      readonly code: 'FORBIDDEN_CHARACTER';
      /** The distinct forbidden characters found, in order of first appearance. */
      readonly params: { readonly chars: string };
    }
  /** A control character or an unpaired surrogate: nothing a keyboard produces. */
  | { readonly code: 'INVALID_CHARACTER' }
  | {
      readonly code: 'CONTAINS_NAME';
      /** The name part as written in the person's name. */
      readonly params: { readonly part: string };
    }
  | { readonly code: 'CONTAINS_USERNAME'; readonly params: { readonly part: string } };

export type PasswordReasonCode = PasswordReason['code'];

export type PasswordCheck =
  | { readonly ok: true; readonly reasons: readonly [] }
  | { readonly ok: false; readonly reasons: readonly PasswordReason[] };

/** The form a password should be hashed and compared in. */
export function normalizePassword(password: string): string {
  return password.normalize('NFC');
}

/** Character classes present in `password`. Letters without case (e.g. CJK) count as none. */
export function characterClasses(password: string): Set<CharacterClass> {
  const found = new Set<CharacterClass>();
  for (const ch of password) {
    if (/\p{Ll}/u.test(ch)) found.add('LOWER');
    else if (/[\p{Lu}\p{Lt}]/u.test(ch)) found.add('UPPER');
    else if (/\p{Nd}/u.test(ch)) found.add('DIGIT');
    else if (!/[\p{L}\p{M}\p{Cc}\p{Cs}]/u.test(ch)) found.add('SYMBOL'); // punctuation, space, €, emoji…
  }
  return found;
}

/** Name parts shorter than this (in code points) are ignored by the name check. */
export const PASSWORD_MIN_NAME_PART_LENGTH = 3;

/** Name parts long enough to check, split at anything that is not a letter or digit. */
function nameParts(name: string): string[] {
  return name
    .normalize('NFC')
    .split(/[^\p{L}\p{N}\p{M}]+/u)
    .filter((part) => codePointLength(part) >= PASSWORD_MIN_NAME_PART_LENGTH);
}

/**
 * Judges a password against a policy. All rules are evaluated and every failure is
 * reported (one CONTAINS_NAME / CONTAINS_USERNAME per matched part), so the UI can show
 * the complete list at once. The name check (when the policy asks for it) is
 * case-insensitive and diacritics-insensitive ("Jöhansson" contains "Johansson") and
 * ignores name parts shorter than 3 characters. The username is checked as a whole and
 * per part (`sara.johansson` → "sara", "johansson").
 */
export function checkPassword(
  policy: PasswordPolicy,
  password: string,
  owner: PasswordOwner,
): PasswordCheck {
  const pw = normalizePassword(password);
  const reasons: PasswordReason[] = [];
  const length = codePointLength(pw);

  if (length < policy.minLength) {
    reasons.push({ code: 'TOO_SHORT', params: { min: policy.minLength, length } });
  }
  if (length > PASSWORD_MAX_LENGTH) {
    reasons.push({ code: 'TOO_LONG', params: { max: PASSWORD_MAX_LENGTH, length } });
  }
  if (/[\p{Cc}\p{Cs}]/u.test(pw)) reasons.push({ code: 'INVALID_CHARACTER' });

  const classes = characterClasses(pw);
  if (classes.size < policy.requiredClasses) {
    reasons.push({
      code: 'TOO_FEW_CLASSES',
      params: {
        required: policy.requiredClasses,
        found: classes.size,
        missing: CHARACTER_CLASSES.filter((c) => !classes.has(c)),
      },
    });
  }

  const forbidden = new Set(policy.forbiddenCharacters.normalize('NFC'));
  const found: string[] = [];
  for (const ch of pw) if (forbidden.has(ch) && !found.includes(ch)) found.push(ch);
  if (found.length > 0)
    reasons.push({ code: 'FORBIDDEN_CHARACTER', params: { chars: found.join('') } });

  if (policy.forbidNameParts) {
    const folded = foldToLatinLower(pw);
    const seen = new Set<string>();
    const candidates: { code: 'CONTAINS_NAME' | 'CONTAINS_USERNAME'; part: string }[] = [
      ...nameParts(owner.givenName).map((part) => ({ code: 'CONTAINS_NAME' as const, part })),
      ...nameParts(owner.surname).map((part) => ({ code: 'CONTAINS_NAME' as const, part })),
      ...[owner.username.normalize('NFC').trim(), ...nameParts(owner.username)]
        .filter((part) => codePointLength(part) >= PASSWORD_MIN_NAME_PART_LENGTH)
        .map((part) => ({ code: 'CONTAINS_USERNAME' as const, part })),
    ];
    for (const { code, part } of candidates) {
      const key = foldToLatinLower(part);
      if (key.length === 0 || seen.has(key)) continue;
      seen.add(key);
      if (folded.includes(key)) reasons.push({ code, params: { part } });
    }
  }

  return reasons.length === 0 ? { ok: true, reasons: [] } : { ok: false, reasons };
}

const DAY_MS = 24 * 60 * 60 * 1000;
const MINUTE_MS = 60 * 1000;

/** When a password changed at `changedAt` expires (24-hour days), or null if it never does. */
export function passwordExpiresAt(policy: PasswordPolicy, changedAt: Date): Date | null {
  if (policy.maxAgeDays === null) return null;
  return new Date(changedAt.getTime() + policy.maxAgeDays * DAY_MS);
}

/** True from the expiry instant onwards. */
export function isPasswordExpired(policy: PasswordPolicy, changedAt: Date, now: Date): boolean {
  const expiresAt = passwordExpiresAt(policy, changedAt);
  return expiresAt !== null && now.getTime() >= expiresAt.getTime();
}

/** When to send the expiry reminder, or null when the policy has no expiry or no reminder. */
export function passwordExpiryReminderAt(policy: PasswordPolicy, changedAt: Date): Date | null {
  const expiresAt = passwordExpiresAt(policy, changedAt);
  const days = policy.expiryReminderDays ?? null;
  if (expiresAt === null || days === null) return null;
  return new Date(expiresAt.getTime() - days * DAY_MS);
}

export type LockoutStatus =
  | { readonly kind: 'NOT_LOCKED' }
  | { readonly kind: 'LOCKED_UNTIL'; readonly until: Date }
  | { readonly kind: 'LOCKED_UNTIL_UNLOCKED' };

/**
 * Lockout after `consecutiveFailures` failed logins, the last at `lastFailureAt`.
 * A timed lockout ends at lastFailureAt + lockoutMinutes (exclusive).
 */
export function lockoutStatus(
  policy: PasswordPolicy,
  failures: { readonly consecutiveFailures: number; readonly lastFailureAt: Date | null },
  now: Date,
): LockoutStatus {
  if (policy.lockoutThreshold <= 0 || failures.consecutiveFailures < policy.lockoutThreshold) {
    return { kind: 'NOT_LOCKED' };
  }
  if (policy.lockoutMinutes === 0) return { kind: 'LOCKED_UNTIL_UNLOCKED' };
  if (failures.lastFailureAt === null) return { kind: 'NOT_LOCKED' };
  const until = new Date(failures.lastFailureAt.getTime() + policy.lockoutMinutes * MINUTE_MS);
  return now.getTime() < until.getTime() ? { kind: 'LOCKED_UNTIL', until } : { kind: 'NOT_LOCKED' };
}

// ---------------------------------------------------------------------------------------
// Validation of policy data (tenant settings)

type IntegerField =
  'minLength' | 'requiredClasses' | 'historyCount' | 'lockoutThreshold' | 'lockoutMinutes';

/** Allowed ranges (inclusive) of the numeric fields. */
export const PASSWORD_POLICY_LIMITS = {
  minLength: { min: 1, max: PASSWORD_MAX_LENGTH },
  requiredClasses: { min: 0, max: 4 },
  maxAgeDays: { min: 1, max: 3650 },
  historyCount: { min: 0, max: 50 },
  lockoutThreshold: { min: 0, max: 100 },
  lockoutMinutes: { min: 0, max: 7 * 24 * 60 },
  expiryReminderDays: { min: 1, max: 365 },
  forbiddenCharacters: { maxLength: 100 },
} as const;

export type PasswordPolicyReason =
  | { readonly code: 'NOT_AN_OBJECT' }
  | { readonly code: 'UNKNOWN_FIELD'; readonly params: { readonly field: string } }
  | { readonly code: 'MISSING_FIELD'; readonly params: { readonly field: string } }
  | {
      readonly code: 'WRONG_TYPE';
      readonly params: {
        readonly field: string;
        readonly expected: 'INTEGER' | 'INTEGER_OR_NULL' | 'BOOLEAN' | 'STRING';
      };
    }
  | {
      readonly code: 'OUT_OF_RANGE';
      readonly params: { readonly field: string; readonly min: number; readonly max: number };
    }
  | {
      readonly code: 'REQUIRED_CLASSES_EXCEED_MIN_LENGTH';
      readonly params: { readonly requiredClasses: number; readonly minLength: number };
    }
  | { readonly code: 'REMINDER_WITHOUT_EXPIRY' }
  | {
      readonly code: 'REMINDER_NOT_BEFORE_EXPIRY';
      readonly params: { readonly expiryReminderDays: number; readonly maxAgeDays: number };
    };

export type PasswordPolicyValidation =
  | { readonly ok: true; readonly policy: PasswordPolicy }
  | { readonly ok: false; readonly reasons: readonly PasswordPolicyReason[] };

const POLICY_FIELDS = [
  'minLength',
  'requiredClasses',
  'forbiddenCharacters',
  'forbidNameParts',
  'maxAgeDays',
  'historyCount',
  'lockoutThreshold',
  'lockoutMinutes',
  'expiryReminderDays',
] as const;

/**
 * Validates untrusted policy data. All fields are required except `expiryReminderDays`
 * (absent = null). Returns the policy (with `expiryReminderDays` filled in) or every
 * problem found.
 */
export function validatePasswordPolicy(input: unknown): PasswordPolicyValidation {
  if (typeof input !== 'object' || input === null || Array.isArray(input)) {
    return { ok: false, reasons: [{ code: 'NOT_AN_OBJECT' }] };
  }
  const data = input as Record<string, unknown>;
  const reasons: PasswordPolicyReason[] = [];
  for (const key of Object.keys(data)) {
    if (!(POLICY_FIELDS as readonly string[]).includes(key)) {
      reasons.push({ code: 'UNKNOWN_FIELD', params: { field: key } });
    }
  }

  const integer = (field: IntegerField): number | undefined => {
    const value = data[field];
    if (value === undefined) {
      reasons.push({ code: 'MISSING_FIELD', params: { field } });
      return undefined;
    }
    if (typeof value !== 'number' || !Number.isInteger(value)) {
      reasons.push({ code: 'WRONG_TYPE', params: { field, expected: 'INTEGER' } });
      return undefined;
    }
    const { min, max } = PASSWORD_POLICY_LIMITS[field];
    if (value < min || value > max) {
      reasons.push({ code: 'OUT_OF_RANGE', params: { field, min, max } });
      return undefined;
    }
    return value;
  };

  const integerOrNull = (
    field: 'maxAgeDays' | 'expiryReminderDays',
    optional: boolean,
  ): number | null | undefined => {
    const value = data[field];
    if (value === undefined && optional) return null;
    if (value === undefined) {
      reasons.push({ code: 'MISSING_FIELD', params: { field } });
      return undefined;
    }
    if (value === null) return null;
    if (typeof value !== 'number' || !Number.isInteger(value)) {
      reasons.push({ code: 'WRONG_TYPE', params: { field, expected: 'INTEGER_OR_NULL' } });
      return undefined;
    }
    const { min, max } = PASSWORD_POLICY_LIMITS[field];
    if (value < min || value > max) {
      reasons.push({ code: 'OUT_OF_RANGE', params: { field, min, max } });
      return undefined;
    }
    return value;
  };

  const minLength = integer('minLength');
  const requiredClasses = integer('requiredClasses');

  let forbiddenCharacters: string | undefined;
  const fc = data.forbiddenCharacters;
  if (fc === undefined) {
    reasons.push({ code: 'MISSING_FIELD', params: { field: 'forbiddenCharacters' } });
  } else if (typeof fc !== 'string') {
    reasons.push({
      code: 'WRONG_TYPE',
      params: { field: 'forbiddenCharacters', expected: 'STRING' },
    });
  } else if (codePointLength(fc) > PASSWORD_POLICY_LIMITS.forbiddenCharacters.maxLength) {
    reasons.push({
      code: 'OUT_OF_RANGE',
      params: {
        field: 'forbiddenCharacters',
        min: 0,
        max: PASSWORD_POLICY_LIMITS.forbiddenCharacters.maxLength,
      },
    });
  } else {
    forbiddenCharacters = fc;
  }

  let forbidNameParts: boolean | undefined;
  const fnp = data.forbidNameParts;
  if (fnp === undefined) {
    reasons.push({ code: 'MISSING_FIELD', params: { field: 'forbidNameParts' } });
  } else if (typeof fnp !== 'boolean') {
    reasons.push({ code: 'WRONG_TYPE', params: { field: 'forbidNameParts', expected: 'BOOLEAN' } });
  } else {
    forbidNameParts = fnp;
  }

  const maxAgeDays = integerOrNull('maxAgeDays', false);
  const historyCount = integer('historyCount');
  const lockoutThreshold = integer('lockoutThreshold');
  const lockoutMinutes = integer('lockoutMinutes');
  const expiryReminderDays = integerOrNull('expiryReminderDays', true);

  if (minLength !== undefined && requiredClasses !== undefined && requiredClasses > minLength) {
    reasons.push({
      code: 'REQUIRED_CLASSES_EXCEED_MIN_LENGTH',
      params: { requiredClasses, minLength },
    });
  }
  if (typeof expiryReminderDays === 'number' && maxAgeDays === null) {
    reasons.push({ code: 'REMINDER_WITHOUT_EXPIRY' });
  }
  if (
    typeof expiryReminderDays === 'number' &&
    typeof maxAgeDays === 'number' &&
    expiryReminderDays >= maxAgeDays
  ) {
    reasons.push({
      code: 'REMINDER_NOT_BEFORE_EXPIRY',
      params: { expiryReminderDays, maxAgeDays },
    });
  }

  if (
    reasons.length > 0 ||
    minLength === undefined ||
    requiredClasses === undefined ||
    forbiddenCharacters === undefined ||
    forbidNameParts === undefined ||
    maxAgeDays === undefined ||
    historyCount === undefined ||
    lockoutThreshold === undefined ||
    lockoutMinutes === undefined ||
    expiryReminderDays === undefined
  ) {
    return { ok: false, reasons };
  }
  return {
    ok: true,
    policy: {
      minLength,
      requiredClasses,
      forbiddenCharacters,
      forbidNameParts,
      maxAgeDays,
      historyCount,
      lockoutThreshold,
      lockoutMinutes,
      expiryReminderDays,
    },
  };
}

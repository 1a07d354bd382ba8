/** Where an asset is in its life; RETIRED is what the register has long called inactive. */
export const ASSET_STATUSES = ['ORDERED', 'IN_STOCK', 'IN_USE', 'IN_REPAIR', 'RETIRED'] as const;
export type AssetStatus = (typeof ASSET_STATUSES)[number];

/**
 * The moves an agent may make. An ordered asset has not arrived, so it cannot be in repair;
 * a retired asset can only come back into stock (reactivation), never straight into use.
 */
const NEXT: Record<AssetStatus, readonly AssetStatus[]> = {
  ORDERED: ['IN_STOCK', 'IN_USE', 'RETIRED'],
  IN_STOCK: ['IN_USE', 'IN_REPAIR', 'RETIRED'],
  IN_USE: ['IN_STOCK', 'IN_REPAIR', 'RETIRED'],
  IN_REPAIR: ['IN_STOCK', 'IN_USE', 'RETIRED'],
  RETIRED: ['IN_STOCK'],
};

export function allowedAssetTransitions(from: AssetStatus): readonly AssetStatus[] {
  return NEXT[from];
}

/** Staying put is always allowed (an edit that does not touch the status). */
export function mayMoveAsset(from: AssetStatus, to: AssetStatus): boolean {
  return from === to || NEXT[from].includes(to);
}

/** Only retired assets are inactive: they cannot be named on new tickets. */
export function assetStatusIsActive(status: AssetStatus): boolean {
  return status !== 'RETIRED';
}

export const CURRENCIES = ['SEK', 'NOK'] as const;
export type Currency = (typeof CURRENCIES)[number];

/** Money is kept in öre/øre; the municipality's country decides the currency. */
export function currencyForCountry(country: string): Currency {
  return country.toUpperCase() === 'NO' ? 'NOK' : 'SEK';
}

/** Largest price accepted (10 million kronor), well inside a 32-bit integer of öre. */
export const ASSET_PRICE_MAX_MINOR = 1_000_000_000;

export type PriceResult =
  { ok: true; minor: number } | { ok: false; code: 'NEGATIVE' | 'TOO_LARGE' | 'INVALID' };

/** A price in öre: a whole, non-negative number no larger than the maximum. */
export function validatePriceMinor(minor: number): PriceResult {
  if (!Number.isInteger(minor)) return { ok: false, code: 'INVALID' };
  if (minor < 0) return { ok: false, code: 'NEGATIVE' };
  if (minor > ASSET_PRICE_MAX_MINOR) return { ok: false, code: 'TOO_LARGE' };
  return { ok: true, minor };
}

const DATE_PATTERN = /^(\d{4})-(\d{2})-(\d{2})$/;

/** A calendar date as YYYY-MM-DD that exists (no 2026-02-30). */
export function isCalendarDate(raw: string): boolean {
  const m = DATE_PATTERN.exec(raw);
  if (!m) return false;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  if (mo < 1 || mo > 12 || d < 1) return false;
  const leap = (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0;
  const days = [31, leap ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][mo - 1] ?? 0;
  return d <= days;
}

const AMOUNT_PATTERN = /^(\d+)(?:[.,](\d{1,2}))?$/;

/**
 * What people type as a price in kronor ("12 499", "12499,50", "12499.5") in öre/øre;
 * null when it is not such an amount. Never goes through floating point.
 */
export function parseKronor(raw: string): number | null {
  const m = AMOUNT_PATTERN.exec(raw.replace(/[\s\u00a0]/g, ''));
  if (!m) return null;
  const whole = Number(m[1]);
  const fraction = Number((m[2] ?? '').padEnd(2, '0'));
  const minor = whole * 100 + fraction;
  return Number.isSafeInteger(minor) ? minor : null;
}

/** Öre/øre as kronor with two decimals and a comma ("12499,50"), for forms and CSV. */
export function formatKronor(minor: number): string {
  const sign = minor < 0 ? '-' : '';
  const abs = Math.abs(minor);
  return `${sign}${Math.floor(abs / 100)},${String(abs % 100).padStart(2, '0')}`;
}

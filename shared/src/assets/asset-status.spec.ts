import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  ASSET_STATUSES,
  allowedAssetTransitions,
  assetStatusIsActive,
  currencyForCountry,
  formatKronor,
  isCalendarDate,
  mayMoveAsset,
  parseKronor,
  validatePriceMinor,
} from './asset-status.js';

describe('asset status', () => {
  it('allows the everyday moves', () => {
    expect(mayMoveAsset('ORDERED', 'IN_STOCK')).toBe(true);
    expect(mayMoveAsset('IN_STOCK', 'IN_USE')).toBe(true);
    expect(mayMoveAsset('IN_USE', 'IN_REPAIR')).toBe(true);
    expect(mayMoveAsset('IN_REPAIR', 'IN_USE')).toBe(true);
    expect(mayMoveAsset('IN_USE', 'RETIRED')).toBe(true);
    expect(mayMoveAsset('RETIRED', 'IN_STOCK')).toBe(true);
  });

  it('refuses moves that make no sense', () => {
    expect(mayMoveAsset('ORDERED', 'IN_REPAIR')).toBe(false);
    expect(mayMoveAsset('RETIRED', 'IN_USE')).toBe(false);
    expect(mayMoveAsset('RETIRED', 'IN_REPAIR')).toBe(false);
    for (const s of ASSET_STATUSES) expect(mayMoveAsset(s, 'ORDERED')).toBe(s === 'ORDERED');
  });

  it('always allows staying put and never lists a status as its own next', () => {
    for (const s of ASSET_STATUSES) {
      expect(mayMoveAsset(s, s)).toBe(true);
      expect(allowedAssetTransitions(s)).not.toContain(s);
    }
  });

  it('treats only retired assets as inactive', () => {
    expect(ASSET_STATUSES.filter((s) => !assetStatusIsActive(s))).toEqual(['RETIRED']);
  });
});

describe('asset money and dates', () => {
  it('uses kronor of the municipality’s country', () => {
    expect(currencyForCountry('SE')).toBe('SEK');
    expect(currencyForCountry('no')).toBe('NOK');
  });

  it('accepts whole non-negative öre only', () => {
    expect(validatePriceMinor(1_299_00)).toEqual({ ok: true, minor: 129_900 });
    expect(validatePriceMinor(0)).toEqual({ ok: true, minor: 0 });
    expect(validatePriceMinor(-1)).toEqual({ ok: false, code: 'NEGATIVE' });
    expect(validatePriceMinor(1.5)).toEqual({ ok: false, code: 'INVALID' });
    expect(validatePriceMinor(1e12)).toEqual({ ok: false, code: 'TOO_LARGE' });
  });

  it('knows which calendar dates exist', () => {
    expect(isCalendarDate('2026-02-28')).toBe(true);
    expect(isCalendarDate('2028-02-29')).toBe(true);
    expect(isCalendarDate('2026-02-29')).toBe(false);
    expect(isCalendarDate('2026-13-01')).toBe(false);
    expect(isCalendarDate('26-01-01')).toBe(false);
    expect(isCalendarDate('2026-1-01')).toBe(false);
  });
});

describe('kronor in forms', () => {
  it('reads what people type', () => {
    expect(parseKronor('12 499')).toBe(1_249_900);
    expect(parseKronor('12499,5')).toBe(1_249_950);
    expect(parseKronor('0.07')).toBe(7);
    for (const raw of ['', '-5', '1,234', '12,499.00', 'abc', '1e3']) {
      expect(parseKronor(raw)).toBeNull();
    }
  });

  it('reads back exactly what it wrote, for every amount', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: Number.MAX_SAFE_INTEGER }), (minor) => {
        expect(parseKronor(formatKronor(minor))).toBe(minor);
      }),
    );
  });
});

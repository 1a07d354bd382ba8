import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { allocate, daysCharged, daysInMonth, monthCharge, nextMonth } from './chargeback.js';

describe('allocate', () => {
  it('divides by weights with the leftover öre to the largest remainders', () => {
    expect(allocate(100, [1, 1, 1])).toEqual([34, 33, 33]);
    expect(allocate(100_00, [60, 40])).toEqual([60_00, 40_00]);
    expect(allocate(1, [50, 50])).toEqual([1, 0]);
    expect(allocate(10, [0, 0])).toEqual([5, 5]);
    expect(allocate(-100, [1, 1, 1])).toEqual([-34, -33, -33]);
  });

  it('refuses what cannot be divided', () => {
    expect(() => allocate(1.5, [1])).toThrow(RangeError);
    expect(() => allocate(1, [])).toThrow(RangeError);
    expect(() => allocate(1, [-1, 2])).toThrow(RangeError);
  });

  it('always sums exactly to the total, each part within one öre of its exact share', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: -1_000_000_000_000, max: 1_000_000_000_000 }),
        fc.array(fc.integer({ min: 0, max: 10_000 }), { minLength: 1, maxLength: 12 }),
        (total, weights) => {
          const parts = allocate(total, weights);
          expect(parts.reduce((a, b) => a + b, 0)).toBe(total);
          const allZero = weights.every((w) => w === 0);
          const sum = allZero ? weights.length : weights.reduce((a, b) => a + b, 0);
          parts.forEach((p, i) => {
            const exact = (total * (allZero ? 1 : (weights[i] ?? 0))) / sum;
            expect(Math.abs(p - exact)).toBeLessThan(1 + 1e-6 * Math.abs(total));
          });
        },
      ),
    );
  });
});

describe('days charged', () => {
  it('counts the days of the month within the stretch', () => {
    expect(daysInMonth('2026-02')).toBe(28);
    expect(daysInMonth('2028-02')).toBe(29);
    expect(nextMonth('2026-12')).toBe('2027-01');
    expect(daysCharged('2026-11', '2026-11-11', null)).toBe(20);
    expect(daysCharged('2026-11', '2026-10-01', null)).toBe(30);
    expect(daysCharged('2026-11', '2026-12-01', null)).toBe(0);
    expect(daysCharged('2026-11', '2026-11-01', '2026-11-16')).toBe(15);
    expect(daysCharged('2026-11', '2026-11-30', '2026-11-30')).toBe(0);
  });
});

describe('month charge', () => {
  it('pro-rates by day and follows a transfer mid-month', () => {
    expect(monthCharge(300_00, '2026-11', [{ holder: 'A', from: '2026-11-11', to: null }])).toEqual(
      [{ holder: 'A', days: 20, amountMinor: 200_00 }],
    );
    expect(
      monthCharge(300_00, '2026-11', [
        { holder: 'A', from: '2026-10-01', to: '2026-11-16' },
        { holder: 'B', from: '2026-11-16', to: null },
      ]),
    ).toEqual([
      { holder: 'A', days: 15, amountMinor: 150_00 },
      { holder: 'B', days: 15, amountMinor: 150_00 },
    ]);
    expect(monthCharge(300_00, '2026-11', [{ holder: 'A', from: '2026-12-01', to: null }])).toEqual(
      [],
    );
  });

  it('never charges more than a month, and splits between holders without losing an öre', () => {
    const date = fc
      .integer({ min: 0, max: 120 })
      .map((d) => new Date(Date.UTC(2026, 9, 1 + d)).toISOString().slice(0, 10));
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 100_000_000 }),
        fc.array(date, { minLength: 1, maxLength: 6 }),
        (monthly, cuts) => {
          const sorted = [...cuts].sort();
          const segments = sorted.map((from, i) => ({
            holder: i,
            from,
            to: sorted[i + 1] ?? null,
          }));
          const parts = monthCharge(monthly, '2026-11', segments);
          const total = parts.reduce((a, p) => a + p.amountMinor, 0);
          const days = parts.reduce((a, p) => a + p.days, 0);
          expect(days).toBeLessThanOrEqual(30);
          expect(total).toBeLessThanOrEqual(monthly);
          expect(Math.abs(total * 30 - monthly * days)).toBeLessThanOrEqual(15);
          if (days === 30) expect(total).toBe(monthly);
        },
      ),
    );
  });
});

/**
 * Charge-back arithmetic, in whole öre/øre throughout: no floating point touches money.
 *
 * Charges are pro-rated by calendar day: an asset charged from the 11th of a 30-day month
 * costs 20/30 of its monthly charge that month. When its charge moves between units during
 * a month (a transfer), the month's amount is divided by the days each unit held it, and
 * when a shared service is split between municipalities, each line is divided by the
 * configured weights. Every division uses the largest-remainder method, so the parts
 * always add up to exactly the whole.
 */

/**
 * Divides a whole amount in proportion to non-negative integer weights. The parts differ
 * from the exact proportions by less than one öre and always sum to the total; leftover
 * öre go to the largest remainders, ties to the earlier weight. All weights zero: the
 * total is divided equally.
 */
export function allocate(totalMinor: number, weights: readonly number[]): number[] {
  if (!Number.isSafeInteger(totalMinor)) throw new RangeError('The total must be whole öre.');
  if (weights.length === 0) throw new RangeError('Nothing to divide between.');
  if (weights.some((w) => !Number.isSafeInteger(w) || w < 0)) {
    throw new RangeError('Weights must be whole and not negative.');
  }
  const sum = weights.reduce((a, b) => a + b, 0);
  const effective = sum === 0 ? weights.map(() => 1) : weights;
  const total = BigInt(Math.abs(totalMinor));
  const weightSum = BigInt(sum === 0 ? weights.length : sum);
  const sign = totalMinor < 0 ? -1n : 1n;
  const base = effective.map((w) => (total * BigInt(w)) / weightSum);
  const remainders = effective.map((w, i) => ({ i, r: (total * BigInt(w)) % weightSum }));
  let left = total - base.reduce((a, b) => a + b, 0n);
  remainders.sort((a, b) => (a.r === b.r ? a.i - b.i : a.r > b.r ? -1 : 1));
  for (const { i } of remainders) {
    if (left === 0n) break;
    base[i] = (base[i] ?? 0n) + 1n;
    left -= 1n;
  }
  return base.map((b) => Number(b * sign));
}

/** Days in a month given as YYYY-MM. */
export function daysInMonth(month: string): number {
  const [y, m] = month.split('-').map(Number) as [number, number];
  const leap = (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0;
  return [31, leap ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][m - 1] ?? 0;
}

const MONTH = /^(\d{4})-(0[1-9]|1[0-2])$/;

export function isMonth(raw: string): boolean {
  return MONTH.test(raw);
}

/** The month after YYYY-MM. */
export function nextMonth(month: string): string {
  const [y, m] = month.split('-').map(Number) as [number, number];
  return m === 12 ? `${y + 1}-01` : `${y}-${String(m + 1).padStart(2, '0')}`;
}

/**
 * The days of `month` within [from, to): dates as YYYY-MM-DD, `to` exclusive and null for
 * "still charged". ISO dates compare correctly as strings.
 */
export function daysCharged(month: string, from: string, to: string | null): number {
  const first = `${month}-01`;
  const afterLast = `${nextMonth(month)}-01`;
  const start = from > first ? from : first;
  const end = to === null || to > afterLast ? afterLast : to;
  if (start >= end) return 0;
  const startDay = start.startsWith(month) ? Number(start.slice(8, 10)) : 1;
  const endDay = end.startsWith(month) ? Number(end.slice(8, 10)) : daysInMonth(month) + 1;
  return endDay - startDay;
}

/** A stretch of time during which an asset's charge fell on one holder (unit). */
export interface ChargeSegment<K> {
  holder: K;
  /** YYYY-MM-DD, inclusive. */
  from: string;
  /** YYYY-MM-DD, exclusive; null while it lasts. */
  to: string | null;
}

/**
 * One asset's charge for a month, per holder: the monthly charge pro-rated by the days it
 * was charged at all (rounded half up), then divided between holders by their days.
 */
export function monthCharge<K>(
  monthlyMinor: number,
  month: string,
  segments: readonly ChargeSegment<K>[],
): { holder: K; days: number; amountMinor: number }[] {
  const days = segments.map((s) => daysCharged(month, s.from, s.to));
  const charged = days.reduce((a, b) => a + b, 0);
  if (charged === 0) return [];
  const dim = daysInMonth(month);
  const total = Number(
    (BigInt(monthlyMinor) * BigInt(Math.min(charged, dim)) * 2n + BigInt(dim)) / (2n * BigInt(dim)),
  );
  const parts = allocate(total, days);
  return segments
    .map((s, i) => ({ holder: s.holder, days: days[i] ?? 0, amountMinor: parts[i] ?? 0 }))
    .filter((p) => p.days > 0);
}

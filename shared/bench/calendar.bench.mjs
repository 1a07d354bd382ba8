// Business-calendar throughput benchmark. Runs against the built package:
//   npm run build -w shared && node shared/bench/calendar.bench.mjs
// Prints calls/second for addBusinessMinutes (typical SLA durations, random starts over two
// years) and businessMinutesBetween, and the ratio to the 2,000,000 calls/s target.
import { performance } from 'node:perf_hooks';

const { addBusinessMinutes, businessMinutesBetween, standardItCalendars, validateCalendar } =
  await import(new URL('../dist/index.js', import.meta.url).href);

const TARGET = 2_000_000;
const N = 500_000;
const ROUNDS = 7;
const MINUTE = 60_000;
const DAY = 86_400_000;

/** Deterministic PRNG (mulberry32), so every run measures the same inputs. */
function prng(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function mustValidate(input) {
  const result = validateCalendar(input);
  if (!result.ok) throw new Error(JSON.stringify(result.errors));
  return result.calendar;
}

const office = [{ start: '09:00', end: '16:30' }];
const lunch = [
  { start: '06:30', end: '11:30' },
  { start: '12:30', end: '16:00' },
];
const calendars = {
  'IT extended, Oslo (NO holidays)': standardItCalendars('Europe/Oslo', 'NO').extended,
  'IT core, Stockholm (SE holidays)': standardItCalendars('Europe/Stockholm', 'SE').core,
  'Lunch-gap days, Stockholm (SE)': mustValidate({
    timeZone: 'Europe/Stockholm',
    weekly: { 1: lunch, 2: lunch, 3: lunch, 4: lunch, 5: lunch },
    holidays: { country: 'SE' },
    closedDates: ['2026-12-30'],
    specialDates: [{ date: '2027-06-23', intervals: [{ start: '09:00', end: '12:00' }] }],
  }),
  '24/7, Oslo': mustValidate({
    timeZone: 'Europe/Oslo',
    weekly: Object.fromEntries(
      [1, 2, 3, 4, 5, 6, 7].map((d) => [d, [{ start: '00:00', end: '24:00' }]]),
    ),
    holidays: null,
  }),
  'Office hours, Oslo (NO), a separate calendar object': mustValidate({
    timeZone: 'Europe/Oslo',
    weekly: { 1: office, 2: office, 3: office, 4: office, 5: office },
    holidays: { country: 'NO' },
  }),
};

const SLA_MINUTES = [60, 120, 240, 480, 600, 960, 1440, 2400];
const from = Date.UTC(2026, 0, 1);
const span = 2 * 365 * DAY;
const random = prng(20260101);
const starts = Array.from(
  { length: N },
  () =>
    new Date(
      from +
        Math.floor(random() * (span / MINUTE)) * MINUTE +
        (random() < 0.2 ? Math.floor(random() * MINUTE) : 0),
    ),
);
const minutes = Array.from({ length: N }, () =>
  random() < 0.5
    ? SLA_MINUTES[Math.floor(random() * SLA_MINUTES.length)]
    : 60 + Math.floor(random() * 2341),
);
const ends = starts.map((s) => new Date(s.getTime() + Math.floor(random() * 14 * DAY)));

function measure(fn) {
  const rates = [];
  let sink = 0;
  for (let round = 0; round < ROUNDS; round++) {
    const t0 = performance.now();
    sink += fn();
    const seconds = (performance.now() - t0) / 1000;
    rates.push(N / seconds);
  }
  rates.sort((a, b) => a - b);
  return { median: rates[Math.floor(ROUNDS / 2)], best: rates[ROUNDS - 1], sink };
}

const fmt = (n) => Math.round(n).toLocaleString('en-US');
const pct = (rate) => `${(rate / TARGET).toFixed(2)}× target`;

console.log(
  `Node ${process.version}; ${N.toLocaleString('en-US')} calls per round, ${ROUNDS} rounds, median (best)`,
);
console.log(`Target: ${TARGET.toLocaleString('en-US')} addBusinessMinutes calls/s on one core\n`);

let worstAdd = Infinity;
for (const [name, calendar] of Object.entries(calendars)) {
  // Cold: the first pass over two years builds the per-calendar cache (zone offsets and holidays
  // are shared between calendars, so only the first calendar per zone/country pays for those).
  const c0 = performance.now();
  for (let i = 0; i < N; i += 997) addBusinessMinutes(calendar, starts[i], minutes[i]);
  const coldMs = performance.now() - c0;

  const add = measure(() => {
    let sum = 0;
    for (let i = 0; i < N; i++)
      sum += addBusinessMinutes(calendar, starts[i], minutes[i]).getTime();
    return sum;
  });
  const between = measure(() => {
    let sum = 0;
    for (let i = 0; i < N; i++) sum += businessMinutesBetween(calendar, starts[i], ends[i]);
    return sum;
  });
  worstAdd = Math.min(worstAdd, add.median);
  console.log(name);
  console.log(`  cache warm-up (first ${Math.ceil(N / 997)} calls): ${coldMs.toFixed(1)} ms`);
  console.log(
    `  addBusinessMinutes     ${fmt(add.median).padStart(11)} calls/s (best ${fmt(add.best)})  ${pct(add.median)}`,
  );
  console.log(
    `  businessMinutesBetween ${fmt(between.median).padStart(11)} calls/s (best ${fmt(between.best)})  ${pct(between.median)}`,
  );
}

console.log(
  `\nSlowest addBusinessMinutes median: ${fmt(worstAdd)} calls/s = ${pct(worstAdd)} (${worstAdd >= TARGET ? 'meets' : 'BELOW'} target)`,
);

import { describe, expect, it } from 'vitest';
import { problemsByPath, toForm, toJson } from './calendar-form';

const stored = {
  timeZone: 'Europe/Stockholm',
  weekly: {
    1: [
      { start: '06:30', end: '11:30' },
      { start: '12:30', end: '16:00' },
    ],
    6: [],
  },
  holidays: { country: 'SE' },
  closedDates: ['2026-12-31'],
  openDates: ['2026-06-19'],
  specialDates: [{ date: '2026-12-23', intervals: [{ start: '09:00', end: '12:00' }] }],
};

describe('calendar form', () => {
  it('reads the stored calendar and writes it back unchanged in meaning', () => {
    const form = toForm(JSON.stringify(stored));
    expect(form.weekly['1']).toHaveLength(2);
    expect(form.weekly['7']).toEqual([]);
    expect(form.country).toBe('SE');
    const back = JSON.parse(toJson(form)) as typeof stored;
    expect(back.weekly[1]).toEqual(stored.weekly[1]);
    expect(back.holidays).toEqual({ country: 'SE' });
    expect(back.closedDates).toEqual(['2026-12-31']);
    expect(back.openDates).toEqual(['2026-06-19']);
    expect(back.specialDates).toEqual(stored.specialDates);
  });

  it('sends no holidays without a country and no openDates when none are re-opened', () => {
    const form = { ...toForm(JSON.stringify(stored)), country: ' ', openDates: [] };
    const back = JSON.parse(toJson(form)) as Record<string, unknown>;
    expect(back.holidays).toBeNull();
    expect('openDates' in back).toBe(false);
  });

  it('places the server problems on the form paths', () => {
    const byPath = problemsByPath([
      { field: 'calendar.weekly.1[1]', message: 'overlaps' },
      { field: 'calendar.timeZone', message: 'unknown' },
      { field: 'calendar', message: 'whole' },
    ]);
    expect(byPath.get('weekly.1[1]')).toEqual(['overlaps']);
    expect(byPath.get('timeZone')).toEqual(['unknown']);
    expect(byPath.get('')).toEqual(['whole']);
  });
});

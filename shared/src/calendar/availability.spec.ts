import { describe, expect, it } from 'vitest';
import { itAvailabilityAt, standardItCalendars, type ItAvailabilityInput } from './index.js';

const d = (iso: string): Date => new Date(iso);
const { core, extended } = standardItCalendars('Europe/Oslo', 'NO');
const base: ItAvailabilityInput = { core, extended, absences: [], onCallPeriods: [] };

// Week of Monday 2026-03-09 (CET, +01:00).
describe('itAvailabilityAt', () => {
  it('core hours 09–14 on weekdays, until the end of core time', () => {
    expect(itAvailabilityAt(base, d('2026-03-10T10:00:00+01:00'))).toEqual({
      tier: 'core',
      until: d('2026-03-10T14:00:00+01:00'),
    });
    expect(itAvailabilityAt(base, d('2026-03-10T09:00:00+01:00')).tier).toBe('core');
  });

  it('extended hours 14–16:30, until closing', () => {
    expect(itAvailabilityAt(base, d('2026-03-10T14:00:00+01:00'))).toEqual({
      tier: 'extended',
      until: d('2026-03-10T16:30:00+01:00'),
    });
  });

  it('closed outside hours, until the next opening (over weekends and holidays)', () => {
    expect(itAvailabilityAt(base, d('2026-03-10T16:30:00+01:00'))).toEqual({
      tier: 'closed',
      until: d('2026-03-11T09:00:00+01:00'),
    });
    expect(itAvailabilityAt(base, d('2026-03-13T20:00:00+01:00'))).toEqual({
      tier: 'closed',
      until: d('2026-03-16T09:00:00+01:00'),
    });
    // Easter 2026 in Norway: Thu 2 – Mon 6 April closed.
    expect(itAvailabilityAt(base, d('2026-04-01T17:00:00+02:00'))).toEqual({
      tier: 'closed',
      until: d('2026-04-07T09:00:00+02:00'),
    });
  });

  it('an extended-only morning: core starts later than extended', () => {
    const { core: lateCore } = standardItCalendars('Europe/Oslo', 'NO');
    const early = {
      ...extended,
      weekly: { ...extended.weekly, 2: [{ start: '08:00', end: '16:30' }] },
    };
    const input = { ...base, core: lateCore, extended: early };
    expect(itAvailabilityAt(input, d('2026-03-10T08:15:00+01:00'))).toEqual({
      tier: 'extended',
      until: d('2026-03-10T09:00:00+01:00'),
    });
  });

  it('on-call overrides closed, until the on-call period ends', () => {
    const input = {
      ...base,
      onCallPeriods: [
        { start: d('2026-03-13T16:30:00+01:00'), end: d('2026-03-15T22:00:00+01:00') },
      ],
    };
    expect(itAvailabilityAt(input, d('2026-03-14T03:00:00+01:00'))).toEqual({
      tier: 'on-call',
      until: d('2026-03-15T22:00:00+01:00'),
    });
    // Just before: extended, ending at the on-call start (same instant as closing here).
    expect(itAvailabilityAt(input, d('2026-03-13T15:00:00+01:00'))).toEqual({
      tier: 'extended',
      until: d('2026-03-13T16:30:00+01:00'),
    });
    // After: closed until Monday.
    expect(itAvailabilityAt(input, d('2026-03-15T22:00:00+01:00'))).toEqual({
      tier: 'closed',
      until: d('2026-03-16T09:00:00+01:00'),
    });
  });

  it('on-call overrides core and absence; overlapping on-call periods are joined', () => {
    const input = {
      ...base,
      absences: [
        {
          start: d('2026-03-09T00:00:00+01:00'),
          end: d('2026-03-14T00:00:00+01:00'),
          kind: 'ABSENT' as const,
        },
      ],
      onCallPeriods: [
        { start: d('2026-03-10T08:00:00+01:00'), end: d('2026-03-10T12:00:00+01:00') },
        { start: d('2026-03-10T11:00:00+01:00'), end: d('2026-03-10T13:00:00+01:00') },
        { start: d('2026-03-10T13:00:00+01:00'), end: d('2026-03-10T13:30:00+01:00') },
      ],
    };
    expect(itAvailabilityAt(input, d('2026-03-10T10:00:00+01:00'))).toEqual({
      tier: 'on-call',
      until: d('2026-03-10T13:30:00+01:00'),
    });
    expect(itAvailabilityAt(input, d('2026-03-10T13:30:00+01:00'))).toEqual({
      tier: 'absent',
      until: d('2026-03-14T00:00:00+01:00'),
      absenceKind: 'ABSENT',
    });
  });

  it('an on-call period starting during core time ends the core tier', () => {
    const input = {
      ...base,
      onCallPeriods: [
        { start: d('2026-03-10T11:00:00+01:00'), end: d('2026-03-10T20:00:00+01:00') },
      ],
    };
    expect(itAvailabilityAt(input, d('2026-03-10T10:00:00+01:00'))).toEqual({
      tier: 'core',
      until: d('2026-03-10T11:00:00+01:00'),
    });
  });

  it('absence overrides core; REDUCED is reported as absent with its kind and note', () => {
    const input = {
      ...base,
      absences: [
        {
          start: d('2026-03-10T11:00:00+01:00'),
          end: d('2026-03-10T15:00:00+01:00'),
          kind: 'REDUCED' as const,
          note: 'Course',
        },
      ],
    };
    expect(itAvailabilityAt(input, d('2026-03-10T12:00:00+01:00'))).toEqual({
      tier: 'absent',
      until: d('2026-03-10T15:00:00+01:00'),
      absenceKind: 'REDUCED',
      absenceNote: 'Course',
    });
    // Core until the absence starts, then extended after it ends.
    expect(itAvailabilityAt(input, d('2026-03-10T09:30:00+01:00'))).toEqual({
      tier: 'core',
      until: d('2026-03-10T11:00:00+01:00'),
    });
    expect(itAvailabilityAt(input, d('2026-03-10T15:00:00+01:00'))).toEqual({
      tier: 'extended',
      until: d('2026-03-10T16:30:00+01:00'),
    });
  });

  it('ABSENT wins over an overlapping REDUCED absence, and a change of kind ends the tier', () => {
    const input = {
      ...base,
      absences: [
        {
          start: d('2026-03-10T08:00:00+01:00'),
          end: d('2026-03-10T18:00:00+01:00'),
          kind: 'REDUCED' as const,
        },
        {
          start: d('2026-03-10T10:00:00+01:00'),
          end: d('2026-03-10T12:00:00+01:00'),
          kind: 'ABSENT' as const,
          note: 'Sick',
        },
      ],
    };
    expect(itAvailabilityAt(input, d('2026-03-10T09:00:00+01:00'))).toEqual({
      tier: 'absent',
      until: d('2026-03-10T10:00:00+01:00'),
      absenceKind: 'REDUCED',
    });
    expect(itAvailabilityAt(input, d('2026-03-10T11:00:00+01:00'))).toEqual({
      tier: 'absent',
      until: d('2026-03-10T12:00:00+01:00'),
      absenceKind: 'ABSENT',
      absenceNote: 'Sick',
    });
  });

  it('adjacent absences of the same kind are one absent period', () => {
    const input = {
      ...base,
      absences: [
        {
          start: d('2026-03-09T00:00:00+01:00'),
          end: d('2026-03-11T00:00:00+01:00'),
          kind: 'ABSENT' as const,
        },
        {
          start: d('2026-03-11T00:00:00+01:00'),
          end: d('2026-03-12T00:00:00+01:00'),
          kind: 'ABSENT' as const,
        },
      ],
    };
    expect(itAvailabilityAt(input, d('2026-03-10T10:00:00+01:00'))).toMatchObject({
      tier: 'absent',
      until: d('2026-03-12T00:00:00+01:00'),
    });
    // An absence while closed anyway still shows as absent, and ends when the absence ends.
    expect(itAvailabilityAt(input, d('2026-03-10T22:00:00+01:00'))).toMatchObject({
      tier: 'absent',
      until: d('2026-03-12T00:00:00+01:00'),
    });
    // From 00:00 on the 12th: closed until 09:00.
    expect(itAvailabilityAt(input, d('2026-03-12T00:00:00+01:00'))).toEqual({
      tier: 'closed',
      until: d('2026-03-12T09:00:00+01:00'),
    });
  });

  it('ignores empty or reversed periods', () => {
    const input = {
      ...base,
      onCallPeriods: [
        { start: d('2026-03-10T12:00:00+01:00'), end: d('2026-03-10T11:00:00+01:00') },
      ],
      absences: [
        {
          start: d('2026-03-10T12:00:00+01:00'),
          end: d('2026-03-10T12:00:00+01:00'),
          kind: 'ABSENT' as const,
        },
      ],
    };
    expect(itAvailabilityAt(input, d('2026-03-10T11:30:00+01:00'))).toEqual({
      tier: 'core',
      until: d('2026-03-10T14:00:00+01:00'),
    });
  });

  it('until is null when nothing changes within the horizon', () => {
    const never = { ...core, weekly: {} };
    const input = { ...base, core: never, extended: never };
    expect(itAvailabilityAt(input, d('2026-03-10T10:00:00+01:00'))).toEqual({
      tier: 'closed',
      until: null,
    });
    const onCallForever = {
      ...input,
      onCallPeriods: [{ start: d('2026-01-01T00:00:00Z'), end: d('2036-01-01T00:00:00Z') }],
    };
    expect(itAvailabilityAt(onCallForever, d('2026-03-10T10:00:00+01:00'))).toEqual({
      tier: 'on-call',
      until: null,
    });
    // A change just inside the horizon is still found.
    const later = {
      ...input,
      onCallPeriods: [{ start: d('2028-12-01T00:00:00Z'), end: d('2028-12-02T00:00:00Z') }],
    };
    expect(itAvailabilityAt(later, d('2026-03-10T10:00:00+01:00'))).toEqual({
      tier: 'closed',
      until: d('2028-12-01T00:00:00Z'),
    });
  });

  it('rejects invalid instants', () => {
    expect(() => itAvailabilityAt(base, new Date(Number.NaN))).toThrow(RangeError);
    expect(() =>
      itAvailabilityAt(
        {
          ...base,
          absences: [
            { start: new Date(Number.NaN), end: d('2026-03-10T12:00:00Z'), kind: 'ABSENT' },
          ],
        },
        d('2026-03-10T12:00:00Z'),
      ),
    ).toThrow(/absences\[0\]/);
  });
});

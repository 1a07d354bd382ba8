import { describe, expect, it } from 'vitest';
import { nextRun, yearsBefore } from './ticket-retention.service.js';

describe('ticket retention dates', () => {
  it('counts whole calendar years back', () => {
    expect(yearsBefore(new Date('2026-11-24T02:00:00Z'), 3).toISOString()).toBe(
      '2023-11-24T02:00:00.000Z',
    );
    // 29 February of a leap year, three years back, is 1 March.
    expect(yearsBefore(new Date('2028-02-29T12:00:00Z'), 3).toISOString()).toBe(
      '2025-03-01T12:00:00.000Z',
    );
  });

  it('runs at 02:00 UTC, today if that is still to come, with one key per tenant and day', () => {
    expect(nextRun('t1', new Date('2026-11-23T01:59:00Z'))).toEqual({
      dueAt: new Date('2026-11-23T02:00:00Z'),
      key: 'privacy.ticketRetention:t1:2026-11-23',
    });
    expect(nextRun('t1', new Date('2026-11-23T02:00:00Z'))).toEqual({
      dueAt: new Date('2026-11-24T02:00:00Z'),
      key: 'privacy.ticketRetention:t1:2026-11-24',
    });
    expect(nextRun('t1', new Date('2026-12-31T09:30:00Z')).key).toBe(
      'privacy.ticketRetention:t1:2027-01-01',
    );
  });
});

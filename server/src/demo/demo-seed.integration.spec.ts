import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { TestApp } from '../test-support/test-app.js';
import { Ticket } from '../tickets/ticket.entity.js';

describe('demo tickets', () => {
  let app: TestApp;

  beforeAll(async () => {
    app = await TestApp.start();
  });
  afterAll(() => app.stop());

  it('sort by the deadline the SLA service would set for their status', async () => {
    const tickets = await app.em().find(Ticket, {}, { filters: false });
    const expected = (t: Ticket): Date | null => {
      switch (t.status) {
        case 'NEW':
          return t.responseDueAt ?? null;
        case 'IN_PROGRESS':
        case 'WAITING_FOR_SUPPLIER':
          return t.resolutionDueAt ?? null;
        case 'WAITING_FOR_CALLER':
        case 'RESOLVED':
        case 'CLOSED':
          return null;
      }
    };
    expect(new Set(tickets.map((t) => t.status)).size).toBe(6);
    for (const t of tickets) {
      expect(t.responseDueAt).toBeInstanceOf(Date);
      expect(t.resolutionDueAt).toBeInstanceOf(Date);
      expect([t.number, t.slaDueAt ?? null]).toEqual([t.number, expected(t)]);
    }
  });
});

import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isOpenAt, standardItCalendars } from '../calendar/index.js';
import { NOTIFICATION_EVENTS } from '../mail/templates.js';
import {
  DIGEST_WINDOW_MS,
  NOTIFICATION_CHANNELS,
  defaultPreference,
  effectivePreference,
  holdToWorkingHours,
  isPreferenceLocked,
  isUrgentEvent,
  planMail,
  preferenceEventOf,
  preferenceKey,
  preferenceMatrix,
  renderDigest,
} from './preferences.js';

const calendar = standardItCalendars('Europe/Stockholm', 'SE').extended;
const MIN = 60_000;
const HOUR = 60 * MIN;

describe('notification preferences', () => {
  it('defaults: in-app and e-mail on, SMS only for paging and codes', () => {
    expect(defaultPreference('TICKET_REPLIED', 'EMAIL')).toBe(true);
    expect(defaultPreference('TICKET_REPLIED', 'IN_APP')).toBe(true);
    expect(defaultPreference('TICKET_REPLIED', 'SMS')).toBe(false);
    expect(defaultPreference('CRITICAL_PAGE', 'SMS')).toBe(true);
    expect(defaultPreference('PASSWORD_EXPIRY', 'SMS')).toBe(true);
  });

  it('paging for critical escalations is locked on whatever is stored', () => {
    const stored = new Map([
      [preferenceKey('CRITICAL_ESCALATION', 'SMS'), false],
      [preferenceKey('CRITICAL_PAGE', 'EMAIL'), false],
      [preferenceKey('TICKET_UPDATED', 'EMAIL'), false],
    ]);
    expect(isPreferenceLocked('CRITICAL_ESCALATION', 'SMS')).toBe(true);
    expect(isPreferenceLocked('TICKET_UPDATED', 'EMAIL')).toBe(false);
    expect(effectivePreference('CRITICAL_ESCALATION', 'SMS', stored)).toBe(true);
    expect(effectivePreference('CRITICAL_PAGE', 'EMAIL', stored)).toBe(true);
    expect(effectivePreference('TICKET_UPDATED', 'EMAIL', stored)).toBe(false);
    expect(effectivePreference('TICKET_UPDATED', 'IN_APP', stored)).toBe(true);
  });

  it('the matrix has every event and channel once, marking locked and changed cells', () => {
    const matrix = preferenceMatrix(new Map([[preferenceKey('SLA_WARNING', 'EMAIL'), false]]));
    expect(matrix).toHaveLength(NOTIFICATION_EVENTS.length * NOTIFICATION_CHANNELS.length);
    const cell = (e: string, c: string) => matrix.find((m) => m.event === e && m.channel === c);
    expect(cell('SLA_WARNING', 'EMAIL')).toMatchObject({ enabled: false, isDefault: false });
    expect(cell('CRITICAL_PAGE', 'SMS')).toMatchObject({ enabled: true, locked: true });
  });

  it('maps notice kinds to their events', () => {
    expect(preferenceEventOf('SLA_BREACHED', true)).toBe('SLA_BREACH');
    expect(preferenceEventOf('CRITICAL_OVERTIME_LIMIT', true)).toBe('CRITICAL_ESCALATION');
    expect(preferenceEventOf('ONCALL_ANNOUNCED', false)).toBe('ANNOUNCEMENT');
    expect(preferenceEventOf('TICKET_REPLIED', true)).toBe('TICKET_REPLIED');
    expect(preferenceEventOf('SOMETHING_ELSE', true)).toBe('TICKET_UPDATED');
  });

  it('paging and reset codes are urgent; the rest is not', () => {
    expect(isUrgentEvent('CRITICAL_PAGE')).toBe(true);
    expect(isUrgentEvent('RESET_CODE')).toBe(true);
    expect(isUrgentEvent('TICKET_UPDATED')).toBe(false);
  });
});

describe('working hours', () => {
  it('holds Saturday mail to Monday 09:00 Stockholm time; urgent goes at once', () => {
    const saturday = new Date('2026-11-21T10:00:00Z');
    expect(holdToWorkingHours(calendar, saturday, false).toISOString()).toBe(
      '2026-11-23T08:00:00.000Z',
    );
    expect(holdToWorkingHours(calendar, saturday, true)).toEqual(saturday);
    const tuesdayNoon = new Date('2026-11-24T11:00:00Z');
    expect(holdToWorkingHours(calendar, tuesdayNoon, false)).toEqual(tuesdayNoon);
  });

  it('property: a held instant is never earlier, is open, and nothing open lies between', () => {
    const start = Date.parse('2026-01-01T00:00:00Z');
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 365 * 24 * 60 }), fc.boolean(), (minutes, urgent) => {
        const at = new Date(start + minutes * MIN);
        const held = holdToWorkingHours(calendar, at, urgent);
        if (urgent) return held.getTime() === at.getTime();
        expect(held.getTime()).toBeGreaterThanOrEqual(at.getTime());
        expect(isOpenAt(calendar, held)).toBe(true);
        // Sampled: no open minute between at and held.
        for (let t = at.getTime(); t < held.getTime(); t += 37 * MIN) {
          expect(isOpenAt(calendar, new Date(t))).toBe(false);
        }
        return true;
      }),
      { numRuns: 300 },
    );
  });
});

describe('digests', () => {
  const now = new Date('2026-11-24T10:00:00Z');
  it('first mail alone; a second within the window waits for the window to close', () => {
    expect(planMail({ now, urgent: false, lastMailAt: null })).toEqual({ mode: 'SINGLE' });
    const last = new Date(now.getTime() - 5 * MIN);
    expect(planMail({ now, urgent: false, lastMailAt: last })).toEqual({
      mode: 'DIGEST',
      at: new Date(last.getTime() + DIGEST_WINDOW_MS),
    });
    expect(planMail({ now, urgent: true, lastMailAt: last })).toEqual({ mode: 'SINGLE' });
    const old = new Date(now.getTime() - 2 * HOUR);
    expect(planMail({ now, urgent: false, lastMailAt: old })).toEqual({ mode: 'SINGLE' });
  });

  it('property: a digest is always due after now and at most one window after the last mail', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 10 * 365 * 24 * 60 }),
        fc.integer({ min: -60, max: 120 }),
        fc.integer({ min: 1, max: 120 }),
        (nowMin, agoMin, windowMin) => {
          const n = new Date(Date.UTC(2026, 0, 1) + nowMin * MIN);
          const last = new Date(n.getTime() - agoMin * MIN);
          const plan = planMail({
            now: n,
            urgent: false,
            lastMailAt: last,
            windowMs: windowMin * MIN,
          });
          if (plan.mode === 'DIGEST') {
            expect(plan.at.getTime()).toBeGreaterThan(n.getTime());
            expect(plan.at.getTime()).toBe(last.getTime() + windowMin * MIN);
          } else {
            expect(agoMin < 0 || agoMin >= windowMin).toBe(true);
          }
        },
      ),
    );
  });

  it('renders one digest mail per language listing every notice', () => {
    const items = [
      { subject: '[KAV-1] Printer', link: 'https://l.example/tickets/1' },
      { subject: '[KAV-2] Mail', link: 'https://l.example/tickets/2' },
    ];
    const sv = renderDigest('sv', 'Sara', items, 'https://l.example/profile/notifications');
    expect(sv.subject).toBe('2 aviseringar från Linje');
    expect(sv.body).toContain('Hej Sara,');
    expect(sv.body).toContain('[KAV-2] Mail\n  https://l.example/tickets/2');
    expect(sv.body).toContain('https://l.example/profile/notifications');
    expect(renderDigest('nb', 'Kari', items, 'x').subject).toBe('2 varsler fra Linje');
    expect(renderDigest('en', 'Sam', items, 'x').subject).toBe('2 notifications from Linje');
  });
});

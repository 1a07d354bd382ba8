import { randomUUID } from 'node:crypto';
import { EntityManager } from '@mikro-orm/core';
import { Injectable } from '@nestjs/common';
import {
  isNotificationChannel,
  isNotificationEvent,
  isPreferenceLocked,
  preferenceKey,
  preferenceMatrix,
  type NotificationChannel,
  type NotificationEvent,
  type PreferenceCell,
} from '@linje/shared';
import { AuditService } from '../audit/audit.service.js';
import type { Viewer } from '../auth/viewer.js';
import { AppError, type FieldProblem } from '../common/app-error.js';
import { Clock } from '../common/clock.js';
import { Person } from '../people/person.entity.js';
import { NotificationPreference } from './notification-preference.entity.js';

export interface PreferenceChange {
  event: string;
  channel: string;
  enabled: boolean;
}

/** Field code of a refused attempt to turn off paging for critical escalations. */
export const NOTIFICATION_LOCKED = 'NOTIFICATION_LOCKED';

/** Each person's own choices of which notices reach them on which channel. */
@Injectable()
export class NotificationPreferencesService {
  constructor(
    private readonly em: EntityManager,
    private readonly clock: Clock,
    private readonly audit: AuditService,
  ) {}

  /** Stored choices of several people (system use), by person id then preference key. */
  storedFor(
    em: EntityManager,
    personIds: readonly string[],
  ): Promise<Map<string, Map<string, boolean>>> {
    return storedPreferences(em, personIds);
  }

  async mine(viewer: Viewer): Promise<PreferenceCell[]> {
    const stored = await this.storedFor(this.em, [viewer.personId]);
    return preferenceMatrix(stored.get(viewer.personId) ?? new Map());
  }

  /**
   * Sets some of the viewer's own cells. Everything is validated first: a bad cell or an
   * attempt to turn off a locked one refuses the whole change and stores nothing.
   */
  async setMine(viewer: Viewer, changes: readonly PreferenceChange[]): Promise<PreferenceCell[]> {
    const problems: FieldProblem[] = [];
    const valid: { event: NotificationEvent; channel: NotificationChannel; enabled: boolean }[] =
      [];
    changes.forEach((c, i) => {
      if (!isNotificationEvent(c.event)) {
        problems.push({ field: `changes.${i}.event`, code: 'INVALID', message: 'Unknown event.' });
        return;
      }
      if (!isNotificationChannel(c.channel)) {
        problems.push({
          field: `changes.${i}.channel`,
          code: 'INVALID',
          message: 'Unknown channel.',
        });
        return;
      }
      if (isPreferenceLocked(c.event, c.channel) && !c.enabled) {
        problems.push({
          field: `changes.${i}.enabled`,
          code: NOTIFICATION_LOCKED,
          message: 'Paging for critical escalations cannot be turned off.',
          params: { event: c.event, channel: c.channel },
        });
        return;
      }
      if (!isPreferenceLocked(c.event, c.channel))
        valid.push({ ...c, event: c.event, channel: c.channel });
    });
    if (changes.length > 200) {
      problems.push({ field: 'changes', code: 'TOO_MANY', message: 'At most 200 changes.' });
    }
    if (problems.length) throw AppError.badInput('Invalid notification preferences.', problems);
    await this.em.transactional(async (em) => {
      const person = await em.findOneOrFail(Person, { id: viewer.personId }, { filters: false });
      const existing = await em.find(
        NotificationPreference,
        { person: person.id },
        { filters: false },
      );
      const byKey = new Map(existing.map((r) => [preferenceKey(r.event, r.channel), r]));
      const now = this.clock.now();
      for (const c of valid) {
        const row = byKey.get(preferenceKey(c.event, c.channel));
        if (row) {
          row.enabled = c.enabled;
          row.updatedAt = now;
        } else {
          const created = em.create(NotificationPreference, {
            id: randomUUID(),
            tenant: person.tenant,
            person,
            event: c.event,
            channel: c.channel,
            enabled: c.enabled,
            updatedAt: now,
          });
          byKey.set(preferenceKey(c.event, c.channel), created);
        }
      }
      this.audit.record(em, {
        tenantId: person.tenant.id,
        actorId: viewer.personId,
        action: 'notification.preferences.changed',
        entityType: 'Person',
        entityId: person.id,
        data: { changes: valid.map((c) => `${c.event}:${c.channel}=${c.enabled ? 'on' : 'off'}`) },
      });
    });
    return this.mine(viewer);
  }
}

/** Stored choices of several people (system use), by person id then preference key. */
export async function storedPreferences(
  em: EntityManager,
  personIds: readonly string[],
): Promise<Map<string, Map<string, boolean>>> {
  const out = new Map<string, Map<string, boolean>>();
  if (personIds.length === 0) return out;
  const rows = await em.find(
    NotificationPreference,
    { person: { $in: [...new Set(personIds)] } },
    { filters: false, fields: ['person', 'event', 'channel', 'enabled'] },
  );
  for (const r of rows) {
    let m = out.get(r.person.id);
    if (!m) out.set(r.person.id, (m = new Map()));
    m.set(preferenceKey(r.event, r.channel), r.enabled);
  }
  return out;
}

import { randomUUID } from 'node:crypto';
import type { EntityManager } from '@mikro-orm/core';
import { Injectable } from '@nestjs/common';
import { Clock } from '../common/clock.js';
import { Tenant } from '../tenants/tenant.entity.js';
import { AuditEvent } from './audit-event.entity.js';

export interface AuditEntry {
  tenantId: string;
  actorId: string | null;
  action: string;
  entityType: string;
  entityId: string;
  data?: Record<string, unknown>;
}

@Injectable()
export class AuditService {
  constructor(private readonly clock: Clock) {}

  /** Adds an audit row to the given unit of work, so it commits or rolls back with the change. */
  record(em: EntityManager, entry: AuditEntry): AuditEvent {
    return em.create(AuditEvent, {
      id: randomUUID(),
      tenant: em.getReference(Tenant, entry.tenantId),
      at: this.clock.now(),
      actorId: entry.actorId,
      action: entry.action,
      entityType: entry.entityType,
      entityId: entry.entityId,
      data: entry.data ?? {},
    });
  }
}

import { randomUUID } from 'node:crypto';
import type { EntityManager } from '@mikro-orm/core';
import { Injectable } from '@nestjs/common';
import { Clock } from '../common/clock.js';
import { BeforeCommit } from '../database/before-commit.js';
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
  constructor(
    private readonly clock: Clock,
    private readonly beforeCommit: BeforeCommit,
  ) {}

  /**
   * Adds an audit row to the given unit of work, so it commits or rolls back with the
   * change. In a transaction the row is written with the transaction's other audit rows
   * just before COMMIT (see BeforeCommit.insertBeforeCommit); otherwise it is persisted
   * with `em`'s next flush.
   */
  record(em: EntityManager, entry: AuditEntry): void {
    const row = {
      id: randomUUID(),
      tenant: entry.tenantId,
      at: this.clock.now(),
      actorId: entry.actorId,
      action: entry.action,
      entityType: entry.entityType,
      entityId: entry.entityId,
      data: entry.data ?? {},
    };
    if (this.beforeCommit.insertBeforeCommit(em, AuditEvent, row)) return;
    em.create(AuditEvent, { ...row, tenant: em.getReference(Tenant, entry.tenantId) });
  }
}

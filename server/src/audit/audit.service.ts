import { randomUUID } from 'node:crypto';
import type { EntityData, EntityManager } from '@mikro-orm/core';
import { Injectable } from '@nestjs/common';
import { Clock } from '../common/clock.js';
import { BeforeCommit, type PendingWrite } from '../database/before-commit.js';
import { Tenant } from '../tenants/tenant.entity.js';
import { AuditEvent } from './audit-event.entity.js';
import { chainHead, entryHash, linkUnchained } from './audit-chain.js';

export interface AuditEntry {
  tenantId: string;
  actorId: string | null;
  action: string;
  entityType: string;
  entityId: string;
  data?: Record<string, unknown>;
}

interface PendingRow {
  id: string;
  tenantId: string;
  at: Date;
  actorId: string | null;
  action: string;
  entityType: string;
  entityId: string;
  data: Record<string, unknown>;
}

/** Rows per INSERT: far below SQLite's and PostgreSQL's limits on bound parameters. */
const INSERT_ROWS_PER_STATEMENT = 200;

/**
 * A transaction's audit rows, appended to each tenant's hash chain just before COMMIT
 * (see chainHead in audit-chain.ts for why then, and how concurrent transactions queue).
 */
class PendingChainedInserts implements PendingWrite {
  readonly rows: PendingRow[] = [];

  async write(em: EntityManager, transaction: object): Promise<void> {
    const byTenant = new Map<string, PendingRow[]>();
    for (const row of this.rows) {
      const list = byTenant.get(row.tenantId) ?? [];
      list.push(row);
      byTenant.set(row.tenantId, list);
    }
    const platform = em.getPlatform();
    // Tenants in a fixed order, so two transactions never wait for each other's locks.
    for (const tenantId of [...byTenant.keys()].sort()) {
      let head = await chainHead(em, transaction, tenantId);
      head = await linkUnchained(em, transaction, tenantId, head);
      let { seq, hash } = head;
      const out = (byTenant.get(tenantId) ?? []).map((row) => {
        seq += 1;
        const next = entryHash(hash, { ...row, seq });
        const stored = {
          id: row.id,
          tenant: row.tenantId,
          at: platform.processDateProperty(row.at),
          actorId: row.actorId,
          action: row.action,
          entityType: row.entityType,
          entityId: row.entityId,
          // As it will read back: JSON, so a Date in the data hashes as its ISO text.
          data: JSON.parse(JSON.stringify(row.data)) as Record<string, unknown>,
          chainSeq: seq,
          prevHash: hash,
          hash: next,
        };
        hash = next;
        // Dates as the unit of work stores them (SQLite keeps timestamps as numbers).
        return stored as unknown as EntityData<AuditEvent>;
      });
      for (let i = 0; i < out.length; i += INSERT_ROWS_PER_STATEMENT) {
        await em.insertMany(AuditEvent, out.slice(i, i + INSERT_ROWS_PER_STATEMENT), {
          ctx: transaction,
        });
      }
    }
  }
}

@Injectable()
export class AuditService {
  constructor(
    private readonly clock: Clock,
    private readonly beforeCommit: BeforeCommit,
  ) {}

  /**
   * Adds an audit row to the given unit of work, so it commits or rolls back with the
   * change. In a root transaction the row is written with the transaction's other audit
   * rows just before COMMIT, linked into its tenant's hash chain; otherwise it is persisted
   * with `em`'s next flush and linked by the tenant's next chained write.
   */
  record(em: EntityManager, entry: AuditEntry): void {
    const row: PendingRow = {
      id: randomUUID(),
      tenantId: entry.tenantId,
      at: this.clock.now(),
      actorId: entry.actorId,
      action: entry.action,
      entityType: entry.entityType,
      entityId: entry.entityId,
      // Hashed as stored: JSON (a Date becomes its ISO text).
      data: JSON.parse(JSON.stringify(entry.data ?? {})) as Record<string, unknown>,
    };
    const pending = this.beforeCommit.pending(em, 'audit chain', () => new PendingChainedInserts());
    if (pending) {
      pending.rows.push(row);
      return;
    }
    em.create(AuditEvent, {
      id: row.id,
      at: row.at,
      actorId: row.actorId,
      action: row.action,
      entityType: row.entityType,
      entityId: row.entityId,
      data: row.data,
      tenant: em.getReference(Tenant, entry.tenantId),
    });
  }
}

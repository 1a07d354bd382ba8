import { createHash } from 'node:crypto';
import type { EntityManager } from '@mikro-orm/core';
import { SqlitePlatform } from '@mikro-orm/sqlite';

/** The previous hash of a tenant's first entry. */
export const GENESIS_HASH = '0'.repeat(64);

/** What an entry's hash covers: everything it says, and where it stands in its chain. */
export interface ChainedFields {
  id: string;
  tenantId: string;
  seq: number;
  at: Date;
  actorId: string | null;
  action: string;
  entityType: string;
  entityId: string;
  data: unknown;
}

/** JSON with object keys sorted at every level, so equal content always serialises alike. */
export function canonicalJson(value: unknown): string {
  if (value instanceof Date) return JSON.stringify(value.toISOString());
  if (Array.isArray(value)) return `[${value.map((v) => canonicalJson(v ?? null)).join(',')}]`;
  if (value !== null && typeof value === 'object') {
    const entries = Object.entries(value as Record<string, unknown>)
      .filter(([, v]) => v !== undefined && typeof v !== 'function')
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonicalJson(v)}`).join(',')}}`;
  }
  return JSON.stringify(value ?? null);
}

/** SHA-256 (hex) over the previous hash and the entry's canonical serialisation. */
export function entryHash(prevHash: string, entry: ChainedFields): string {
  const body = canonicalJson([
    entry.tenantId,
    entry.seq,
    entry.id,
    entry.at.toISOString(),
    entry.actorId,
    entry.action,
    entry.entityType,
    entry.entityId,
    entry.data,
  ]);
  return createHash('sha256').update(prevHash).update('\n').update(body).digest('hex');
}

/**
 * Where a tenant's chain ends, read inside the transaction that will extend it, after
 * taking the chain's lock.
 *
 * Why the chain is extended by the writing transaction, just before its COMMIT, and not by
 * a later sealing step: an entry is never stored without its hash, so there is no window
 * in which a row could be changed or removed unnoticed, and no second write per entry.
 * The chain must follow commit order, so the link to the previous entry is read under a
 * lock held until COMMIT: on SQLite the one writer connection runs one transaction at a
 * time, which is that lock; on PostgreSQL a transaction-scoped advisory lock per tenant
 * chain makes concurrent transactions of the same tenant extend it one after the other
 * (other tenants are not held up), and the unique (tenant, chain_seq) index refuses a fork
 * should anything ever bypass the lock. The lock is taken at the very end of the
 * transaction, so it is held only for the SELECT, the INSERT and the COMMIT.
 */
export async function chainHead(
  em: EntityManager,
  transaction: object | undefined,
  tenantId: string,
): Promise<{ seq: number; hash: string }> {
  const connection = em.getConnection();
  if (!(em.getPlatform() instanceof SqlitePlatform)) {
    await connection.execute(
      `select pg_advisory_xact_lock(hashtextextended(?, 0))`,
      [`linje.audit_chain:${tenantId}`],
      'all',
      transaction,
    );
  }
  const rows = (await connection.execute(
    `select chain_seq, hash from audit_event where tenant_id = ? and chain_seq is not null order by chain_seq desc limit 1`,
    [tenantId],
    'all',
    transaction,
  )) as { chain_seq: number | string; hash: string }[];
  const last = rows[0];
  return last ? { seq: Number(last.chain_seq), hash: last.hash } : { seq: 0, hash: GENESIS_HASH };
}

/** A row of `audit_event` as stored, for chaining rows stored without a link and for verifying. */
export interface StoredAuditRow {
  id: string;
  tenant_id: string;
  chain_seq: number | string | null;
  at: Date | number | string;
  actor_id: string | null;
  action: string;
  entity_type: string;
  entity_id: string;
  data: unknown;
  prev_hash: string | null;
  hash: string | null;
}

/** A stored row's fields as hashed (dates and JSON as each dialect returns them). */
export function chainedFieldsOf(row: StoredAuditRow, seq: number): ChainedFields {
  const at =
    row.at instanceof Date
      ? row.at
      : new Date(typeof row.at === 'string' && /^\d+$/.test(row.at) ? Number(row.at) : row.at);
  return {
    id: row.id,
    tenantId: row.tenant_id,
    seq,
    at,
    actorId: row.actor_id,
    action: row.action,
    entityType: row.entity_type,
    entityId: row.entity_id,
    data: typeof row.data === 'string' ? (JSON.parse(row.data) as unknown) : row.data,
  };
}

/**
 * Links rows of `tenantId` stored without a link (rows from before the chain existed, and
 * rows written outside a root transaction) onto the end of the chain, oldest first.
 * Runs under the chain's lock (after chainHead).
 */
export async function linkUnchained(
  em: EntityManager,
  transaction: object | undefined,
  tenantId: string,
  head: { seq: number; hash: string },
): Promise<{ seq: number; hash: string }> {
  const connection = em.getConnection();
  const rows = (await connection.execute(
    `select * from audit_event where tenant_id = ? and chain_seq is null order by at, id`,
    [tenantId],
    'all',
    transaction,
  )) as StoredAuditRow[];
  let { seq, hash } = head;
  for (const row of rows) {
    seq += 1;
    const next = entryHash(hash, chainedFieldsOf(row, seq));
    await connection.execute(
      `update audit_event set chain_seq = ?, prev_hash = ?, hash = ? where id = ?`,
      [seq, hash, next, row.id],
      'run',
      transaction,
    );
    hash = next;
  }
  return { seq, hash };
}

/** Links every tenant's unlinked rows (on start, after migrations and the demo data). */
export async function linkAllUnchained(em: EntityManager): Promise<number> {
  const tenants = (await em
    .getConnection()
    .execute(
      `select distinct tenant_id from audit_event where chain_seq is null order by tenant_id`,
    )) as { tenant_id: string }[];
  for (const { tenant_id: tenantId } of tenants) {
    await em.transactional(async (tx) => {
      const transaction = tx.getTransactionContext<object>();
      const head = await chainHead(tx, transaction, tenantId);
      await linkUnchained(tx, transaction, tenantId, head);
    });
  }
  return tenants.length;
}

export interface ChainBreak {
  tenantId: string;
  /** The chain position (1-based) at which the chain stops being intact. */
  position: number;
  entryId: string | null;
  problem: 'edited' | 'missing' | 'inserted' | 'not linked';
}

/**
 * Walks every tenant's chain in order and names the first position where it breaks:
 * a recomputed hash that differs (edited), a gap in positions or a previous hash that
 * does not match (an entry missing or inserted), or a row with no position at all.
 */
export async function verifyAuditChains(
  em: EntityManager,
): Promise<{ tenants: number; entries: number; breaks: ChainBreak[] }> {
  const connection = em.getConnection();
  const tenants = (await connection.execute(
    `select distinct tenant_id from audit_event order by tenant_id`,
  )) as { tenant_id: string }[];
  const breaks: ChainBreak[] = [];
  let entries = 0;
  const PAGE = 1_000;
  for (const { tenant_id: tenantId } of tenants) {
    let expectedSeq = 1;
    let prevHash = GENESIS_HASH;
    let broken: ChainBreak | null = null;
    for (;;) {
      const rows = (await connection.execute(
        `select * from audit_event where tenant_id = ? and chain_seq >= ? order by chain_seq limit ${PAGE}`,
        [tenantId, expectedSeq],
      )) as StoredAuditRow[];
      for (const row of rows) {
        entries += 1;
        const seq = Number(row.chain_seq);
        if (seq !== expectedSeq) {
          broken = { tenantId, position: expectedSeq, entryId: row.id, problem: 'missing' };
          break;
        }
        if (row.prev_hash !== prevHash) {
          broken = { tenantId, position: seq, entryId: row.id, problem: 'inserted' };
          break;
        }
        if (entryHash(prevHash, chainedFieldsOf(row, seq)) !== row.hash) {
          broken = { tenantId, position: seq, entryId: row.id, problem: 'edited' };
          break;
        }
        prevHash = row.hash;
        expectedSeq += 1;
      }
      if (broken || rows.length < PAGE) break;
    }
    if (!broken) {
      const unlinked = (await connection.execute(
        `select id from audit_event where tenant_id = ? and chain_seq is null order by at, id limit 1`,
        [tenantId],
      )) as { id: string }[];
      if (unlinked[0]) {
        broken = {
          tenantId,
          position: expectedSeq,
          entryId: unlinked[0].id,
          problem: 'not linked',
        };
      }
    }
    if (broken) breaks.push(broken);
  }
  return { tenants: tenants.length, entries, breaks };
}

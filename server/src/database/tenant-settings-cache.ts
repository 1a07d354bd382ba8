import {
  MikroORM,
  type EventSubscriber,
  type FlushEventArgs,
  type TransactionEventArgs,
  type UnitOfWork,
} from '@mikro-orm/core';
import { Global, Injectable, Module, type OnModuleInit } from '@nestjs/common';
import { ReadThroughCache } from '../common/read-through-cache.js';

/** Entities whose rows feed the cached per-tenant settings; a write to any clears the cache. */
const WATCHED = new Set(['SlaPolicy', 'TenantCalendar', 'TenantTicketSettings', 'Tenant']);

/**
 * How long another server process may go on using a setting after it was changed
 * elsewhere (PostgreSQL with several processes). Within one process a change clears the
 * cache as soon as it is flushed and again when it commits.
 */
export const TENANT_SETTINGS_TTL_MS = 5_000;

/**
 * Per-tenant settings that every ticket filing reads (priority matrix, SLA targets,
 * business calendars) and that change a few times a year. On SQLite's single connection
 * each of those reads held up every other request for a statement's round trip.
 *
 * Freshness: the cache listens to the ORM; flushing a change to a watched entity clears
 * it at once and again after its transaction commits, and a value loaded while a change
 * was in flight is not kept. Rows written with raw SQL bypass this and are picked up
 * after TENANT_SETTINGS_TTL_MS (see ReadThroughCache).
 */
@Injectable()
export class TenantSettingsCache implements OnModuleInit, EventSubscriber {
  private readonly cache = new ReadThroughCache(TENANT_SETTINGS_TTL_MS);
  /** Units of work that flushed a watched change inside a transaction not yet committed. */
  private readonly pending = new WeakSet<UnitOfWork>();

  constructor(private readonly orm: MikroORM) {}

  onModuleInit(): void {
    this.orm.em.getEventManager().registerSubscriber(this);
  }

  /** The cached value for `key` (which must start with the tenant id), or what `load` reads. */
  get<T>(key: string, load: () => Promise<T>): Promise<T> {
    return this.cache.get(key, load);
  }

  clear(): void {
    this.cache.clear();
  }

  onFlush(args: FlushEventArgs): void {
    if (!touchesWatched(args.uow)) return;
    this.clear();
    this.pending.add(args.uow);
  }

  afterFlush(args: FlushEventArgs): void {
    // A flush outside an explicit transaction has committed by now.
    if (this.pending.has(args.uow)) this.clear();
  }

  afterTransactionCommit(args: TransactionEventArgs): void {
    if (args.uow && this.pending.has(args.uow)) {
      this.pending.delete(args.uow);
      this.clear();
    }
  }

  afterTransactionRollback(args: TransactionEventArgs): void {
    if (args.uow) this.pending.delete(args.uow);
  }
}

function touchesWatched(uow: UnitOfWork): boolean {
  return uow.getChangeSets().some((cs) => WATCHED.has(cs.meta.className));
}

@Global()
@Module({ providers: [TenantSettingsCache], exports: [TenantSettingsCache] })
export class TenantSettingsCacheModule {}

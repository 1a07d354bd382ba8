import { Global, Module, type DynamicModule } from '@nestjs/common';
import { ReadThroughCache } from '../common/read-through-cache.js';

/**
 * How long a cached session may go on being used after something outside this process
 * changed it (the HR import or seed command-line tools writing the same SQLite file).
 * Changes made by this process clear the cache at once.
 */
export const VIEWER_ROWS_TTL_MS = 2_000;
const MAX_ENTRIES = 10_000;

/** The tables a viewer is built from (see VIEWER_SQL in session.service.ts). */
const VIEWER_TABLES = /\b(session|person|tenant|tenant_access)\b/i;
const READ_ONLY = /^\s*(select|pragma|explain)\b/i;

/**
 * Every request resolves its session cookie to the viewer's rows; on the embedded
 * database that statement was a quarter of a queue page's time inside the server. With
 * SQLite exactly one server process uses the file, so this process sees every write its
 * answer depends on: the ORM's `onQuery` hook passes each statement here, and any
 * statement that is not a read and names one of the viewer's tables clears the cache
 * before it runs. Sign-out, revocation, lockout, role and grant changes therefore apply
 * from the next request, as without the cache. Rows are cached, not the viewer: expiry
 * and account dates are still judged against the clock on every request.
 *
 * On PostgreSQL several processes share the database, so the cache is off there.
 */
export class ViewerRowsCache {
  private readonly cache = new ReadThroughCache(VIEWER_ROWS_TTL_MS, MAX_ENTRIES);

  constructor(readonly enabled: boolean) {}

  /** The rows cached for `key`, or what `load` reads (see ReadThroughCache). */
  get<T>(key: string, load: () => Promise<T[]>): Promise<T[]> {
    return this.enabled ? this.cache.get(key, load) : load();
  }

  /** MikroORM's `onQuery` hook: sees every statement the ORM and raw `execute` run. */
  readonly onQuery = (sql: string): string => {
    if (this.enabled && !READ_ONLY.test(sql) && VIEWER_TABLES.test(sql)) this.clear();
    return sql;
  };

  clear(): void {
    this.cache.clear();
  }
}

@Global()
@Module({})
export class ViewerRowsCacheModule {
  static forRoot(cache: ViewerRowsCache): DynamicModule {
    return {
      module: ViewerRowsCacheModule,
      providers: [{ provide: ViewerRowsCache, useValue: cache }],
      exports: [ViewerRowsCache],
    };
  }
}

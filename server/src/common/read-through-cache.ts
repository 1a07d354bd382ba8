/**
 * Values read through to the database and kept for `ttlMs`: for the reads that every
 * request repeats and that rarely change (a session, a municipality's settings). Keys are
 * the caller's.
 *
 * Requests that miss together share one read: when an entry ran out, every request under
 * way at that moment missed at once, and on SQLite each of their reads queued behind the
 * writes on the one connection. clear() forgets everything; a read already under way is
 * then neither kept nor shared, since it may have read rows older than the write.
 *
 * Monotonic time is used: it is about the cache, not about the domain, so it must not
 * follow a test's ManualClock.
 */
export class ReadThroughCache {
  private readonly entries = new Map<string, { value: unknown; loadedAt: number }>();
  private readonly loading = new Map<string, { generation: number; value: Promise<unknown> }>();
  private generation = 0;

  constructor(
    private readonly ttlMs: number,
    private readonly maxEntries = Number.POSITIVE_INFINITY,
  ) {}

  /** The value kept for `key`, or the one `load` reads (or is reading) for it. */
  get<T>(key: string, load: () => Promise<T>): Promise<T> {
    const hit = this.entries.get(key);
    if (hit && performance.now() - hit.loadedAt < this.ttlMs)
      return Promise.resolve(hit.value as T);
    const generation = this.generation;
    const under = this.loading.get(key);
    if (under && under.generation === generation) return under.value as Promise<T>;
    const loadedAt = performance.now();
    const value = load();
    const loading = { generation, value };
    this.loading.set(key, loading);
    const settle = () => {
      if (this.loading.get(key) === loading) this.loading.delete(key);
    };
    value.then((loaded) => {
      settle();
      if (generation !== this.generation) return;
      if (this.entries.size >= this.maxEntries) this.entries.clear();
      this.entries.set(key, { value: loaded, loadedAt });
    }, settle);
    return value;
  }

  clear(): void {
    this.generation += 1;
    this.entries.clear();
  }
}

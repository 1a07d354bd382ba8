import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { ReadThroughCache } from './read-through-cache.js';

describe('ReadThroughCache', () => {
  beforeEach(() => {
    vi.useFakeTimers({ toFake: ['performance'] });
  });
  afterEach(() => {
    vi.useRealTimers();
  });

  /** A load that answers only when released, counting its calls. */
  function held(): { load: () => Promise<number>; release: () => void; calls: () => number } {
    let calls = 0;
    const waiting: (() => void)[] = [];
    return {
      load: () =>
        new Promise<number>((resolve) => {
          const n = ++calls;
          waiting.push(() => resolve(n));
        }),
      release: () => waiting.splice(0).forEach((r) => r()),
      calls: () => calls,
    };
  }

  it('keeps a value until its time runs out, then reads again', async () => {
    const cache = new ReadThroughCache(1000);
    let n = 0;
    const load = async () => ++n;
    expect(await cache.get('a', load)).toBe(1);
    vi.advanceTimersByTime(999);
    expect(await cache.get('a', load)).toBe(1);
    vi.advanceTimersByTime(1);
    expect(await cache.get('a', load)).toBe(2);
    expect(await cache.get('b', load)).toBe(3);
  });

  it('shares one read among the requests that miss together', async () => {
    const cache = new ReadThroughCache(1000);
    const { load, release, calls } = held();
    const together = [cache.get('a', load), cache.get('a', load), cache.get('a', load)];
    release();
    expect(await Promise.all(together)).toEqual([1, 1, 1]);
    expect(calls()).toBe(1);
    expect(await cache.get('a', load)).toBe(1);
  });

  it('neither shares nor keeps a read that was under way when cleared', async () => {
    const cache = new ReadThroughCache(1000);
    const before = held();
    const stale = cache.get('a', before.load);
    cache.clear();
    let n = 10;
    const fresh = async () => ++n;
    expect(await cache.get('a', fresh)).toBe(11);
    before.release();
    expect(await stale).toBe(1);
    expect(await cache.get('a', fresh)).toBe(11);
  });

  it('keeps no failed read, so the next request tries again', async () => {
    const cache = new ReadThroughCache(1000);
    await expect(cache.get('a', () => Promise.reject(new Error('gone')))).rejects.toThrow('gone');
    expect(await cache.get('a', async () => 7)).toBe(7);
  });

  it('starts afresh when full', async () => {
    const cache = new ReadThroughCache(1000, 2);
    let n = 0;
    const load = async () => ++n;
    await cache.get('a', load);
    await cache.get('b', load);
    await cache.get('c', load); // full: a and b are dropped
    expect(await cache.get('c', load)).toBe(3);
    expect(await cache.get('a', load)).toBe(4);
  });
});

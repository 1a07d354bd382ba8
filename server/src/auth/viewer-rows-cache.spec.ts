import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { VIEWER_ROWS_TTL_MS, ViewerRowsCache } from './viewer-rows-cache.js';

describe('ViewerRowsCache', () => {
  beforeEach(() => {
    vi.useFakeTimers({ toFake: ['performance'] });
  });
  afterEach(() => {
    vi.useRealTimers();
  });

  function counter(): { load: () => Promise<number[]>; calls: () => number } {
    let n = 0;
    return { load: async () => [++n], calls: () => n };
  }

  it('answers from memory until the time limit, then reads again', async () => {
    const cache = new ViewerRowsCache(true);
    const { load, calls } = counter();
    expect(await cache.get('a', load)).toEqual([1]);
    vi.advanceTimersByTime(VIEWER_ROWS_TTL_MS - 1);
    expect(await cache.get('a', load)).toEqual([1]);
    vi.advanceTimersByTime(1);
    expect(await cache.get('a', load)).toEqual([2]);
    expect(calls()).toBe(2);
  });

  it.each([
    'delete from `session` where `token_hash` = ?',
    'update `person` set `roles` = ? where `id` = ?',
    'insert into `tenant_access` (`id`, `tenant_id`, `person_id`) values (?, ?, ?)',
    'UPDATE tenant SET password_policy = ?',
    'with gone as (select 1) delete from "session"',
    '  replace into person (id) values (?)',
  ])('forgets everything when this process writes a viewer table: %s', async (sql) => {
    const cache = new ViewerRowsCache(true);
    const { load } = counter();
    await cache.get('a', load);
    expect(cache.onQuery(sql)).toBe(sql);
    expect(await cache.get('a', load)).toEqual([2]);
  });

  it.each([
    'select * from person where id = ?',
    'insert into ticket (tenant_id, caller_id, subject_person_id) values (?, ?, ?)',
    'update ticket_sla set person_id_x = 1',
    'PRAGMA foreign_keys = ON',
  ])('keeps its entries for reads and for writes to other tables: %s', async (sql) => {
    const cache = new ViewerRowsCache(true);
    const { load } = counter();
    await cache.get('a', load);
    cache.onQuery(sql);
    expect(await cache.get('a', load)).toEqual([1]);
  });

  it('does not keep rows read while a write ran, since they may predate it', async () => {
    const cache = new ViewerRowsCache(true);
    let release: () => void = () => undefined;
    const slow = cache.get('a', () => new Promise<number[]>((r) => (release = () => r([1]))));
    cache.onQuery('delete from session');
    release();
    expect(await slow).toEqual([1]);
    const { load } = counter();
    expect(await cache.get('a', load)).toEqual([1]);
    expect(await cache.get('a', load)).toEqual([1]);
  });

  it('reads every time when off (PostgreSQL)', async () => {
    const cache = new ViewerRowsCache(false);
    const { load, calls } = counter();
    await cache.get('a', load);
    await cache.get('a', load);
    expect(calls()).toBe(2);
  });
});

import { afterEach, describe, expect, it } from 'vitest';
import { TestApp } from '../test-support/test-app.js';

/** The one value a pragma answers (its column is not always named after it). */
async function pragma(app: TestApp, name: string): Promise<unknown> {
  const rows = await app.em().getConnection().execute<Record<string, unknown>[]>(`PRAGMA ${name}`);
  return Object.values(rows[0] ?? {})[0];
}

describe('SQLite connection settings', () => {
  let app: TestApp | null = null;
  afterEach(async () => {
    await app?.stop();
    app = null;
  });

  it('runs in WAL mode with synchronous=FULL, foreign keys and a busy timeout by default', async () => {
    app = await TestApp.start({ demo: false });
    expect(await pragma(app, 'journal_mode')).toBe('wal');
    expect(await pragma(app, 'synchronous')).toBe(2); // FULL
    expect(await pragma(app, 'foreign_keys')).toBe(1);
    expect(await pragma(app, 'busy_timeout')).toBe(5000);
  });

  it('uses synchronous=NORMAL when SQLITE_SYNCHRONOUS says so', async () => {
    app = await TestApp.start({ demo: false, env: { SQLITE_SYNCHRONOUS: 'NORMAL' } });
    expect(await pragma(app, 'synchronous')).toBe(1); // NORMAL
  });
});

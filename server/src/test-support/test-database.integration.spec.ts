import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { TestApp } from './test-app.js';

/** The same suite runs on SQLite (`npm test -w server`) and PostgreSQL (`test:postgres`). */
describe('the database of a test server', () => {
  let app: TestApp;
  beforeAll(async () => {
    app = await TestApp.start({ demo: false });
  });
  afterAll(() => app.stop());

  it('is the one the suite runs on', async () => {
    const onPostgres = process.env['LINJE_TEST_DATABASE'] === 'postgresql';
    expect(app.config.database.kind).toBe(onPostgres ? 'postgresql' : 'sqlite');
    const conn = app.em().getConnection();
    if (onPostgres) {
      const [row] = await conn.execute<{ version: string }[]>('select version() as version');
      expect(row?.version).toMatch(/^PostgreSQL/);
    } else {
      const [row] = await conn.execute<{ v: string }[]>('select sqlite_version() as v');
      expect(row?.v).toMatch(/^3\./);
    }
  });
});

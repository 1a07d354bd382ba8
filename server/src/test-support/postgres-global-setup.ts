import { startEmbeddedPostgres } from '../database/embedded-postgres.js';

/**
 * Starts one embedded PostgreSQL for a whole test run on PostgreSQL; every test server gets a
 * scratch database of its own on it (TestApp reads LINJE_TEST_PG_URL).
 */
export default async function setup(): Promise<() => Promise<void>> {
  const pg = await startEmbeddedPostgres();
  process.env['LINJE_TEST_PG_URL'] = pg.url;
  process.env['LINJE_TEST_DATABASE'] = 'postgresql';
  return () => pg.stop();
}

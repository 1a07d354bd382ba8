import { startLinje } from './support/server.js';

/** Starts the built Linje on a free loopback port with a fresh demo database, on real time. */
export default async function globalSetup(): Promise<() => Promise<void>> {
  const linje = await startLinje();
  process.env['LINJE_BASE_URL'] = linje.url;
  return linje.stop;
}

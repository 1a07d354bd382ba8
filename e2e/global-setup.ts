import { freePort, startLinje } from './support/server.js';

/** Starts the built Linje on a free loopback port with a fresh demo database, on real time. */
export default async function globalSetup(): Promise<() => Promise<void>> {
  const mailInPort = await freePort();
  const linje = await startLinje({
    MAIL_IN_PORT: String(mailInPort),
    MAIL_IN_HOST: '127.0.0.1',
  });
  process.env['LINJE_BASE_URL'] = linje.url;
  process.env['LINJE_MAIL_IN_PORT'] = String(mailInPort);
  return linje.stop;
}

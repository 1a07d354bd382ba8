import { startEidSimulator } from './support/eid-simulator.js';
import { freePort, startLinje } from './support/server.js';

/**
 * Starts the built Linje on a free loopback port with a fresh demo database, on real time,
 * with e-ID signing against the BankID simulator (password signing stays the default).
 */
export default async function globalSetup(): Promise<() => Promise<void>> {
  const mailInPort = await freePort();
  const eid = await startEidSimulator();
  let linje;
  try {
    linje = await startLinje({
      MAIL_IN_PORT: String(mailInPort),
      MAIL_IN_HOST: '127.0.0.1',
      EID_ENDPOINT: eid.url,
    });
  } catch (err) {
    await eid.stop();
    throw err;
  }
  process.env['LINJE_BASE_URL'] = linje.url;
  process.env['LINJE_MAIL_IN_PORT'] = String(mailInPort);
  const running = linje;
  return async () => {
    try {
      await running.stop();
    } finally {
      await eid.stop();
    }
  };
}

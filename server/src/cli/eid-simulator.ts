/**
 * The BankID simulator for demos: `node server/dist/cli/eid-simulator.js` (port from
 * EID_SIMULATOR_PORT, default 8099), then start Linje with EID_ENDPOINT=http://127.0.0.1:8099.
 * Every order completes on its second collect (or the EID_SIMULATOR_COLLECTS'th, to keep the
 * "open your app" state on screen longer) as the person who started it (the name Linje passes
 * along for the simulator), as if they had approved it in their app. It listens on 127.0.0.1
 * (EID_SIMULATOR_HOST to change) and stops on SIGINT/SIGTERM (and, with
 * EID_SIMULATOR_STOP_WITH_STDIN=1, when its standard input closes).
 */
import type { SignRequest } from '../catalog/eid/bankid-protocol.js';
import { startBankIdSimulator } from '../catalog/eid/bankid-simulator.js';

function personOf(request: SignRequest) {
  let named: { givenName?: unknown; surname?: unknown } = {};
  try {
    named = JSON.parse(
      Buffer.from(request.userNonVisibleData ?? '', 'base64').toString('utf8'),
    ) as typeof named;
  } catch {
    named = {};
  }
  const givenName = typeof named.givenName === 'string' ? named.givenName : 'Test';
  const surname = typeof named.surname === 'string' ? named.surname : 'Person';
  return { personalNumber: '190001010000', name: `${givenName} ${surname}`, givenName, surname };
}

const port = Number(process.env['EID_SIMULATOR_PORT'] ?? 8099);
const host = process.env['EID_SIMULATOR_HOST'] ?? '127.0.0.1';
const completeAfter = Number(process.env['EID_SIMULATOR_COLLECTS'] ?? 2);
const sim = await startBankIdSimulator({ host, port, autoComplete: personOf, completeAfter });
console.log(`BankID simulator on ${sim.url} (set EID_ENDPOINT=${sim.url})`);
const stop = () => void sim.close().then(() => process.exit(0));
process.on('SIGINT', stop);
process.on('SIGTERM', stop);
// Started by a test run: end with it, even when it could not stop us (its stdin pipe closes).
if (process.env['EID_SIMULATOR_STOP_WITH_STDIN'] === '1') {
  process.stdin.on('end', stop);
  process.stdin.resume();
}

import { spawn } from 'node:child_process';
import path from 'node:path';
import { freePort } from './server.js';

const root = path.resolve(import.meta.dirname, '..', '..');

export interface RunningSimulator {
  url: string;
  stop: () => Promise<void>;
}

/**
 * Starts the built BankID simulator (`npm run eid:simulator`) on a free loopback port. Its
 * orders complete as the person who started them on the `collects`th poll, which keeps the
 * "open your BankID app" state on screen for about 20 seconds (web polls every 2 s): room
 * for a test on loaded cores to check and cancel it before it completes.
 */
export async function startEidSimulator(collects = 10): Promise<RunningSimulator> {
  const port = await freePort();
  const child = spawn(process.execPath, [path.join(root, 'server/dist/cli/eid-simulator.js')], {
    env: {
      ...process.env,
      EID_SIMULATOR_HOST: '127.0.0.1',
      EID_SIMULATOR_PORT: String(port),
      EID_SIMULATOR_COLLECTS: String(collects),
      EID_SIMULATOR_STOP_WITH_STDIN: '1',
    },
    stdio: ['pipe', 'pipe', 'inherit'],
  });
  const url = `http://127.0.0.1:${port}`;
  await new Promise<void>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error('The e-ID simulator did not start')), 30_000);
    child.once('exit', (code) => reject(new Error(`The e-ID simulator exited with ${code}`)));
    child.stdout.on('data', (chunk: Buffer) => {
      if (chunk.toString('utf8').includes(url)) {
        clearTimeout(timer);
        resolve();
      }
    });
  });
  return {
    url,
    stop: async () => {
      if (child.exitCode !== null) return;
      const exited = new Promise<void>((r) => child.once('exit', () => r()));
      child.kill('SIGTERM');
      await exited;
    },
  };
}

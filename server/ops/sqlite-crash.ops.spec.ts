import { randomUUID } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { ServerProcess, tempDir } from './server-process.js';
import { sqliteAll } from './sqlite-file.js';

const AGENT = 'SAOR9112';
const CREATE = 'mutation($input: CreateTicketInput!) { createTicket(input: $input) { id number } }';
const CREATIONS = 1000;
const CONCURRENCY = 32;
/** Acknowledged creations before the kill: well inside the run. */
const KILL_AFTER = 300;

/** kill -9 of a server on a SQLite file while it files tickets; nothing acknowledged is lost. */
describe('SQLite durability across kill -9', () => {
  const dir = tempDir('linje-crash-');
  const file = path.join(dir, 'linje.sqlite');
  const env = {
    SQLITE_PATH: file,
    DEMO_SEED: 'auto',
    WEB_DIST: path.join(dir, 'no-web'),
    OUTBOX_DIR: path.join(dir, 'outbox'),
  };
  const servers: ServerProcess[] = [];
  afterAll(async () => {
    await Promise.all(servers.map((s) => s.stop()));
    fs.rmSync(dir, { recursive: true, force: true });
  });

  it('keeps every acknowledged creation exactly once, and the file passes integrity_check', async () => {
    const first = await ServerProcess.start(env);
    servers.push(first);
    const cookie = await first.signIn(AGENT);
    const marker = `crash-${randomUUID().slice(0, 8)}`;
    const acknowledged = new Map<string, string>();
    let refused = 0;
    let killed: Promise<void> | null = null;
    let next = 0;
    await Promise.all(
      Array.from({ length: CONCURRENCY }, async () => {
        for (let i = next++; i < CREATIONS; i = next++) {
          const title = `${marker}-${i}`;
          try {
            const res = await first.gql<{ createTicket: { id: string } }>(
              CREATE,
              { input: { title, impact: 'PERSON', urgency: 'LOW' } },
              cookie,
            );
            const id = res.data?.createTicket.id;
            if (res.status === 200 && !res.errors && id) acknowledged.set(title, id);
            else refused += 1;
          } catch {
            refused += 1; // the connection died with the server: no answer, no promise
          }
          if (acknowledged.size >= KILL_AFTER && !killed) killed = first.kill();
        }
      }),
    );
    await killed;
    expect(first.child.signalCode).toBe('SIGKILL');
    expect(acknowledged.size).toBeGreaterThanOrEqual(KILL_AFTER);
    expect(acknowledged.size + refused).toBe(CREATIONS);
    expect(acknowledged.size).toBeLessThan(CREATIONS);

    // Restart on the same file: it opens and recovers the WAL.
    const second = await ServerProcess.start(env);
    servers.push(second);
    const again = await second.signIn(AGENT);
    const ok = await second.gql<{ viewer: { id: string } | null }>('{ viewer { id } }', {}, again);
    expect(ok.data?.viewer?.id).toBeTruthy();

    const rows = await sqliteAll<{ id: string; title: string }>(
      file,
      'select id, title from ticket where title like ?',
      [`${marker}-%`],
    );
    const byTitle = new Map<string, string[]>();
    for (const r of rows) byTitle.set(r.title, [...(byTitle.get(r.title) ?? []), r.id]);
    const lost = [...acknowledged].filter(([title, id]) => {
      const stored = byTitle.get(title);
      return stored?.length !== 1 || stored[0] !== id;
    });
    expect(lost).toEqual([]);
    // Nothing twice either, acknowledged or not.
    expect([...byTitle.values()].filter((ids) => ids.length !== 1)).toEqual([]);
    expect(await sqliteAll(file, 'PRAGMA integrity_check')).toEqual([{ integrity_check: 'ok' }]);
  });
});

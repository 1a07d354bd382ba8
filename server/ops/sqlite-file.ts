import sqlite3 from 'sqlite3';

/** Runs one query on a SQLite file with the sqlite3 driver and closes it again (read-write: FTS5 checks its index with writes). */
export async function sqliteAll<T>(
  file: string,
  sql: string,
  params: unknown[] = [],
): Promise<T[]> {
  const db = await new Promise<sqlite3.Database>((resolve, reject) => {
    const opened = new sqlite3.Database(file, sqlite3.OPEN_READWRITE, (err) =>
      err ? reject(err) : resolve(opened),
    );
  });
  try {
    await new Promise<void>((resolve, reject) =>
      db.run('PRAGMA busy_timeout = 5000', (err) => (err ? reject(err) : resolve())),
    );
    return await new Promise<T[]>((resolve, reject) =>
      db.all(sql, params, (err, rows) => (err ? reject(err) : resolve(rows as T[]))),
    );
  } finally {
    await new Promise<void>((resolve) => db.close(() => resolve()));
  }
}

// The Node flags `npm start` gives the server (the root package.json "start" script), so a
// benchmark measures the server as it runs in production.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');

export function startFlags() {
  const { scripts } = JSON.parse(fs.readFileSync(path.join(root, 'package.json'), 'utf8'));
  const start = /\bnode((?:\s+--\S+)*)\s+server\/dist\/main\.js/.exec(scripts.start);
  if (!start) throw new Error('the "start" script does not run node server/dist/main.js');
  return start[1].split(/\s+/).filter(Boolean);
}

/**
 * Runs the calling script again with the start flags it lacks (V8 reads them only when
 * the process starts) and exits with its status; returns when it already has them.
 */
export function ensureStartFlags(scriptUrl) {
  const missing = startFlags().filter((flag) => !process.execArgv.includes(flag));
  if (missing.length === 0) return;
  const res = spawnSync(
    process.execPath,
    [...process.execArgv, ...missing, fileURLToPath(scriptUrl), ...process.argv.slice(2)],
    { stdio: 'inherit' },
  );
  process.exit(res.status ?? 1);
}

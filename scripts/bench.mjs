#!/usr/bin/env node
// Runs every benchmark (files named *.bench.mjs under shared/bench and server/bench) against the built code.
// Benchmarks print their figures and ratios to the targets; they never fail a test run.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';

const root = path.resolve(import.meta.dirname, '..');
const only = process.argv.slice(2);

const build = spawnSync('npx', ['turbo', 'run', 'build', '--output-logs=errors-only'], {
  cwd: root,
  stdio: 'inherit',
});
if (build.status !== 0) process.exit(build.status ?? 1);

const files = ['shared/bench', 'server/bench']
  .filter((dir) => fs.existsSync(path.join(root, dir)))
  .flatMap((dir) =>
    fs
      .readdirSync(path.join(root, dir))
      .filter((f) => f.endsWith('.bench.mjs'))
      .map((f) => path.join(dir, f)),
  )
  .filter((f) => only.length === 0 || only.some((o) => f.includes(o)));

let failed = false;
for (const file of files) {
  process.stdout.write(`\n=== ${file} ===\n`);
  const res = spawnSync(process.execPath, [path.join(root, file)], { cwd: root, stdio: 'inherit' });
  if (res.status !== 0) failed = true;
}
process.exit(failed ? 1 : 0);

#!/usr/bin/env node
// Runs every check and test of Linje and ends with one line: "N passed, N failed".
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

const root = path.resolve(import.meta.dirname, '..');
const reports = fs.mkdtempSync(path.join(os.tmpdir(), 'linje-test-'));
const only = process.argv.slice(2);
let passed = 0;
let failed = 0;
const failures = [];

function run(name, cmd, args, env = {}) {
  process.stdout.write(`\n=== ${name} ===\n`);
  const started = performance.now();
  const res = spawnSync(cmd, args, {
    cwd: root,
    stdio: 'inherit',
    env: { ...process.env, ...env },
  });
  const seconds = ((performance.now() - started) / 1000).toFixed(1);
  process.stdout.write(`--- ${name}: ${res.status === 0 ? 'ok' : 'FAILED'} in ${seconds}s\n`);
  return res.status === 0;
}

function step(name, cmd, args) {
  if (!run(name, cmd, args)) {
    failed += 1;
    failures.push(name);
  } else {
    passed += 1;
  }
}

function vitest(workspace) {
  const out = path.join(reports, `${workspace}.json`);
  const ok = run(`unit and integration tests: ${workspace}`, 'npx', [
    'vitest',
    'run',
    '--root',
    workspace,
    '--reporter=default',
    '--reporter=json',
    `--outputFile.json=${out}`,
  ]);
  countVitest(out, ok, workspace);
}

/** A vitest run with its own configuration file, counted like the workspaces' runs. */
function vitestConfig(name, title, config) {
  const out = path.join(reports, `${name}.json`);
  const ok = run(title, 'npx', [
    'vitest',
    'run',
    '--config',
    config,
    '--reporter=default',
    '--reporter=json',
    `--outputFile.json=${out}`,
  ]);
  countVitest(out, ok, name);
}

function countVitest(file, ok, name) {
  if (!fs.existsSync(file)) {
    failed += 1;
    failures.push(`${name} (no report)`);
    return;
  }
  const r = JSON.parse(fs.readFileSync(file, 'utf8'));
  passed += r.numPassedTests;
  failed += r.numFailedTests;
  if (r.numPendingTests + r.numTodoTests > 0) {
    failed += r.numPendingTests + r.numTodoTests;
    failures.push(`${name}: skipped or todo tests are not allowed`);
  }
  if (!ok && r.numFailedTests === 0) {
    failed += 1;
    failures.push(`${name} (suite error)`);
  }
}

function playwright() {
  const out = path.join(reports, 'e2e.json');
  const ok = run(
    'end-to-end tests (Chromium)',
    'npx',
    ['playwright', 'test', '--config', 'e2e/playwright.config.ts'],
    {
      PLAYWRIGHT_JSON_OUTPUT_NAME: out,
    },
  );
  if (!fs.existsSync(out)) {
    failed += 1;
    failures.push('e2e (no report)');
    return;
  }
  const s = JSON.parse(fs.readFileSync(out, 'utf8')).stats;
  passed += s.expected + s.flaky;
  failed += s.unexpected + s.skipped;
  if (!ok && s.unexpected === 0) {
    failed += 1;
    failures.push('e2e (run error)');
  }
}

const want = (name) => only.length === 0 || only.includes(name);

if (want('build'))
  step('build (shared, server, web)', 'npx', [
    'turbo',
    'run',
    'build',
    '--output-logs=errors-only',
  ]);
if (want('lint')) {
  step('lint (ESLint)', 'npx', ['eslint', '.', '--max-warnings=0']);
  step('format (Prettier)', 'npx', ['prettier', '--check', '.', '--log-level=warn']);
  step('types (tsc)', 'npx', ['turbo', 'run', 'typecheck', '--output-logs=errors-only']);
}
if (want('unit')) {
  vitest('shared');
  vitest('server');
  vitest('web');
}
if (want('postgres'))
  vitestConfig('postgres', 'integration tests on PostgreSQL', 'server/vitest.postgres.config.ts');
if (want('ops'))
  vitestConfig(
    'ops',
    'operations tests: processes, crashes, backups',
    'server/vitest.ops.config.ts',
  );
if (want('e2e')) playwright();

fs.rmSync(reports, { recursive: true, force: true });
if (failures.length) process.stdout.write(`\nFailed: ${failures.join(', ')}\n`);
process.stdout.write(`\n${passed} passed, ${failed} failed\n`);
process.exit(failed === 0 ? 0 : 1);

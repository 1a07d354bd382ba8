import path from 'node:path';
import os from 'node:os';
import fs from 'node:fs';
import { startApp } from '../bootstrap.js';
import { SystemClock } from '../common/clock.js';
import { loadConfig } from '../config/config.js';

/** Regenerates server/schema.graphql, which the web's types are generated from. */
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'linje-schema-'));
const target = path.resolve(import.meta.dirname, '..', '..', 'schema.graphql');
const config = loadConfig({
  PORT: '0',
  HOST: '127.0.0.1',
  SQLITE_PATH: path.join(dir, 'schema.sqlite'),
  DEMO_SEED: 'never',
  LOG_LEVEL: 'warn',
});
const running = await startApp(config, new SystemClock(), { schemaFile: target });
await running.close();
fs.rmSync(dir, { recursive: true, force: true });
process.stdout.write(`Wrote ${target}\n`);

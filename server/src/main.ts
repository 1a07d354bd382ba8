import { SystemClock } from './common/clock.js';
import { ConfigError, loadConfig } from './config/config.js';
import { startApp } from './bootstrap.js';

// `npm start` is production: no stack traces in responses, whatever NODE_ENV was.
process.env['NODE_ENV'] ??= 'production';

try {
  const config = loadConfig();
  const running = await startApp(config, new SystemClock());
  process.stdout.write(`Linje is running on ${running.url}\n`);
} catch (err) {
  if (err instanceof ConfigError) {
    process.stderr.write(`${err.message}\n`);
    process.exit(1);
  }
  throw err;
}

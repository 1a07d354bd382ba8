import './production-env.js';
import { ShiftedClock, SystemClock } from './common/clock.js';
import { ConfigError, loadConfig } from './config/config.js';
import { startApp } from './bootstrap.js';

try {
  const config = loadConfig();
  const running = await startApp(
    config,
    config.clockStart ? new ShiftedClock(config.clockStart) : new SystemClock(),
  );
  process.stdout.write(`Linje is running on ${running.url}\n`);
  // Graceful shutdown: stop accepting requests, finish the ones under way, close the database.
  const shutdown = (signal: string) => {
    process.stdout.write(`${signal} received, shutting down\n`);
    const force = setTimeout(() => process.exit(1), 10_000);
    force.unref();
    running
      .close()
      .then(() => process.exit(0))
      .catch(() => process.exit(1));
  };
  process.once('SIGTERM', () => shutdown('SIGTERM'));
  process.once('SIGINT', () => shutdown('SIGINT'));
} catch (err) {
  if (err instanceof ConfigError) {
    process.stderr.write(`${err.message}\n`);
    process.exit(1);
  }
  throw err;
}

import { BackupError, restore } from '../backup/backup.js';
import { ConfigError, loadConfig } from '../config/config.js';

// npm run restore -- <file.tar.gz> [--force]: with every server process stopped.
const args = process.argv.slice(2);
const source = args.find((a) => !a.startsWith('--'));
if (!source) {
  process.stderr.write('usage: npm run restore -- <file.tar.gz> [--force]\n');
  process.exit(2);
}
try {
  const manifest = await restore(loadConfig(), source, { force: args.includes('--force') });
  process.stdout.write(
    `Restored the ${manifest.database} database and attachments from ${source} (made ${manifest.createdAt}).\n`,
  );
} catch (err) {
  if (err instanceof BackupError || err instanceof ConfigError) {
    process.stderr.write(`${err.message}\n`);
    process.exit(1);
  }
  throw err;
}

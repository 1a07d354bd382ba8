import { BackupError, backup } from '../backup/backup.js';
import { ConfigError, loadConfig } from '../config/config.js';

// npm run backup -- <file.tar.gz>: the database and the attachments, while the server runs.
const target = process.argv[2];
if (!target) {
  process.stderr.write('usage: npm run backup -- <file.tar.gz>\n');
  process.exit(2);
}
try {
  const manifest = await backup(loadConfig(), target);
  process.stdout.write(
    `Backed up the ${manifest.database} database and attachments to ${target}\n`,
  );
} catch (err) {
  if (err instanceof BackupError || err instanceof ConfigError) {
    process.stderr.write(`${err.message}\n`);
    process.exit(1);
  }
  throw err;
}

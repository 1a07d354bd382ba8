import { loadConfig } from '../config/config.js';
import { migrate, withMigrationLock, withOrm } from '../database/migrate.js';

const config = loadConfig();
const applied = await withMigrationLock(config.database, () => withOrm(config.database, migrate));
process.stdout.write(
  applied.length
    ? `Applied ${applied.length} migration(s): ${applied.join(', ')}\n`
    : 'The database is up to date.\n',
);

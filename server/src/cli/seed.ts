import { SystemClock } from '../common/clock.js';
import { loadConfig } from '../config/config.js';
import { migrate, withOrm } from '../database/migrate.js';
import { DEMO_PASSWORD, seedDemo } from '../demo/demo-seed.js';
import { Tenant } from '../tenants/tenant.entity.js';

const config = loadConfig();
await withOrm(config.database, async (orm) => {
  await migrate(orm);
  const em = orm.em.fork();
  if ((await em.count(Tenant, {}, { filters: false })) > 0) {
    process.stdout.write(
      'The database already has data; the demo seed only fills an empty database.\n',
    );
    return;
  }
  await seedDemo(em, new SystemClock().now());
  process.stdout.write(`Demo data added. Every demo account's password is ${DEMO_PASSWORD}\n`);
});

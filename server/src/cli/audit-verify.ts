import { verifyAuditChains } from '../audit/audit-chain.js';
import { loadConfig } from '../config/config.js';
import { withOrm } from '../database/migrate.js';

/**
 * `npm run audit:verify`: checks every tenant's audit hash chain; exits 1 naming the first
 * broken position of each broken chain.
 */
const config = loadConfig();
const result = await withOrm(config.database, (orm) => verifyAuditChains(orm.em.fork()));
for (const b of result.breaks) {
  process.stdout.write(
    `BROKEN tenant ${b.tenantId} at position ${b.position} (entry ${b.entryId ?? '-'}): ${b.problem}\n`,
  );
}
process.stdout.write(
  result.breaks.length
    ? `Audit log NOT intact: ${result.breaks.length} of ${result.tenants} chain(s) broken.\n`
    : `Audit log intact: ${result.entries} entries in ${result.tenants} chain(s).\n`,
);
process.exitCode = result.breaks.length ? 1 : 0;

import fs from 'node:fs';
import path from 'node:path';
import { AuditService } from '../audit/audit.service.js';
import { SystemClock } from '../common/clock.js';
import { loadConfig } from '../config/config.js';
import { migrate, withOrm } from '../database/migrate.js';
import { BeforeCommit } from '../database/before-commit.js';
import { HrImporter } from '../hr-import/hr-importer.js';
import { Tenant } from '../tenants/tenant.entity.js';

const USAGE = `Usage: npm run import:hr -- --tenant <CODE> [--dry-run] <file.csv|file.json>

Imports people from an HR export into one municipality (e.g. --tenant KAV).
Columns: personNumber, givenName, surname (required), birthDate, email, mobile, workPhone,
jobTitle, kind, managerPersonNumber, orgUnitCode, orgUnitName, startDate, endDate.
Bad rows are listed with their row number and skipped; the other rows are imported.
Exit code: 0 all rows fine, 1 the file was refused, 2 some rows were skipped.`;

const args = process.argv.slice(2);
let tenantCode: string | undefined;
let file: string | undefined;
let dryRun = false;
for (let i = 0; i < args.length; i++) {
  const a = args[i];
  if (a === '--tenant') tenantCode = args[++i];
  else if (a === '--dry-run') dryRun = true;
  else if (a === '--help' || a === '-h') {
    process.stdout.write(`${USAGE}\n`);
    process.exit(0);
  } else file = a;
}
if (!tenantCode || !file) {
  process.stderr.write(`${USAGE}\n`);
  process.exit(1);
}
const format = path.extname(file).toLowerCase() === '.json' ? 'JSON' : 'CSV';
const content = fs.readFileSync(file, 'utf8');
const config = loadConfig();
const clock = new SystemClock();
const code = tenantCode.toUpperCase();

const exitCode = await withOrm(config.database, async (orm) => {
  await migrate(orm);
  const em = orm.em.fork();
  const tenant = await em.findOne(Tenant, { code }, { filters: false });
  if (!tenant) {
    process.stderr.write(`No municipality with code ${code}.\n`);
    return 1;
  }
  const beforeCommit = new BeforeCommit(orm);
  beforeCommit.onModuleInit();
  const audit = new AuditService(clock, beforeCommit);
  const importer = new HrImporter({ clock, audit, config });
  const report = await importer.run(em, tenant, content, format, null, { dryRun });
  if (report.fileErrors.length > 0) {
    process.stderr.write(`The file was refused; nothing was imported:\n`);
    for (const e of report.fileErrors) process.stderr.write(`  - ${e}\n`);
    return 1;
  }
  process.stdout.write(
    `${dryRun ? '[dry run] ' : ''}${tenant.name}: ${report.rows} rows — ${report.created} created, ${report.updated} updated (${report.moved} moved, ${report.ended} ended), ${report.unchanged} unchanged, ${report.rejected.length} skipped.\n`,
  );
  for (const r of report.rejected) {
    const what = r.problems.map((p) => `${p.field}: ${p.message}`).join('; ');
    process.stdout.write(
      `  row ${r.row}${r.personNumber ? ` (${r.personNumber})` : ''}: ${what}\n`,
    );
  }
  return report.rejected.length > 0 ? 2 : 0;
});
process.exit(exitCode);

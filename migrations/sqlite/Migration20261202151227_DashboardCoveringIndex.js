'use strict';
Object.defineProperty(exports, '__esModule', { value: true });
const { Migration } = require('@mikro-orm/migrations');

class Migration20261202151227_DashboardCoveringIndex extends Migration {

  async up() {
    this.addSql(`drop index \`ticket_queue_sla_idx\`;`);

    this.addSql(`create index \`ticket_queue_sla_idx\` on \`ticket\` (\`tenant_id\`, \`status\`, \`sla_due_at\`, \`id\`, \`priority\`, \`group_id\`);`);
    // Dropping the index dropped its statistics (see Migration20261202140000_PartialDeadlineIndex).
    const analysed = await this.execute(`select 1 from sqlite_master where name = 'sqlite_stat1'`);
    if (analysed.length > 0) this.addSql(`analyze ticket_queue_sla_idx;`);
  }

}
exports.Migration20261202151227_DashboardCoveringIndex = Migration20261202151227_DashboardCoveringIndex;

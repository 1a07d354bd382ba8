'use strict';
Object.defineProperty(exports, '__esModule', { value: true });
const { Migration } = require('@mikro-orm/migrations');

class Migration20261202140000_PartialDeadlineIndex extends Migration {

  async up() {
    this.addSql(`drop index if exists \`ticket_sla_due_idx\`;`);
    this.addSql(`create index ticket_sla_due_idx on ticket (sla_due_at, id) where sla_due_at is not null;`);
    // A database that was analysed keeps statistics for every other index; without a row
    // for the new one, the planner would take it for a full index and sort the queue.
    const analysed = await this.execute(`select 1 from sqlite_master where name = 'sqlite_stat1'`);
    if (analysed.length > 0) this.addSql(`analyze ticket_sla_due_idx;`);
  }

}
exports.Migration20261202140000_PartialDeadlineIndex = Migration20261202140000_PartialDeadlineIndex;

'use strict';
Object.defineProperty(exports, '__esModule', { value: true });
const { Migration } = require('@mikro-orm/migrations');

class Migration20261202151230_DashboardCoveringIndex extends Migration {

  async up() {
    this.addSql(`drop index "ticket_queue_sla_idx";`);

    this.addSql(`create index "ticket_queue_sla_idx" on "ticket" ("tenant_id", "status", "sla_due_at", "id", "priority", "group_id");`);
  }

  async down() {
    this.addSql(`drop index "ticket_queue_sla_idx";`);

    this.addSql(`create index "ticket_queue_sla_idx" on "ticket" ("tenant_id", "status", "sla_due_at", "id");`);
  }

}
exports.Migration20261202151230_DashboardCoveringIndex = Migration20261202151230_DashboardCoveringIndex;

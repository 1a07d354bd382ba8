'use strict';
Object.defineProperty(exports, '__esModule', { value: true });
const { Migration } = require('@mikro-orm/migrations');

class Migration20261123150242_QueueSlaIndex extends Migration {

  async up() {
    this.addSql(`create index "ticket_sla_due_idx" on "ticket" ("sla_due_at", "id");`);
  }

  async down() {
    this.addSql(`drop index "ticket_sla_due_idx";`);
  }

}
exports.Migration20261123150242_QueueSlaIndex = Migration20261123150242_QueueSlaIndex;

'use strict';
Object.defineProperty(exports, '__esModule', { value: true });
const { Migration } = require('@mikro-orm/migrations');

class Migration20261202140001_PartialDeadlineIndex extends Migration {

  async up() {
    this.addSql(`drop index if exists "ticket_sla_due_idx";`);
    this.addSql(`create index ticket_sla_due_idx on ticket (sla_due_at, id) where sla_due_at is not null;`);
  }

  async down() {
    this.addSql(`drop index "ticket_sla_due_idx";`);
    this.addSql(`create index "ticket_sla_due_idx" on "ticket" ("sla_due_at", "id");`);
  }

}
exports.Migration20261202140001_PartialDeadlineIndex = Migration20261202140001_PartialDeadlineIndex;

'use strict';
Object.defineProperty(exports, '__esModule', { value: true });
const { Migration } = require('@mikro-orm/migrations');

class Migration20261202144449_OperatorGroupNewestIndexes extends Migration {

  async up() {
    this.addSql(`create index "ticket_group_created_idx" on "ticket" ("group_id", "created_at", "id");`);
    this.addSql(`create index "ticket_operator_created_idx" on "ticket" ("operator_id", "created_at", "id");`);
  }

  async down() {
    this.addSql(`drop index "ticket_group_created_idx";`);
    this.addSql(`drop index "ticket_operator_created_idx";`);
  }

}
exports.Migration20261202144449_OperatorGroupNewestIndexes = Migration20261202144449_OperatorGroupNewestIndexes;

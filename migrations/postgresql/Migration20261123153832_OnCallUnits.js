'use strict';
Object.defineProperty(exports, '__esModule', { value: true });
const { Migration } = require('@mikro-orm/migrations');

class Migration20261123153832_OnCallUnits extends Migration {

  async up() {
    this.addSql(`alter table "on_call_period" add column "unit_ids" jsonb not null default '[]';`);
  }

  async down() {
    this.addSql(`alter table "on_call_period" drop column "unit_ids";`);
  }

}
exports.Migration20261123153832_OnCallUnits = Migration20261123153832_OnCallUnits;

'use strict';
Object.defineProperty(exports, '__esModule', { value: true });
const { Migration } = require('@mikro-orm/migrations');

class Migration20261123153830_OnCallUnits extends Migration {

  async up() {
    this.addSql(`alter table \`on_call_period\` add column \`unit_ids\` json not null default '[]';`);
  }

}
exports.Migration20261123153830_OnCallUnits = Migration20261123153830_OnCallUnits;

'use strict';
Object.defineProperty(exports, '__esModule', { value: true });
const { Migration } = require('@mikro-orm/migrations');

class Migration20261207153051_AssetShared extends Migration {

  async up() {
    this.addSql(`alter table "asset" add column "shared" boolean not null default false;`);
  }

  async down() {
    this.addSql(`alter table "asset" drop column "shared";`);
  }

}
exports.Migration20261207153051_AssetShared = Migration20261207153051_AssetShared;

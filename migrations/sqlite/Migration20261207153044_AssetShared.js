'use strict';
Object.defineProperty(exports, '__esModule', { value: true });
const { Migration } = require('@mikro-orm/migrations');

class Migration20261207153044_AssetShared extends Migration {

  async up() {
    this.addSql(`alter table \`asset\` add column \`shared\` integer not null default false;`);
  }

}
exports.Migration20261207153044_AssetShared = Migration20261207153044_AssetShared;

'use strict';
Object.defineProperty(exports, '__esModule', { value: true });
const { Migration } = require('@mikro-orm/migrations');

class Migration20261207145746_AssetRegisterDetails extends Migration {

  async up() {
    this.addSql(`alter table \`asset\` add column \`status\` text not null default 'IN_USE';`);
    this.addSql(`alter table \`asset\` add column \`model\` text null;`);
    this.addSql(`alter table \`asset\` add column \`serial\` text null;`);
    this.addSql(`alter table \`asset\` add column \`purchase_date\` text null;`);
    this.addSql(`alter table \`asset\` add column \`price_minor\` integer null;`);
  }

}
exports.Migration20261207145746_AssetRegisterDetails = Migration20261207145746_AssetRegisterDetails;

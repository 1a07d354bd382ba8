'use strict';
Object.defineProperty(exports, '__esModule', { value: true });
const { Migration } = require('@mikro-orm/migrations');

class Migration20261207145752_AssetRegisterDetails extends Migration {

  async up() {
    this.addSql(`alter table "asset" add column "status" varchar(16) not null default 'IN_USE', add column "model" varchar(200) null, add column "serial" varchar(100) null, add column "purchase_date" varchar(10) null, add column "price_minor" int null;`);
  }

  async down() {
    this.addSql(`alter table "asset" drop column "status", drop column "model", drop column "serial", drop column "purchase_date", drop column "price_minor";`);
  }

}
exports.Migration20261207145752_AssetRegisterDetails = Migration20261207145752_AssetRegisterDetails;

'use strict';
Object.defineProperty(exports, '__esModule', { value: true });
const { Migration } = require('@mikro-orm/migrations');

class Migration20261207150038_AssetCatalogOrder extends Migration {

  async up() {
    this.addSql(`alter table "asset" add column "order_id" varchar(36) null;`);
    this.addSql(`alter table "asset" add constraint "asset_order_id_foreign" foreign key ("order_id") references "catalog_order" ("id") on update cascade on delete set null;`);
  }

  async down() {
    this.addSql(`alter table "asset" drop constraint "asset_order_id_foreign";`);

    this.addSql(`alter table "asset" drop column "order_id";`);
  }

}
exports.Migration20261207150038_AssetCatalogOrder = Migration20261207150038_AssetCatalogOrder;

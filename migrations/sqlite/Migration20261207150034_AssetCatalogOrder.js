'use strict';
Object.defineProperty(exports, '__esModule', { value: true });
const { Migration } = require('@mikro-orm/migrations');

class Migration20261207150034_AssetCatalogOrder extends Migration {

  async up() {
    this.addSql(`alter table \`asset\` add column \`order_id\` text null constraint \`asset_order_id_foreign\` references \`catalog_order\` (\`id\`) on update cascade on delete set null;`);
    this.addSql(`create index \`asset_order_id_index\` on \`asset\` (\`order_id\`);`);
  }

}
exports.Migration20261207150034_AssetCatalogOrder = Migration20261207150034_AssetCatalogOrder;

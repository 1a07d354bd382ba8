'use strict';
Object.defineProperty(exports, '__esModule', { value: true });
const { Migration } = require('@mikro-orm/migrations');

class Migration20261207141420_CatalogSensitiveDecisions extends Migration {

  async up() {
    this.addSql(`create table \`catalog_result\` (\`id\` text not null, \`tenant_id\` text not null, \`order_id\` text not null, \`text\` text not null, \`recorded_by_id\` text not null, \`recorded_at\` datetime not null, constraint \`catalog_result_tenant_id_foreign\` foreign key(\`tenant_id\`) references \`tenant\`(\`id\`) on update cascade, constraint \`catalog_result_order_id_foreign\` foreign key(\`order_id\`) references \`catalog_order\`(\`id\`) on update cascade, constraint \`catalog_result_recorded_by_id_foreign\` foreign key(\`recorded_by_id\`) references \`person\`(\`id\`) on update cascade, primary key (\`id\`));`);
    this.addSql(`create index \`catalog_result_tenant_id_index\` on \`catalog_result\` (\`tenant_id\`);`);
    this.addSql(`create unique index \`catalog_result_order_unique\` on \`catalog_result\` (\`order_id\`);`);

    this.addSql(`alter table \`catalog_item\` add column \`confidentiality\` json null;`);
  }

}
exports.Migration20261207141420_CatalogSensitiveDecisions = Migration20261207141420_CatalogSensitiveDecisions;

'use strict';
Object.defineProperty(exports, '__esModule', { value: true });
const { Migration } = require('@mikro-orm/migrations');

class Migration20261207123300_CatalogDocuments extends Migration {

  async up() {
    this.addSql(`create table \`catalog_document\` (\`id\` text not null, \`tenant_id\` text not null, \`order_id\` text not null, \`form_version\` integer not null, \`file_name\` text not null, \`bytes\` blob not null, \`size\` integer not null, \`sha256\` text not null, \`created_at\` datetime not null, constraint \`catalog_document_tenant_id_foreign\` foreign key(\`tenant_id\`) references \`tenant\`(\`id\`) on update cascade, constraint \`catalog_document_order_id_foreign\` foreign key(\`order_id\`) references \`catalog_order\`(\`id\`) on update cascade, primary key (\`id\`));`);
    this.addSql(`create index \`catalog_document_tenant_id_index\` on \`catalog_document\` (\`tenant_id\`);`);
    this.addSql(`create unique index \`catalog_document_order_version_unique\` on \`catalog_document\` (\`order_id\`, \`form_version\`);`);
  }

}
exports.Migration20261207123300_CatalogDocuments = Migration20261207123300_CatalogDocuments;

'use strict';
Object.defineProperty(exports, '__esModule', { value: true });
const { Migration } = require('@mikro-orm/migrations');

class Migration20261207123301_CatalogDocuments extends Migration {

  async up() {
    this.addSql(`create table "catalog_document" ("id" varchar(36) not null, "tenant_id" varchar(36) not null, "order_id" varchar(36) not null, "form_version" int not null, "file_name" varchar(200) not null, "bytes" bytea not null, "size" int not null, "sha256" varchar(64) not null, "created_at" timestamptz not null, constraint "catalog_document_pkey" primary key ("id"));`);
    this.addSql(`create index "catalog_document_tenant_id_index" on "catalog_document" ("tenant_id");`);
    this.addSql(`alter table "catalog_document" add constraint "catalog_document_order_version_unique" unique ("order_id", "form_version");`);

    this.addSql(`alter table "catalog_document" add constraint "catalog_document_tenant_id_foreign" foreign key ("tenant_id") references "tenant" ("id") on update cascade;`);
    this.addSql(`alter table "catalog_document" add constraint "catalog_document_order_id_foreign" foreign key ("order_id") references "catalog_order" ("id") on update cascade;`);
  }

  async down() {
    this.addSql(`drop table if exists "catalog_document" cascade;`);
  }

}
exports.Migration20261207123301_CatalogDocuments = Migration20261207123301_CatalogDocuments;

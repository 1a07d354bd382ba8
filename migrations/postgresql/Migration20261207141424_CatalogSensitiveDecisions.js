'use strict';
Object.defineProperty(exports, '__esModule', { value: true });
const { Migration } = require('@mikro-orm/migrations');

class Migration20261207141424_CatalogSensitiveDecisions extends Migration {

  async up() {
    this.addSql(`create table "catalog_result" ("id" varchar(36) not null, "tenant_id" varchar(36) not null, "order_id" varchar(36) not null, "text" text not null, "recorded_by_id" varchar(36) not null, "recorded_at" timestamptz not null, constraint "catalog_result_pkey" primary key ("id"));`);
    this.addSql(`create index "catalog_result_tenant_id_index" on "catalog_result" ("tenant_id");`);
    this.addSql(`alter table "catalog_result" add constraint "catalog_result_order_unique" unique ("order_id");`);

    this.addSql(`alter table "catalog_result" add constraint "catalog_result_tenant_id_foreign" foreign key ("tenant_id") references "tenant" ("id") on update cascade;`);
    this.addSql(`alter table "catalog_result" add constraint "catalog_result_order_id_foreign" foreign key ("order_id") references "catalog_order" ("id") on update cascade;`);
    this.addSql(`alter table "catalog_result" add constraint "catalog_result_recorded_by_id_foreign" foreign key ("recorded_by_id") references "person" ("id") on update cascade;`);

    this.addSql(`alter table "catalog_item" add column "confidentiality" jsonb null;`);
  }

  async down() {
    this.addSql(`drop table if exists "catalog_result" cascade;`);

    this.addSql(`alter table "catalog_item" drop column "confidentiality";`);
  }

}
exports.Migration20261207141424_CatalogSensitiveDecisions = Migration20261207141424_CatalogSensitiveDecisions;

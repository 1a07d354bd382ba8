'use strict';
Object.defineProperty(exports, '__esModule', { value: true });
const { Migration } = require('@mikro-orm/migrations');

class Migration20261123152056_SavedViews extends Migration {

  async up() {
    this.addSql(`create table "saved_view" ("id" varchar(36) not null, "tenant_id" varchar(36) not null, "owner_id" varchar(36) not null, "name" varchar(80) not null, "shared" boolean not null default false, "filters" jsonb not null, "created_at" timestamptz not null, constraint "saved_view_pkey" primary key ("id"));`);
    this.addSql(`create index "saved_view_tenant_id_index" on "saved_view" ("tenant_id");`);
    this.addSql(`create index "saved_view_tenant_id_shared_index" on "saved_view" ("tenant_id", "shared");`);
    this.addSql(`create index "saved_view_owner_id_name_index" on "saved_view" ("owner_id", "name");`);

    this.addSql(`alter table "saved_view" add constraint "saved_view_tenant_id_foreign" foreign key ("tenant_id") references "tenant" ("id") on update cascade;`);
    this.addSql(`alter table "saved_view" add constraint "saved_view_owner_id_foreign" foreign key ("owner_id") references "person" ("id") on update cascade;`);
  }

  async down() {
    this.addSql(`drop table if exists "saved_view" cascade;`);
  }

}
exports.Migration20261123152056_SavedViews = Migration20261123152056_SavedViews;

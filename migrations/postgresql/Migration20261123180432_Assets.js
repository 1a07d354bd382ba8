'use strict';
Object.defineProperty(exports, '__esModule', { value: true });
const { Migration } = require('@mikro-orm/migrations');

class Migration20261123180432_Assets extends Migration {

  async up() {
    this.addSql(`create table "asset" ("id" varchar(36) not null, "tenant_id" varchar(36) not null, "tag" varchar(40) not null, "name" varchar(200) not null, "kind" varchar(16) not null, "location" varchar(200) null, "active" boolean not null default true, "created_at" timestamptz not null, "updated_at" timestamptz not null, constraint "asset_pkey" primary key ("id"));`);
    this.addSql(`create index "asset_tenant_id_index" on "asset" ("tenant_id");`);
    this.addSql(`create index "asset_tenant_name_idx" on "asset" ("tenant_id", "name");`);
    this.addSql(`alter table "asset" add constraint "asset_tenant_tag_unique" unique ("tenant_id", "tag");`);

    this.addSql(`alter table "asset" add constraint "asset_tenant_id_foreign" foreign key ("tenant_id") references "tenant" ("id") on update cascade;`);

    this.addSql(`alter table "ticket" add column "asset_id" varchar(36) null;`);
    this.addSql(`alter table "ticket" add constraint "ticket_asset_id_foreign" foreign key ("asset_id") references "asset" ("id") on update cascade on delete set null;`);
  }

  async down() {
    this.addSql(`alter table "ticket" drop constraint "ticket_asset_id_foreign";`);

    this.addSql(`drop table if exists "asset" cascade;`);

    this.addSql(`alter table "ticket" drop column "asset_id";`);
  }

}
exports.Migration20261123180432_Assets = Migration20261123180432_Assets;

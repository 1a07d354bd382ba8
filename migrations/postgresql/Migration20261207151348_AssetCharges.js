'use strict';
Object.defineProperty(exports, '__esModule', { value: true });
const { Migration } = require('@mikro-orm/migrations');

class Migration20261207151348_AssetCharges extends Migration {

  async up() {
    this.addSql(`create table "asset_price" ("id" varchar(36) not null, "tenant_id" varchar(36) not null, "key" varchar(200) not null, "monthly_minor" int not null, "updated_at" timestamptz not null, constraint "asset_price_pkey" primary key ("id"));`);
    this.addSql(`create index "asset_price_tenant_id_index" on "asset_price" ("tenant_id");`);
    this.addSql(`alter table "asset_price" add constraint "asset_price_tenant_key_unique" unique ("tenant_id", "key");`);

    this.addSql(`create table "asset_charge" ("id" varchar(36) not null, "tenant_id" varchar(36) not null, "asset_id" varchar(36) not null, "unit_id" varchar(36) not null, "monthly_minor" int not null, "starts_on" varchar(10) not null, "ends_on" varchar(10) null, "created_at" timestamptz not null, constraint "asset_charge_pkey" primary key ("id"));`);
    this.addSql(`create index "asset_charge_tenant_id_index" on "asset_charge" ("tenant_id");`);
    this.addSql(`create index "asset_charge_tenant_period_idx" on "asset_charge" ("tenant_id", "starts_on");`);

    this.addSql(`alter table "asset_price" add constraint "asset_price_tenant_id_foreign" foreign key ("tenant_id") references "tenant" ("id") on update cascade;`);

    this.addSql(`alter table "asset_charge" add constraint "asset_charge_tenant_id_foreign" foreign key ("tenant_id") references "tenant" ("id") on update cascade;`);
    this.addSql(`alter table "asset_charge" add constraint "asset_charge_asset_id_foreign" foreign key ("asset_id") references "asset" ("id") on update cascade;`);
    this.addSql(`alter table "asset_charge" add constraint "asset_charge_unit_id_foreign" foreign key ("unit_id") references "org_unit" ("id") on update cascade;`);
  }

  async down() {
    this.addSql(`drop table if exists "asset_price" cascade;`);

    this.addSql(`drop table if exists "asset_charge" cascade;`);
  }

}
exports.Migration20261207151348_AssetCharges = Migration20261207151348_AssetCharges;

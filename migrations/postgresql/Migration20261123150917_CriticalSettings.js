'use strict';
Object.defineProperty(exports, '__esModule', { value: true });
const { Migration } = require('@mikro-orm/migrations');

class Migration20261123150917_CriticalSettings extends Migration {

  async up() {
    this.addSql(`create table "critical_settings" ("id" varchar(36) not null, "tenant_id" varchar(36) not null, "auto_escalate_minutes" int not null, "repage_minutes" int not null, "max_repages" int not null, constraint "critical_settings_pkey" primary key ("id"));`);
    this.addSql(`create index "critical_settings_tenant_id_index" on "critical_settings" ("tenant_id");`);
    this.addSql(`alter table "critical_settings" add constraint "critical_settings_tenant_id_unique" unique ("tenant_id");`);

    this.addSql(`alter table "critical_settings" add constraint "critical_settings_tenant_id_foreign" foreign key ("tenant_id") references "tenant" ("id") on update cascade;`);
  }

  async down() {
    this.addSql(`drop table if exists "critical_settings" cascade;`);
  }

}
exports.Migration20261123150917_CriticalSettings = Migration20261123150917_CriticalSettings;

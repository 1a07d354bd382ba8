'use strict';
Object.defineProperty(exports, '__esModule', { value: true });
const { Migration } = require('@mikro-orm/migrations');

class Migration20261207141056_TenantPrivacySettings extends Migration {

  async up() {
    this.addSql(`create table "tenant_privacy_settings" ("tenant_id" varchar(36) not null, "ticket_retention_years" int null, "notice_html" text null, "anonymous_person_id" varchar(36) null, "updated_at" timestamptz null, constraint "tenant_privacy_settings_pkey" primary key ("tenant_id"));`);

    this.addSql(`alter table "tenant_privacy_settings" add constraint "tenant_privacy_settings_tenant_id_foreign" foreign key ("tenant_id") references "tenant" ("id") on update cascade on delete cascade;`);
  }

  async down() {
    this.addSql(`drop table if exists "tenant_privacy_settings" cascade;`);
  }

}
exports.Migration20261207141056_TenantPrivacySettings = Migration20261207141056_TenantPrivacySettings;

'use strict';
Object.defineProperty(exports, '__esModule', { value: true });
const { Migration } = require('@mikro-orm/migrations');

class Migration20261123143338_People extends Migration {

  async up() {
    this.addSql(`create table "auth_attempt" ("id" varchar(36) not null, "key" varchar(300) not null, "at" timestamptz not null, constraint "auth_attempt_pkey" primary key ("id"));`);
    this.addSql(`create index "auth_attempt_key_at_index" on "auth_attempt" ("key", "at");`);

    this.addSql(`create table "org_unit" ("id" varchar(36) not null, "tenant_id" varchar(36) not null, "code" varchar(40) not null, "name" varchar(200) not null, "parent_id" varchar(36) null, "head_id" varchar(36) null, "created_at" timestamptz not null, constraint "org_unit_pkey" primary key ("id"));`);
    this.addSql(`create index "org_unit_tenant_id_index" on "org_unit" ("tenant_id");`);
    this.addSql(`alter table "org_unit" add constraint "org_unit_tenant_id_code_unique" unique ("tenant_id", "code");`);

    this.addSql(`create table "password_reset_code" ("id" varchar(36) not null, "person_id" varchar(36) not null, "code_hash" varchar(64) not null, "channel" varchar(8) not null, "requested_by" varchar(36) null, "attempts" int not null default 0, "created_at" timestamptz not null, "expires_at" timestamptz not null, "used_at" timestamptz null, constraint "password_reset_code_pkey" primary key ("id"));`);
    this.addSql(`create index "password_reset_code_person_id_index" on "password_reset_code" ("person_id");`);

    this.addSql(`create table "password_history" ("id" varchar(36) not null, "person_id" varchar(36) not null, "password_hash" varchar(200) not null, "created_at" timestamptz not null, constraint "password_history_pkey" primary key ("id"));`);
    this.addSql(`create index "password_history_person_id_index" on "password_history" ("person_id");`);

    this.addSql(`alter table "org_unit" add constraint "org_unit_tenant_id_foreign" foreign key ("tenant_id") references "tenant" ("id") on update cascade;`);
    this.addSql(`alter table "org_unit" add constraint "org_unit_parent_id_foreign" foreign key ("parent_id") references "org_unit" ("id") on update cascade on delete set null;`);
    this.addSql(`alter table "org_unit" add constraint "org_unit_head_id_foreign" foreign key ("head_id") references "person" ("id") on update cascade on delete set null;`);

    this.addSql(`alter table "password_reset_code" add constraint "password_reset_code_person_id_foreign" foreign key ("person_id") references "person" ("id") on update cascade;`);

    this.addSql(`alter table "password_history" add constraint "password_history_person_id_foreign" foreign key ("person_id") references "person" ("id") on update cascade;`);

    this.addSql(`alter table "tenant" add column "password_policy" jsonb null, add column "username_scheme" jsonb null, add column "feature_rules" jsonb null;`);

    this.addSql(`alter table "person" add column "org_unit_id" varchar(36) null, add column "person_number" varchar(40) null, add column "birth_date" varchar(10) null, add column "start_date" varchar(10) null, add column "end_date" varchar(10) null, add column "active_from" timestamptz null, add column "account_enabled" boolean not null default true, add column "password_changed_at" timestamptz null, add column "must_change_password" boolean not null default false, add column "failed_sign_ins" int not null default 0, add column "last_failed_sign_in_at" timestamptz null;`);
    this.addSql(`alter table "person" add constraint "person_org_unit_id_foreign" foreign key ("org_unit_id") references "org_unit" ("id") on update cascade on delete set null;`);
    this.addSql(`alter table "person" add constraint "person_tenant_id_person_number_unique" unique ("tenant_id", "person_number");`);
  }

  async down() {
    this.addSql(`alter table "org_unit" drop constraint "org_unit_parent_id_foreign";`);

    this.addSql(`alter table "person" drop constraint "person_org_unit_id_foreign";`);

    this.addSql(`drop table if exists "auth_attempt" cascade;`);

    this.addSql(`drop table if exists "org_unit" cascade;`);

    this.addSql(`drop table if exists "password_reset_code" cascade;`);

    this.addSql(`drop table if exists "password_history" cascade;`);

    this.addSql(`alter table "person" drop constraint "person_tenant_id_person_number_unique";`);
    this.addSql(`alter table "person" drop column "org_unit_id", drop column "person_number", drop column "birth_date", drop column "start_date", drop column "end_date", drop column "active_from", drop column "account_enabled", drop column "password_changed_at", drop column "must_change_password", drop column "failed_sign_ins", drop column "last_failed_sign_in_at";`);

    this.addSql(`alter table "tenant" drop column "password_policy", drop column "username_scheme", drop column "feature_rules";`);
  }

}
exports.Migration20261123143338_People = Migration20261123143338_People;

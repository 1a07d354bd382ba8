'use strict';
Object.defineProperty(exports, '__esModule', { value: true });
const { Migration } = require('@mikro-orm/migrations');

class Migration20261207123627_Announcements extends Migration {

  async up() {
    this.addSql(`create table "announcement" ("id" varchar(36) not null, "tenant_id" varchar(36) not null, "kind" varchar(16) not null, "severity" varchar(16) not null, "title" varchar(150) not null, "body_html" text not null, "unit_ids" jsonb not null default '[]', "starts_at" timestamptz not null, "ends_at" timestamptz not null, "ended_at" timestamptz null, "incident_id" varchar(36) null, "created_by_id" varchar(36) not null, "created_at" timestamptz not null, "updated_at" timestamptz not null, constraint "announcement_pkey" primary key ("id"));`);
    this.addSql(`create index "announcement_tenant_id_index" on "announcement" ("tenant_id");`);
    this.addSql(`create index "announcement_tenant_id_ends_at_index" on "announcement" ("tenant_id", "ends_at");`);

    this.addSql(`create table "announcement_affected" ("id" varchar(36) not null, "tenant_id" varchar(36) not null, "announcement_id" varchar(36) not null, "person_id" varchar(36) not null, "created_at" timestamptz not null, constraint "announcement_affected_pkey" primary key ("id"));`);
    this.addSql(`create index "announcement_affected_tenant_id_index" on "announcement_affected" ("tenant_id");`);
    this.addSql(`alter table "announcement_affected" add constraint "announcement_affected_announcement_id_person_id_unique" unique ("announcement_id", "person_id");`);

    this.addSql(`alter table "announcement" add constraint "announcement_tenant_id_foreign" foreign key ("tenant_id") references "tenant" ("id") on update cascade;`);
    this.addSql(`alter table "announcement" add constraint "announcement_incident_id_foreign" foreign key ("incident_id") references "ticket" ("id") on update cascade on delete set null;`);
    this.addSql(`alter table "announcement" add constraint "announcement_created_by_id_foreign" foreign key ("created_by_id") references "person" ("id") on update cascade;`);

    this.addSql(`alter table "announcement_affected" add constraint "announcement_affected_tenant_id_foreign" foreign key ("tenant_id") references "tenant" ("id") on update cascade;`);
    this.addSql(`alter table "announcement_affected" add constraint "announcement_affected_announcement_id_foreign" foreign key ("announcement_id") references "announcement" ("id") on update cascade;`);
    this.addSql(`alter table "announcement_affected" add constraint "announcement_affected_person_id_foreign" foreign key ("person_id") references "person" ("id") on update cascade;`);
  }

  async down() {
    this.addSql(`alter table "announcement_affected" drop constraint "announcement_affected_announcement_id_foreign";`);

    this.addSql(`drop table if exists "announcement" cascade;`);

    this.addSql(`drop table if exists "announcement_affected" cascade;`);
  }

}
exports.Migration20261207123627_Announcements = Migration20261207123627_Announcements;

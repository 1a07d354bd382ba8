'use strict';
Object.defineProperty(exports, '__esModule', { value: true });
const { Migration } = require('@mikro-orm/migrations');

class Migration20261123142240_Initial extends Migration {

  async up() {
    this.addSql(`create table "tenant" ("id" varchar(36) not null, "code" varchar(8) not null, "name" varchar(200) not null, "time_zone" varchar(64) not null, "country" varchar(2) not null, "urgent_phone" varchar(40) null, "support_phone" varchar(40) null, "support_email" varchar(200) null, "created_at" timestamptz not null, constraint "tenant_pkey" primary key ("id"));`);
    this.addSql(`alter table "tenant" add constraint "tenant_code_unique" unique ("code");`);

    this.addSql(`create table "person" ("id" varchar(36) not null, "tenant_id" varchar(36) not null, "username" varchar(64) not null, "given_name" varchar(100) not null, "surname" varchar(100) not null, "email" varchar(200) null, "mobile" varchar(40) null, "work_phone" varchar(40) null, "job_title" varchar(200) null, "kind" varchar(16) not null default 'EMPLOYEE', "manager_id" varchar(36) null, "roles" jsonb not null, "password_hash" varchar(200) null, "absent" boolean not null default false, "deputy_id" varchar(36) null, "created_at" timestamptz not null, constraint "person_pkey" primary key ("id"));`);
    this.addSql(`create index "person_tenant_id_index" on "person" ("tenant_id");`);
    this.addSql(`create index "person_tenant_id_manager_id_index" on "person" ("tenant_id", "manager_id");`);
    this.addSql(`alter table "person" add constraint "person_tenant_id_username_unique" unique ("tenant_id", "username");`);

    this.addSql(`create table "session" ("token_hash" varchar(64) not null, "person_id" varchar(36) not null, "created_at" timestamptz not null, "expires_at" timestamptz not null, constraint "session_pkey" primary key ("token_hash"));`);
    this.addSql(`create index "session_person_id_index" on "session" ("person_id");`);
    this.addSql(`create index "session_expires_at_index" on "session" ("expires_at");`);

    this.addSql(`create table "audit_event" ("id" varchar(36) not null, "tenant_id" varchar(36) not null, "at" timestamptz not null, "actor_id" varchar(36) null, "action" varchar(64) not null, "entity_type" varchar(64) not null, "entity_id" varchar(36) not null, "data" jsonb not null, constraint "audit_event_pkey" primary key ("id"));`);
    this.addSql(`create index "audit_event_tenant_id_index" on "audit_event" ("tenant_id");`);
    this.addSql(`create index "audit_event_entity_type_entity_id_at_index" on "audit_event" ("entity_type", "entity_id", "at");`);

    this.addSql(`create table "tenant_access" ("id" varchar(36) not null, "tenant_id" varchar(36) not null, "person_id" varchar(36) not null, "created_at" timestamptz not null, constraint "tenant_access_pkey" primary key ("id"));`);
    this.addSql(`create index "tenant_access_tenant_id_index" on "tenant_access" ("tenant_id");`);
    this.addSql(`alter table "tenant_access" add constraint "tenant_access_person_id_tenant_id_unique" unique ("person_id", "tenant_id");`);

    this.addSql(`create table "ticket" ("id" varchar(36) not null, "tenant_id" varchar(36) not null, "number" varchar(32) not null, "title" varchar(200) not null, "description" text not null default '', "status" varchar(24) not null default 'NEW', "priority" varchar(16) not null default 'MEDIUM', "channel" varchar(16) not null default 'PORTAL', "caller_id" varchar(36) not null, "subject_id" varchar(36) not null, "created_at" timestamptz not null, "updated_at" timestamptz not null, "version" int not null default 1, constraint "ticket_pkey" primary key ("id"));`);
    this.addSql(`create index "ticket_tenant_id_index" on "ticket" ("tenant_id");`);
    this.addSql(`create index "ticket_caller_id_created_at_index" on "ticket" ("caller_id", "created_at");`);
    this.addSql(`create index "ticket_queue_created_idx" on "ticket" ("tenant_id", "status", "created_at", "id");`);
    this.addSql(`alter table "ticket" add constraint "ticket_tenant_id_number_unique" unique ("tenant_id", "number");`);

    this.addSql(`create table "ticket_counter" ("tenant_id" varchar(36) not null, "period" varchar(4) not null, "last_seq" int not null default 0, constraint "ticket_counter_pkey" primary key ("tenant_id", "period"));`);

    this.addSql(`alter table "person" add constraint "person_tenant_id_foreign" foreign key ("tenant_id") references "tenant" ("id") on update cascade;`);
    this.addSql(`alter table "person" add constraint "person_manager_id_foreign" foreign key ("manager_id") references "person" ("id") on update cascade on delete set null;`);
    this.addSql(`alter table "person" add constraint "person_deputy_id_foreign" foreign key ("deputy_id") references "person" ("id") on update cascade on delete set null;`);

    this.addSql(`alter table "session" add constraint "session_person_id_foreign" foreign key ("person_id") references "person" ("id") on update cascade;`);

    this.addSql(`alter table "audit_event" add constraint "audit_event_tenant_id_foreign" foreign key ("tenant_id") references "tenant" ("id") on update cascade;`);

    this.addSql(`alter table "tenant_access" add constraint "tenant_access_tenant_id_foreign" foreign key ("tenant_id") references "tenant" ("id") on update cascade;`);
    this.addSql(`alter table "tenant_access" add constraint "tenant_access_person_id_foreign" foreign key ("person_id") references "person" ("id") on update cascade;`);

    this.addSql(`alter table "ticket" add constraint "ticket_tenant_id_foreign" foreign key ("tenant_id") references "tenant" ("id") on update cascade;`);
    this.addSql(`alter table "ticket" add constraint "ticket_caller_id_foreign" foreign key ("caller_id") references "person" ("id") on update cascade;`);
    this.addSql(`alter table "ticket" add constraint "ticket_subject_id_foreign" foreign key ("subject_id") references "person" ("id") on update cascade;`);
  }

  async down() {
    this.addSql(`alter table "person" drop constraint "person_tenant_id_foreign";`);

    this.addSql(`alter table "audit_event" drop constraint "audit_event_tenant_id_foreign";`);

    this.addSql(`alter table "tenant_access" drop constraint "tenant_access_tenant_id_foreign";`);

    this.addSql(`alter table "ticket" drop constraint "ticket_tenant_id_foreign";`);

    this.addSql(`alter table "person" drop constraint "person_manager_id_foreign";`);

    this.addSql(`alter table "person" drop constraint "person_deputy_id_foreign";`);

    this.addSql(`alter table "session" drop constraint "session_person_id_foreign";`);

    this.addSql(`alter table "tenant_access" drop constraint "tenant_access_person_id_foreign";`);

    this.addSql(`alter table "ticket" drop constraint "ticket_caller_id_foreign";`);

    this.addSql(`alter table "ticket" drop constraint "ticket_subject_id_foreign";`);

    this.addSql(`drop table if exists "tenant" cascade;`);

    this.addSql(`drop table if exists "person" cascade;`);

    this.addSql(`drop table if exists "session" cascade;`);

    this.addSql(`drop table if exists "audit_event" cascade;`);

    this.addSql(`drop table if exists "tenant_access" cascade;`);

    this.addSql(`drop table if exists "ticket" cascade;`);

    this.addSql(`drop table if exists "ticket_counter" cascade;`);
  }

}
exports.Migration20261123142240_Initial = Migration20261123142240_Initial;

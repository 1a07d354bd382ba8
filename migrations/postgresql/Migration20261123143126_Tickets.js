'use strict';
Object.defineProperty(exports, '__esModule', { value: true });
const { Migration } = require('@mikro-orm/migrations');

class Migration20261123143126_Tickets extends Migration {

  async up() {
    this.addSql(`create table "operator_group" ("id" varchar(36) not null, "tenant_id" varchar(36) not null, "name" varchar(100) not null, "line" int not null default 1, constraint "operator_group_pkey" primary key ("id"));`);
    this.addSql(`create index "operator_group_tenant_id_index" on "operator_group" ("tenant_id");`);
    this.addSql(`alter table "operator_group" add constraint "operator_group_tenant_id_name_unique" unique ("tenant_id", "name");`);

    this.addSql(`create table "category" ("id" varchar(36) not null, "tenant_id" varchar(36) not null, "name" varchar(100) not null, "parent_id" varchar(36) null, "active" boolean not null default true, constraint "category_pkey" primary key ("id"));`);
    this.addSql(`create index "category_tenant_id_index" on "category" ("tenant_id");`);
    this.addSql(`create index "category_tenant_id_parent_id_name_index" on "category" ("tenant_id", "parent_id", "name");`);

    this.addSql(`create table "tenant_ticket_settings" ("tenant_id" varchar(36) not null, "priority_matrix" jsonb not null, constraint "tenant_ticket_settings_pkey" primary key ("tenant_id"));`);

    this.addSql(`create table "ticket_entry" ("id" varchar(36) not null, "tenant_id" varchar(36) not null, "ticket_id" varchar(36) not null, "kind" varchar(16) not null, "author_id" varchar(36) null, "body" text not null default '', "data" jsonb not null, "time_spent_minutes" int not null default 0, "created_at" timestamptz not null, constraint "ticket_entry_pkey" primary key ("id"));`);
    this.addSql(`create index "ticket_entry_tenant_id_index" on "ticket_entry" ("tenant_id");`);
    this.addSql(`create index "ticket_entry_ticket_id_created_at_id_index" on "ticket_entry" ("ticket_id", "created_at", "id");`);

    this.addSql(`alter table "operator_group" add constraint "operator_group_tenant_id_foreign" foreign key ("tenant_id") references "tenant" ("id") on update cascade;`);

    this.addSql(`alter table "category" add constraint "category_tenant_id_foreign" foreign key ("tenant_id") references "tenant" ("id") on update cascade;`);
    this.addSql(`alter table "category" add constraint "category_parent_id_foreign" foreign key ("parent_id") references "category" ("id") on update cascade on delete set null;`);

    this.addSql(`alter table "tenant_ticket_settings" add constraint "tenant_ticket_settings_tenant_id_foreign" foreign key ("tenant_id") references "tenant" ("id") on update cascade on delete cascade;`);

    this.addSql(`alter table "ticket_entry" add constraint "ticket_entry_tenant_id_foreign" foreign key ("tenant_id") references "tenant" ("id") on update cascade;`);
    this.addSql(`alter table "ticket_entry" add constraint "ticket_entry_ticket_id_foreign" foreign key ("ticket_id") references "ticket" ("id") on update cascade;`);
    this.addSql(`alter table "ticket_entry" add constraint "ticket_entry_author_id_foreign" foreign key ("author_id") references "person" ("id") on update cascade on delete set null;`);

    this.addSql(`alter table "ticket" add column "category_id" varchar(36) null, add column "impact" varchar(16) null, add column "urgency" varchar(16) null, add column "priority_reason" varchar(500) null, add column "group_id" varchar(36) null, add column "operator_id" varchar(36) null, add column "line" int not null default 1, add column "response_due_at" timestamptz null, add column "resolution_due_at" timestamptz null, add column "sla_due_at" timestamptz null, add column "resolved_at" timestamptz null, add column "closed_at" timestamptz null, add column "rating" int null, add column "rating_comment" varchar(1000) null, add column "major_incident" boolean not null default false, add column "parent_id" varchar(36) null, add column "merged_into_id" varchar(36) null, add column "time_spent_minutes" int not null default 0;`);
    this.addSql(`alter table "ticket" add constraint "ticket_category_id_foreign" foreign key ("category_id") references "category" ("id") on update cascade on delete set null;`);
    this.addSql(`alter table "ticket" add constraint "ticket_group_id_foreign" foreign key ("group_id") references "operator_group" ("id") on update cascade on delete set null;`);
    this.addSql(`alter table "ticket" add constraint "ticket_operator_id_foreign" foreign key ("operator_id") references "person" ("id") on update cascade on delete set null;`);
    this.addSql(`alter table "ticket" add constraint "ticket_parent_id_foreign" foreign key ("parent_id") references "ticket" ("id") on update cascade on delete set null;`);
    this.addSql(`alter table "ticket" add constraint "ticket_merged_into_id_foreign" foreign key ("merged_into_id") references "ticket" ("id") on update cascade on delete set null;`);
    this.addSql(`create index "ticket_parent_id_index" on "ticket" ("parent_id");`);
    this.addSql(`create index "ticket_group_idx" on "ticket" ("group_id", "status");`);
    this.addSql(`create index "ticket_operator_idx" on "ticket" ("operator_id", "status");`);
    this.addSql(`create index "ticket_queue_sla_idx" on "ticket" ("tenant_id", "status", "sla_due_at", "id");`);
    this.addSql(`create index "ticket_subject_id_created_at_index" on "ticket" ("subject_id", "created_at");`);
  }

  async down() {
    this.addSql(`alter table "ticket" drop constraint "ticket_group_id_foreign";`);

    this.addSql(`alter table "category" drop constraint "category_parent_id_foreign";`);

    this.addSql(`alter table "ticket" drop constraint "ticket_category_id_foreign";`);

    this.addSql(`drop table if exists "operator_group" cascade;`);

    this.addSql(`drop table if exists "category" cascade;`);

    this.addSql(`drop table if exists "tenant_ticket_settings" cascade;`);

    this.addSql(`drop table if exists "ticket_entry" cascade;`);

    this.addSql(`alter table "ticket" drop constraint "ticket_operator_id_foreign";`);
    this.addSql(`alter table "ticket" drop constraint "ticket_parent_id_foreign";`);
    this.addSql(`alter table "ticket" drop constraint "ticket_merged_into_id_foreign";`);

    this.addSql(`drop index "ticket_parent_id_index";`);
    this.addSql(`drop index "ticket_group_idx";`);
    this.addSql(`drop index "ticket_operator_idx";`);
    this.addSql(`drop index "ticket_queue_sla_idx";`);
    this.addSql(`drop index "ticket_subject_id_created_at_index";`);
    this.addSql(`alter table "ticket" drop column "category_id", drop column "impact", drop column "urgency", drop column "priority_reason", drop column "group_id", drop column "operator_id", drop column "line", drop column "response_due_at", drop column "resolution_due_at", drop column "sla_due_at", drop column "resolved_at", drop column "closed_at", drop column "rating", drop column "rating_comment", drop column "major_incident", drop column "parent_id", drop column "merged_into_id", drop column "time_spent_minutes";`);
  }

}
exports.Migration20261123143126_Tickets = Migration20261123143126_Tickets;

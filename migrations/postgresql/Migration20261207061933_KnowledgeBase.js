'use strict';
Object.defineProperty(exports, '__esModule', { value: true });
const { Migration } = require('@mikro-orm/migrations');

class Migration20261207061933_KnowledgeBase extends Migration {

  async up() {
    this.addSql(`create table "article" ("id" varchar(36) not null, "tenant_id" varchar(36) not null, "title" varchar(200) not null, "body_html" text not null, "body_text" text not null, "category" varchar(80) null, "tags" jsonb not null, "language" varchar(2) not null, "audience" varchar(8) not null, "status" varchar(10) not null, "owner_id" varchar(36) not null, "review_date" varchar(10) null, "source_ticket_id" varchar(36) null, "helpful_yes" int not null default 0, "helpful_no" int not null default 0, "version" int not null, "created_at" timestamptz not null, "updated_at" timestamptz not null, constraint "article_pkey" primary key ("id"));`);
    this.addSql(`create index "article_tenant_id_index" on "article" ("tenant_id");`);
    this.addSql(`create index "article_owner_id_index" on "article" ("owner_id");`);
    this.addSql(`create index "article_tenant_status_idx" on "article" ("tenant_id", "status", "updated_at");`);

    this.addSql(`create table "article_visibility" ("id" varchar(36) not null, "tenant_id" varchar(36) not null, "article_id" varchar(36) not null, constraint "article_visibility_pkey" primary key ("id"));`);
    this.addSql(`create index "article_visibility_tenant_id_index" on "article_visibility" ("tenant_id");`);
    this.addSql(`alter table "article_visibility" add constraint "article_visibility_article_tenant_unique" unique ("article_id", "tenant_id");`);

    this.addSql(`create table "article_version" ("id" varchar(36) not null, "tenant_id" varchar(36) not null, "article_id" varchar(36) not null, "number" int not null, "title" varchar(200) not null, "body_html" text not null, "body_text" text not null, "status" varchar(10) not null, "saved_by_id" varchar(36) not null, "saved_at" timestamptz not null, constraint "article_version_pkey" primary key ("id"));`);
    this.addSql(`create index "article_version_tenant_id_index" on "article_version" ("tenant_id");`);
    this.addSql(`alter table "article_version" add constraint "article_version_article_number_unique" unique ("article_id", "number");`);

    this.addSql(`create table "article_feedback" ("id" varchar(36) not null, "tenant_id" varchar(36) not null, "article_id" varchar(36) not null, "person_id" varchar(36) not null, "helpful" boolean not null, "comment" text null, "created_at" timestamptz not null, constraint "article_feedback_pkey" primary key ("id"));`);
    this.addSql(`create index "article_feedback_tenant_id_index" on "article_feedback" ("tenant_id");`);
    this.addSql(`create index "article_feedback_article_idx" on "article_feedback" ("article_id", "created_at");`);

    this.addSql(`create table "article_deflection" ("id" varchar(36) not null, "tenant_id" varchar(36) not null, "article_id" varchar(36) not null, "person_id" varchar(36) not null, "created_at" timestamptz not null, constraint "article_deflection_pkey" primary key ("id"));`);
    this.addSql(`create index "article_deflection_tenant_id_index" on "article_deflection" ("tenant_id");`);
    this.addSql(`create index "article_deflection_article_idx" on "article_deflection" ("article_id", "tenant_id");`);

    this.addSql(`alter table "article" add constraint "article_tenant_id_foreign" foreign key ("tenant_id") references "tenant" ("id") on update cascade;`);
    this.addSql(`alter table "article" add constraint "article_owner_id_foreign" foreign key ("owner_id") references "person" ("id") on update cascade;`);

    this.addSql(`alter table "article_visibility" add constraint "article_visibility_tenant_id_foreign" foreign key ("tenant_id") references "tenant" ("id") on update cascade;`);
    this.addSql(`alter table "article_visibility" add constraint "article_visibility_article_id_foreign" foreign key ("article_id") references "article" ("id") on update cascade;`);

    this.addSql(`alter table "article_version" add constraint "article_version_tenant_id_foreign" foreign key ("tenant_id") references "tenant" ("id") on update cascade;`);
    this.addSql(`alter table "article_version" add constraint "article_version_article_id_foreign" foreign key ("article_id") references "article" ("id") on update cascade;`);
    this.addSql(`alter table "article_version" add constraint "article_version_saved_by_id_foreign" foreign key ("saved_by_id") references "person" ("id") on update cascade;`);

    this.addSql(`alter table "article_feedback" add constraint "article_feedback_tenant_id_foreign" foreign key ("tenant_id") references "tenant" ("id") on update cascade;`);
    this.addSql(`alter table "article_feedback" add constraint "article_feedback_article_id_foreign" foreign key ("article_id") references "article" ("id") on update cascade;`);
    this.addSql(`alter table "article_feedback" add constraint "article_feedback_person_id_foreign" foreign key ("person_id") references "person" ("id") on update cascade;`);

    this.addSql(`alter table "article_deflection" add constraint "article_deflection_tenant_id_foreign" foreign key ("tenant_id") references "tenant" ("id") on update cascade;`);
    this.addSql(`alter table "article_deflection" add constraint "article_deflection_article_id_foreign" foreign key ("article_id") references "article" ("id") on update cascade;`);
    this.addSql(`alter table "article_deflection" add constraint "article_deflection_person_id_foreign" foreign key ("person_id") references "person" ("id") on update cascade;`);
  }

  async down() {
    this.addSql(`alter table "article_visibility" drop constraint "article_visibility_article_id_foreign";`);

    this.addSql(`alter table "article_version" drop constraint "article_version_article_id_foreign";`);

    this.addSql(`alter table "article_feedback" drop constraint "article_feedback_article_id_foreign";`);

    this.addSql(`alter table "article_deflection" drop constraint "article_deflection_article_id_foreign";`);

    this.addSql(`drop table if exists "article" cascade;`);

    this.addSql(`drop table if exists "article_visibility" cascade;`);

    this.addSql(`drop table if exists "article_version" cascade;`);

    this.addSql(`drop table if exists "article_feedback" cascade;`);

    this.addSql(`drop table if exists "article_deflection" cascade;`);
  }

}
exports.Migration20261207061933_KnowledgeBase = Migration20261207061933_KnowledgeBase;

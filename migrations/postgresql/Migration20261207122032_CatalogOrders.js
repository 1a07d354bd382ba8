'use strict';
Object.defineProperty(exports, '__esModule', { value: true });
const { Migration } = require('@mikro-orm/migrations');

class Migration20261207122032_CatalogOrders extends Migration {

  async up() {
    this.addSql(`create table "catalog_item" ("id" varchar(36) not null, "tenant_id" varchar(36) not null, "key" varchar(60) not null, "name" jsonb not null, "description" jsonb not null, "form" jsonb not null, "orderable_by" varchar(16) not null, "approval_steps" jsonb not null, "fulfilment_group_id" varchar(36) null, "fulfilment_working_days" int null, "signature_required" boolean not null default false, "position" int not null default 0, "active" boolean not null default true, "created_at" timestamptz not null, "updated_at" timestamptz not null, constraint "catalog_item_pkey" primary key ("id"));`);
    this.addSql(`create index "catalog_item_tenant_id_index" on "catalog_item" ("tenant_id");`);
    this.addSql(`alter table "catalog_item" add constraint "catalog_item_tenant_key_unique" unique ("tenant_id", "key");`);

    this.addSql(`create table "catalog_order" ("id" varchar(36) not null, "tenant_id" varchar(36) not null, "item_id" varchar(36) not null, "orderer_id" varchar(36) not null, "subject_id" varchar(36) not null, "status" varchar(16) not null, "values" jsonb not null, "form_version" int not null default 1, "step_index" int not null default 0, "rejection_reason" varchar(1000) null, "created_at" timestamptz not null, "updated_at" timestamptz not null, "decided_at" timestamptz null, "version" int not null default 1, constraint "catalog_order_pkey" primary key ("id"));`);
    this.addSql(`create index "catalog_order_tenant_id_index" on "catalog_order" ("tenant_id");`);
    this.addSql(`create index "catalog_order_status_idx" on "catalog_order" ("tenant_id", "status", "created_at");`);
    this.addSql(`create index "catalog_order_subject_idx" on "catalog_order" ("subject_id", "created_at");`);
    this.addSql(`create index "catalog_order_orderer_idx" on "catalog_order" ("orderer_id", "created_at");`);

    this.addSql(`create table "catalog_signature" ("id" varchar(36) not null, "tenant_id" varchar(36) not null, "order_id" varchar(36) not null, "form_version" int not null, "purpose" varchar(16) not null, "signer_id" varchar(36) not null, "provider" varchar(32) not null, "provider_reference" varchar(500) null, "payload" text not null, "hash" varchar(64) not null, "signed_at" timestamptz not null, constraint "catalog_signature_pkey" primary key ("id"));`);
    this.addSql(`create index "catalog_signature_tenant_id_index" on "catalog_signature" ("tenant_id");`);
    this.addSql(`create index "catalog_signature_order_idx" on "catalog_signature" ("order_id", "signed_at");`);

    this.addSql(`create table "catalog_order_version" ("id" varchar(36) not null, "tenant_id" varchar(36) not null, "order_id" varchar(36) not null, "form_version" int not null, "values" jsonb not null, "submitted_by_id" varchar(36) not null, "submitted_at" timestamptz not null, constraint "catalog_order_version_pkey" primary key ("id"));`);
    this.addSql(`create index "catalog_order_version_tenant_id_index" on "catalog_order_version" ("tenant_id");`);
    this.addSql(`alter table "catalog_order_version" add constraint "catalog_order_version_unique" unique ("order_id", "form_version");`);

    this.addSql(`create table "catalog_approval" ("id" varchar(36) not null, "tenant_id" varchar(36) not null, "order_id" varchar(36) not null, "form_version" int not null, "step_index" int not null, "decision" varchar(16) not null, "approver_id" varchar(36) not null, "reason" varchar(1000) null, "decided_at" timestamptz not null, constraint "catalog_approval_pkey" primary key ("id"));`);
    this.addSql(`create index "catalog_approval_tenant_id_index" on "catalog_approval" ("tenant_id");`);
    this.addSql(`alter table "catalog_approval" add constraint "catalog_approval_step_unique" unique ("order_id", "form_version", "step_index");`);

    this.addSql(`create table "catalog_fulfilment" ("id" varchar(36) not null, "tenant_id" varchar(36) not null, "order_id" varchar(36) not null, "ticket_id" varchar(36) not null, "due_at" timestamptz null, "created_at" timestamptz not null, constraint "catalog_fulfilment_pkey" primary key ("id"));`);
    this.addSql(`create index "catalog_fulfilment_tenant_id_index" on "catalog_fulfilment" ("tenant_id");`);
    this.addSql(`alter table "catalog_fulfilment" add constraint "catalog_fulfilment_order_ticket_unique" unique ("order_id", "ticket_id");`);

    this.addSql(`alter table "catalog_item" add constraint "catalog_item_tenant_id_foreign" foreign key ("tenant_id") references "tenant" ("id") on update cascade;`);
    this.addSql(`alter table "catalog_item" add constraint "catalog_item_fulfilment_group_id_foreign" foreign key ("fulfilment_group_id") references "operator_group" ("id") on update cascade on delete set null;`);

    this.addSql(`alter table "catalog_order" add constraint "catalog_order_tenant_id_foreign" foreign key ("tenant_id") references "tenant" ("id") on update cascade;`);
    this.addSql(`alter table "catalog_order" add constraint "catalog_order_item_id_foreign" foreign key ("item_id") references "catalog_item" ("id") on update cascade;`);
    this.addSql(`alter table "catalog_order" add constraint "catalog_order_orderer_id_foreign" foreign key ("orderer_id") references "person" ("id") on update cascade;`);
    this.addSql(`alter table "catalog_order" add constraint "catalog_order_subject_id_foreign" foreign key ("subject_id") references "person" ("id") on update cascade;`);

    this.addSql(`alter table "catalog_signature" add constraint "catalog_signature_tenant_id_foreign" foreign key ("tenant_id") references "tenant" ("id") on update cascade;`);
    this.addSql(`alter table "catalog_signature" add constraint "catalog_signature_order_id_foreign" foreign key ("order_id") references "catalog_order" ("id") on update cascade;`);
    this.addSql(`alter table "catalog_signature" add constraint "catalog_signature_signer_id_foreign" foreign key ("signer_id") references "person" ("id") on update cascade;`);

    this.addSql(`alter table "catalog_order_version" add constraint "catalog_order_version_tenant_id_foreign" foreign key ("tenant_id") references "tenant" ("id") on update cascade;`);
    this.addSql(`alter table "catalog_order_version" add constraint "catalog_order_version_order_id_foreign" foreign key ("order_id") references "catalog_order" ("id") on update cascade;`);
    this.addSql(`alter table "catalog_order_version" add constraint "catalog_order_version_submitted_by_id_foreign" foreign key ("submitted_by_id") references "person" ("id") on update cascade;`);

    this.addSql(`alter table "catalog_approval" add constraint "catalog_approval_tenant_id_foreign" foreign key ("tenant_id") references "tenant" ("id") on update cascade;`);
    this.addSql(`alter table "catalog_approval" add constraint "catalog_approval_order_id_foreign" foreign key ("order_id") references "catalog_order" ("id") on update cascade;`);
    this.addSql(`alter table "catalog_approval" add constraint "catalog_approval_approver_id_foreign" foreign key ("approver_id") references "person" ("id") on update cascade;`);

    this.addSql(`alter table "catalog_fulfilment" add constraint "catalog_fulfilment_tenant_id_foreign" foreign key ("tenant_id") references "tenant" ("id") on update cascade;`);
    this.addSql(`alter table "catalog_fulfilment" add constraint "catalog_fulfilment_order_id_foreign" foreign key ("order_id") references "catalog_order" ("id") on update cascade;`);
    this.addSql(`alter table "catalog_fulfilment" add constraint "catalog_fulfilment_ticket_id_foreign" foreign key ("ticket_id") references "ticket" ("id") on update cascade;`);
  }

  async down() {
    this.addSql(`alter table "catalog_order" drop constraint "catalog_order_item_id_foreign";`);

    this.addSql(`alter table "catalog_signature" drop constraint "catalog_signature_order_id_foreign";`);

    this.addSql(`alter table "catalog_order_version" drop constraint "catalog_order_version_order_id_foreign";`);

    this.addSql(`alter table "catalog_approval" drop constraint "catalog_approval_order_id_foreign";`);

    this.addSql(`alter table "catalog_fulfilment" drop constraint "catalog_fulfilment_order_id_foreign";`);

    this.addSql(`drop table if exists "catalog_item" cascade;`);

    this.addSql(`drop table if exists "catalog_order" cascade;`);

    this.addSql(`drop table if exists "catalog_signature" cascade;`);

    this.addSql(`drop table if exists "catalog_order_version" cascade;`);

    this.addSql(`drop table if exists "catalog_approval" cascade;`);

    this.addSql(`drop table if exists "catalog_fulfilment" cascade;`);
  }

}
exports.Migration20261207122032_CatalogOrders = Migration20261207122032_CatalogOrders;

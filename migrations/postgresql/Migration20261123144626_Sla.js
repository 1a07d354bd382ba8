'use strict';
Object.defineProperty(exports, '__esModule', { value: true });
const { Migration } = require('@mikro-orm/migrations');

class Migration20261123144626_Sla extends Migration {

  async up() {
    this.addSql(`create table "sla_policy" ("id" varchar(36) not null, "tenant_id" varchar(36) not null, "priority" varchar(16) not null, "response_minutes" int not null, "resolution_minutes" int not null, "calendar_name" varchar(40) not null, constraint "sla_policy_pkey" primary key ("id"));`);
    this.addSql(`create index "sla_policy_tenant_id_index" on "sla_policy" ("tenant_id");`);
    this.addSql(`alter table "sla_policy" add constraint "sla_policy_tenant_id_priority_unique" unique ("tenant_id", "priority");`);

    this.addSql(`create table "ticket_sla" ("id" varchar(36) not null, "tenant_id" varchar(36) not null, "ticket_id" varchar(36) not null, "response_minutes" int not null, "resolution_minutes" int not null, "wall_clock" boolean not null, "calendar_name" varchar(40) not null, "running_since" timestamptz null, "used_ms" bigint not null, "response_used_ms" bigint null, "stopped_at" timestamptz null, "response_breached" boolean not null default false, "resolution_breached" boolean not null default false, constraint "ticket_sla_pkey" primary key ("id"));`);
    this.addSql(`create index "ticket_sla_tenant_id_index" on "ticket_sla" ("tenant_id");`);
    this.addSql(`create index "ticket_sla_tenant_id_stopped_at_index" on "ticket_sla" ("tenant_id", "stopped_at");`);
    this.addSql(`alter table "ticket_sla" add constraint "ticket_sla_ticket_id_unique" unique ("ticket_id");`);

    this.addSql(`alter table "sla_policy" add constraint "sla_policy_tenant_id_foreign" foreign key ("tenant_id") references "tenant" ("id") on update cascade;`);

    this.addSql(`alter table "ticket_sla" add constraint "ticket_sla_tenant_id_foreign" foreign key ("tenant_id") references "tenant" ("id") on update cascade;`);
    this.addSql(`alter table "ticket_sla" add constraint "ticket_sla_ticket_id_foreign" foreign key ("ticket_id") references "ticket" ("id") on update cascade;`);
  }

  async down() {
    this.addSql(`drop table if exists "sla_policy" cascade;`);

    this.addSql(`drop table if exists "ticket_sla" cascade;`);
  }

}
exports.Migration20261123144626_Sla = Migration20261123144626_Sla;

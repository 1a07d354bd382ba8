'use strict';
Object.defineProperty(exports, '__esModule', { value: true });
const { Migration } = require('@mikro-orm/migrations');

class Migration20261123143517_Escalation extends Migration {

  async up() {
    this.addSql(`create table "job" ("id" varchar(36) not null, "type" varchar(64) not null, "key" varchar(200) not null, "payload" jsonb not null, "tenant_id" varchar(36) null, "due_at" bigint not null, "status" varchar(8) not null default 'PENDING', "attempts" int not null default 0, "claimed_until" bigint null, "claimed_by" varchar(64) null, "last_error" text null, "done_at" bigint null, "created_at" bigint not null, constraint "job_pkey" primary key ("id"));`);
    this.addSql(`alter table "job" add constraint "job_key_unique" unique ("key");`);
    this.addSql(`create index "job_due_idx" on "job" ("status", "due_at");`);

    this.addSql(`create table "on_call_period" ("id" varchar(36) not null, "tenant_id" varchar(36) not null, "starts_at" timestamptz not null, "ends_at" timestamptz not null, "person_ids" jsonb not null, "phone" varchar(40) not null, "note" varchar(500) not null default '', "created_by_id" varchar(36) not null, "created_at" timestamptz not null, constraint "on_call_period_pkey" primary key ("id"));`);
    this.addSql(`create index "on_call_period_tenant_id_index" on "on_call_period" ("tenant_id");`);
    this.addSql(`create index "on_call_period_tenant_id_ends_at_index" on "on_call_period" ("tenant_id", "ends_at");`);

    this.addSql(`create table "notification" ("id" varchar(36) not null, "tenant_id" varchar(36) not null, "recipient_id" varchar(36) not null, "kind" varchar(48) not null, "params" jsonb not null, "text" text not null, "ticket_id" varchar(36) null, "created_at" timestamptz not null, "read_at" timestamptz null, constraint "notification_pkey" primary key ("id"));`);
    this.addSql(`create index "notification_tenant_id_index" on "notification" ("tenant_id");`);
    this.addSql(`create index "notification_recipient_id_created_at_index" on "notification" ("recipient_id", "created_at");`);

    this.addSql(`create table "it_absence" ("id" varchar(36) not null, "tenant_id" varchar(36) not null, "starts_at" timestamptz not null, "ends_at" timestamptz not null, "kind" varchar(8) not null, "note" varchar(500) not null default '', "created_by_id" varchar(36) not null, "created_at" timestamptz not null, constraint "it_absence_pkey" primary key ("id"));`);
    this.addSql(`create index "it_absence_tenant_id_index" on "it_absence" ("tenant_id");`);
    this.addSql(`create index "it_absence_tenant_id_ends_at_index" on "it_absence" ("tenant_id", "ends_at");`);

    this.addSql(`create table "tenant_calendar" ("id" varchar(36) not null, "tenant_id" varchar(36) not null, "name" varchar(40) not null, "calendar" jsonb not null, "updated_at" timestamptz not null, constraint "tenant_calendar_pkey" primary key ("id"));`);
    this.addSql(`create index "tenant_calendar_tenant_id_index" on "tenant_calendar" ("tenant_id");`);
    this.addSql(`alter table "tenant_calendar" add constraint "tenant_calendar_tenant_id_name_unique" unique ("tenant_id", "name");`);

    this.addSql(`create table "critical_case" ("id" varchar(36) not null, "tenant_id" varchar(36) not null, "ticket_id" varchar(36) not null, "reporter_id" varchar(36) not null, "definition_code" varchar(40) not null, "route" varchar(16) not null, "status" varchar(16) not null, "current_contact_id" varchar(36) null, "current_level" int not null default 0, "current_acknowledged" boolean not null default false, "decided_by_id" varchar(36) null, "decided_at" timestamptz null, "decision_reason" varchar(1000) null, "overtime_limit_minutes" int null, "taken_by_id" varchar(36) null, "taken_at" timestamptz null, "on_call_period_id" varchar(36) null, "created_at" timestamptz not null, "version" int not null default 1, constraint "critical_case_pkey" primary key ("id"));`);
    this.addSql(`create index "critical_case_tenant_id_index" on "critical_case" ("tenant_id");`);
    this.addSql(`create index "critical_case_tenant_id_status_index" on "critical_case" ("tenant_id", "status");`);
    this.addSql(`alter table "critical_case" add constraint "critical_case_ticket_id_unique" unique ("ticket_id");`);

    this.addSql(`create table "escalation_step" ("id" varchar(36) not null, "tenant_id" varchar(36) not null, "critical_case_id" varchar(36) not null, "seq" int not null, "at" timestamptz not null, "kind" varchar(20) not null, "level" int null, "contact_id" varchar(36) null, "actor_id" varchar(36) null, "channel" varchar(8) null, "outcome" varchar(16) null, "note" varchar(1000) null, constraint "escalation_step_pkey" primary key ("id"));`);
    this.addSql(`create index "escalation_step_tenant_id_index" on "escalation_step" ("tenant_id");`);
    this.addSql(`create index "escalation_step_critical_case_id_at_index" on "escalation_step" ("critical_case_id", "at");`);

    this.addSql(`alter table "on_call_period" add constraint "on_call_period_tenant_id_foreign" foreign key ("tenant_id") references "tenant" ("id") on update cascade;`);
    this.addSql(`alter table "on_call_period" add constraint "on_call_period_created_by_id_foreign" foreign key ("created_by_id") references "person" ("id") on update cascade;`);

    this.addSql(`alter table "notification" add constraint "notification_tenant_id_foreign" foreign key ("tenant_id") references "tenant" ("id") on update cascade;`);
    this.addSql(`alter table "notification" add constraint "notification_recipient_id_foreign" foreign key ("recipient_id") references "person" ("id") on update cascade;`);

    this.addSql(`alter table "it_absence" add constraint "it_absence_tenant_id_foreign" foreign key ("tenant_id") references "tenant" ("id") on update cascade;`);
    this.addSql(`alter table "it_absence" add constraint "it_absence_created_by_id_foreign" foreign key ("created_by_id") references "person" ("id") on update cascade;`);

    this.addSql(`alter table "tenant_calendar" add constraint "tenant_calendar_tenant_id_foreign" foreign key ("tenant_id") references "tenant" ("id") on update cascade;`);

    this.addSql(`alter table "critical_case" add constraint "critical_case_tenant_id_foreign" foreign key ("tenant_id") references "tenant" ("id") on update cascade;`);
    this.addSql(`alter table "critical_case" add constraint "critical_case_ticket_id_foreign" foreign key ("ticket_id") references "ticket" ("id") on update cascade;`);
    this.addSql(`alter table "critical_case" add constraint "critical_case_reporter_id_foreign" foreign key ("reporter_id") references "person" ("id") on update cascade;`);
    this.addSql(`alter table "critical_case" add constraint "critical_case_current_contact_id_foreign" foreign key ("current_contact_id") references "person" ("id") on update cascade on delete set null;`);
    this.addSql(`alter table "critical_case" add constraint "critical_case_decided_by_id_foreign" foreign key ("decided_by_id") references "person" ("id") on update cascade on delete set null;`);
    this.addSql(`alter table "critical_case" add constraint "critical_case_taken_by_id_foreign" foreign key ("taken_by_id") references "person" ("id") on update cascade on delete set null;`);

    this.addSql(`alter table "escalation_step" add constraint "escalation_step_tenant_id_foreign" foreign key ("tenant_id") references "tenant" ("id") on update cascade;`);
    this.addSql(`alter table "escalation_step" add constraint "escalation_step_critical_case_id_foreign" foreign key ("critical_case_id") references "critical_case" ("id") on update cascade;`);
    this.addSql(`alter table "escalation_step" add constraint "escalation_step_contact_id_foreign" foreign key ("contact_id") references "person" ("id") on update cascade on delete set null;`);
    this.addSql(`alter table "escalation_step" add constraint "escalation_step_actor_id_foreign" foreign key ("actor_id") references "person" ("id") on update cascade on delete set null;`);
  }

  async down() {
    this.addSql(`alter table "escalation_step" drop constraint "escalation_step_critical_case_id_foreign";`);

    this.addSql(`drop table if exists "job" cascade;`);

    this.addSql(`drop table if exists "on_call_period" cascade;`);

    this.addSql(`drop table if exists "notification" cascade;`);

    this.addSql(`drop table if exists "it_absence" cascade;`);

    this.addSql(`drop table if exists "tenant_calendar" cascade;`);

    this.addSql(`drop table if exists "critical_case" cascade;`);

    this.addSql(`drop table if exists "escalation_step" cascade;`);
  }

}
exports.Migration20261123143517_Escalation = Migration20261123143517_Escalation;

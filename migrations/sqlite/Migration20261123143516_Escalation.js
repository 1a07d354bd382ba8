'use strict';
Object.defineProperty(exports, '__esModule', { value: true });
const { Migration } = require('@mikro-orm/migrations');

class Migration20261123143516_Escalation extends Migration {

  async up() {
    this.addSql(`create table \`job\` (\`id\` text not null, \`type\` text not null, \`key\` text not null, \`payload\` json not null, \`tenant_id\` text null, \`due_at\` bigint not null, \`status\` text not null default 'PENDING', \`attempts\` integer not null default 0, \`claimed_until\` bigint null, \`claimed_by\` text null, \`last_error\` text null, \`done_at\` bigint null, \`created_at\` bigint not null, primary key (\`id\`));`);
    this.addSql(`create unique index \`job_key_unique\` on \`job\` (\`key\`);`);
    this.addSql(`create index \`job_due_idx\` on \`job\` (\`status\`, \`due_at\`);`);

    this.addSql(`create table \`on_call_period\` (\`id\` text not null, \`tenant_id\` text not null, \`starts_at\` datetime not null, \`ends_at\` datetime not null, \`person_ids\` json not null, \`phone\` text not null, \`note\` text not null default '', \`created_by_id\` text not null, \`created_at\` datetime not null, constraint \`on_call_period_tenant_id_foreign\` foreign key(\`tenant_id\`) references \`tenant\`(\`id\`) on update cascade, constraint \`on_call_period_created_by_id_foreign\` foreign key(\`created_by_id\`) references \`person\`(\`id\`) on update cascade, primary key (\`id\`));`);
    this.addSql(`create index \`on_call_period_tenant_id_index\` on \`on_call_period\` (\`tenant_id\`);`);
    this.addSql(`create index \`on_call_period_created_by_id_index\` on \`on_call_period\` (\`created_by_id\`);`);
    this.addSql(`create index \`on_call_period_tenant_id_ends_at_index\` on \`on_call_period\` (\`tenant_id\`, \`ends_at\`);`);

    this.addSql(`create table \`notification\` (\`id\` text not null, \`tenant_id\` text not null, \`recipient_id\` text not null, \`kind\` text not null, \`params\` json not null, \`text\` text not null, \`ticket_id\` text null, \`created_at\` datetime not null, \`read_at\` datetime null, constraint \`notification_tenant_id_foreign\` foreign key(\`tenant_id\`) references \`tenant\`(\`id\`) on update cascade, constraint \`notification_recipient_id_foreign\` foreign key(\`recipient_id\`) references \`person\`(\`id\`) on update cascade, primary key (\`id\`));`);
    this.addSql(`create index \`notification_tenant_id_index\` on \`notification\` (\`tenant_id\`);`);
    this.addSql(`create index \`notification_recipient_id_index\` on \`notification\` (\`recipient_id\`);`);
    this.addSql(`create index \`notification_recipient_id_created_at_index\` on \`notification\` (\`recipient_id\`, \`created_at\`);`);

    this.addSql(`create table \`it_absence\` (\`id\` text not null, \`tenant_id\` text not null, \`starts_at\` datetime not null, \`ends_at\` datetime not null, \`kind\` text not null, \`note\` text not null default '', \`created_by_id\` text not null, \`created_at\` datetime not null, constraint \`it_absence_tenant_id_foreign\` foreign key(\`tenant_id\`) references \`tenant\`(\`id\`) on update cascade, constraint \`it_absence_created_by_id_foreign\` foreign key(\`created_by_id\`) references \`person\`(\`id\`) on update cascade, primary key (\`id\`));`);
    this.addSql(`create index \`it_absence_tenant_id_index\` on \`it_absence\` (\`tenant_id\`);`);
    this.addSql(`create index \`it_absence_created_by_id_index\` on \`it_absence\` (\`created_by_id\`);`);
    this.addSql(`create index \`it_absence_tenant_id_ends_at_index\` on \`it_absence\` (\`tenant_id\`, \`ends_at\`);`);

    this.addSql(`create table \`tenant_calendar\` (\`id\` text not null, \`tenant_id\` text not null, \`name\` text not null, \`calendar\` json not null, \`updated_at\` datetime not null, constraint \`tenant_calendar_tenant_id_foreign\` foreign key(\`tenant_id\`) references \`tenant\`(\`id\`) on update cascade, primary key (\`id\`));`);
    this.addSql(`create index \`tenant_calendar_tenant_id_index\` on \`tenant_calendar\` (\`tenant_id\`);`);
    this.addSql(`create unique index \`tenant_calendar_tenant_id_name_unique\` on \`tenant_calendar\` (\`tenant_id\`, \`name\`);`);

    this.addSql(`create table \`critical_case\` (\`id\` text not null, \`tenant_id\` text not null, \`ticket_id\` text not null, \`reporter_id\` text not null, \`definition_code\` text not null, \`route\` text not null, \`status\` text not null, \`current_contact_id\` text null, \`current_level\` integer not null default 0, \`current_acknowledged\` integer not null default false, \`decided_by_id\` text null, \`decided_at\` datetime null, \`decision_reason\` text null, \`overtime_limit_minutes\` integer null, \`taken_by_id\` text null, \`taken_at\` datetime null, \`on_call_period_id\` text null, \`created_at\` datetime not null, \`version\` integer not null default 1, constraint \`critical_case_tenant_id_foreign\` foreign key(\`tenant_id\`) references \`tenant\`(\`id\`) on update cascade, constraint \`critical_case_ticket_id_foreign\` foreign key(\`ticket_id\`) references \`ticket\`(\`id\`) on update cascade, constraint \`critical_case_reporter_id_foreign\` foreign key(\`reporter_id\`) references \`person\`(\`id\`) on update cascade, constraint \`critical_case_current_contact_id_foreign\` foreign key(\`current_contact_id\`) references \`person\`(\`id\`) on delete set null on update cascade, constraint \`critical_case_decided_by_id_foreign\` foreign key(\`decided_by_id\`) references \`person\`(\`id\`) on delete set null on update cascade, constraint \`critical_case_taken_by_id_foreign\` foreign key(\`taken_by_id\`) references \`person\`(\`id\`) on delete set null on update cascade, primary key (\`id\`));`);
    this.addSql(`create index \`critical_case_tenant_id_index\` on \`critical_case\` (\`tenant_id\`);`);
    this.addSql(`create index \`critical_case_ticket_id_index\` on \`critical_case\` (\`ticket_id\`);`);
    this.addSql(`create index \`critical_case_reporter_id_index\` on \`critical_case\` (\`reporter_id\`);`);
    this.addSql(`create index \`critical_case_current_contact_id_index\` on \`critical_case\` (\`current_contact_id\`);`);
    this.addSql(`create index \`critical_case_decided_by_id_index\` on \`critical_case\` (\`decided_by_id\`);`);
    this.addSql(`create index \`critical_case_taken_by_id_index\` on \`critical_case\` (\`taken_by_id\`);`);
    this.addSql(`create index \`critical_case_tenant_id_status_index\` on \`critical_case\` (\`tenant_id\`, \`status\`);`);
    this.addSql(`create unique index \`critical_case_ticket_id_unique\` on \`critical_case\` (\`ticket_id\`);`);

    this.addSql(`create table \`escalation_step\` (\`id\` text not null, \`tenant_id\` text not null, \`critical_case_id\` text not null, \`seq\` integer not null, \`at\` datetime not null, \`kind\` text not null, \`level\` integer null, \`contact_id\` text null, \`actor_id\` text null, \`channel\` text null, \`outcome\` text null, \`note\` text null, constraint \`escalation_step_tenant_id_foreign\` foreign key(\`tenant_id\`) references \`tenant\`(\`id\`) on update cascade, constraint \`escalation_step_critical_case_id_foreign\` foreign key(\`critical_case_id\`) references \`critical_case\`(\`id\`) on update cascade, constraint \`escalation_step_contact_id_foreign\` foreign key(\`contact_id\`) references \`person\`(\`id\`) on delete set null on update cascade, constraint \`escalation_step_actor_id_foreign\` foreign key(\`actor_id\`) references \`person\`(\`id\`) on delete set null on update cascade, primary key (\`id\`));`);
    this.addSql(`create index \`escalation_step_tenant_id_index\` on \`escalation_step\` (\`tenant_id\`);`);
    this.addSql(`create index \`escalation_step_critical_case_id_index\` on \`escalation_step\` (\`critical_case_id\`);`);
    this.addSql(`create index \`escalation_step_contact_id_index\` on \`escalation_step\` (\`contact_id\`);`);
    this.addSql(`create index \`escalation_step_actor_id_index\` on \`escalation_step\` (\`actor_id\`);`);
    this.addSql(`create index \`escalation_step_critical_case_id_at_index\` on \`escalation_step\` (\`critical_case_id\`, \`at\`);`);
  }

}
exports.Migration20261123143516_Escalation = Migration20261123143516_Escalation;

'use strict';
Object.defineProperty(exports, '__esModule', { value: true });
const { Migration } = require('@mikro-orm/migrations');

class Migration20261123142238_Initial extends Migration {

  async up() {
    this.addSql(`create table \`tenant\` (\`id\` text not null, \`code\` text not null, \`name\` text not null, \`time_zone\` text not null, \`country\` text not null, \`urgent_phone\` text null, \`support_phone\` text null, \`support_email\` text null, \`created_at\` datetime not null, primary key (\`id\`));`);
    this.addSql(`create unique index \`tenant_code_unique\` on \`tenant\` (\`code\`);`);

    this.addSql(`create table \`person\` (\`id\` text not null, \`tenant_id\` text not null, \`username\` text not null, \`given_name\` text not null, \`surname\` text not null, \`email\` text null, \`mobile\` text null, \`work_phone\` text null, \`job_title\` text null, \`kind\` text not null default 'EMPLOYEE', \`manager_id\` text null, \`roles\` json not null, \`password_hash\` text null, \`absent\` integer not null default false, \`deputy_id\` text null, \`created_at\` datetime not null, constraint \`person_tenant_id_foreign\` foreign key(\`tenant_id\`) references \`tenant\`(\`id\`) on update cascade, constraint \`person_manager_id_foreign\` foreign key(\`manager_id\`) references \`person\`(\`id\`) on delete set null on update cascade, constraint \`person_deputy_id_foreign\` foreign key(\`deputy_id\`) references \`person\`(\`id\`) on delete set null on update cascade, primary key (\`id\`));`);
    this.addSql(`create index \`person_tenant_id_index\` on \`person\` (\`tenant_id\`);`);
    this.addSql(`create index \`person_manager_id_index\` on \`person\` (\`manager_id\`);`);
    this.addSql(`create index \`person_deputy_id_index\` on \`person\` (\`deputy_id\`);`);
    this.addSql(`create index \`person_tenant_id_manager_id_index\` on \`person\` (\`tenant_id\`, \`manager_id\`);`);
    this.addSql(`create unique index \`person_tenant_id_username_unique\` on \`person\` (\`tenant_id\`, \`username\`);`);

    this.addSql(`create table \`session\` (\`token_hash\` text not null, \`person_id\` text not null, \`created_at\` datetime not null, \`expires_at\` datetime not null, constraint \`session_person_id_foreign\` foreign key(\`person_id\`) references \`person\`(\`id\`) on update cascade, primary key (\`token_hash\`));`);
    this.addSql(`create index \`session_person_id_index\` on \`session\` (\`person_id\`);`);
    this.addSql(`create index \`session_expires_at_index\` on \`session\` (\`expires_at\`);`);

    this.addSql(`create table \`audit_event\` (\`id\` text not null, \`tenant_id\` text not null, \`at\` datetime not null, \`actor_id\` text null, \`action\` text not null, \`entity_type\` text not null, \`entity_id\` text not null, \`data\` json not null, constraint \`audit_event_tenant_id_foreign\` foreign key(\`tenant_id\`) references \`tenant\`(\`id\`) on update cascade, primary key (\`id\`));`);
    this.addSql(`create index \`audit_event_tenant_id_index\` on \`audit_event\` (\`tenant_id\`);`);
    this.addSql(`create index \`audit_event_entity_type_entity_id_at_index\` on \`audit_event\` (\`entity_type\`, \`entity_id\`, \`at\`);`);

    this.addSql(`create table \`tenant_access\` (\`id\` text not null, \`tenant_id\` text not null, \`person_id\` text not null, \`created_at\` datetime not null, constraint \`tenant_access_tenant_id_foreign\` foreign key(\`tenant_id\`) references \`tenant\`(\`id\`) on update cascade, constraint \`tenant_access_person_id_foreign\` foreign key(\`person_id\`) references \`person\`(\`id\`) on update cascade, primary key (\`id\`));`);
    this.addSql(`create index \`tenant_access_tenant_id_index\` on \`tenant_access\` (\`tenant_id\`);`);
    this.addSql(`create index \`tenant_access_person_id_index\` on \`tenant_access\` (\`person_id\`);`);
    this.addSql(`create unique index \`tenant_access_person_id_tenant_id_unique\` on \`tenant_access\` (\`person_id\`, \`tenant_id\`);`);

    this.addSql(`create table \`ticket\` (\`id\` text not null, \`tenant_id\` text not null, \`number\` text not null, \`title\` text not null, \`description\` text not null default '', \`status\` text not null default 'NEW', \`priority\` text not null default 'MEDIUM', \`channel\` text not null default 'PORTAL', \`caller_id\` text not null, \`subject_id\` text not null, \`created_at\` datetime not null, \`updated_at\` datetime not null, \`version\` integer not null default 1, constraint \`ticket_tenant_id_foreign\` foreign key(\`tenant_id\`) references \`tenant\`(\`id\`) on update cascade, constraint \`ticket_caller_id_foreign\` foreign key(\`caller_id\`) references \`person\`(\`id\`) on update cascade, constraint \`ticket_subject_id_foreign\` foreign key(\`subject_id\`) references \`person\`(\`id\`) on update cascade, primary key (\`id\`));`);
    this.addSql(`create index \`ticket_tenant_id_index\` on \`ticket\` (\`tenant_id\`);`);
    this.addSql(`create index \`ticket_caller_id_index\` on \`ticket\` (\`caller_id\`);`);
    this.addSql(`create index \`ticket_subject_id_index\` on \`ticket\` (\`subject_id\`);`);
    this.addSql(`create index \`ticket_caller_id_created_at_index\` on \`ticket\` (\`caller_id\`, \`created_at\`);`);
    this.addSql(`create index \`ticket_queue_created_idx\` on \`ticket\` (\`tenant_id\`, \`status\`, \`created_at\`, \`id\`);`);
    this.addSql(`create unique index \`ticket_tenant_id_number_unique\` on \`ticket\` (\`tenant_id\`, \`number\`);`);

    this.addSql(`create table \`ticket_counter\` (\`tenant_id\` text not null, \`period\` text not null, \`last_seq\` integer not null default 0, primary key (\`tenant_id\`, \`period\`));`);
  }

}
exports.Migration20261123142238_Initial = Migration20261123142238_Initial;

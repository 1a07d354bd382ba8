'use strict';
Object.defineProperty(exports, '__esModule', { value: true });
const { Migration } = require('@mikro-orm/migrations');

class Migration20261123143125_Tickets extends Migration {

  async up() {
    this.addSql(`create table \`operator_group\` (\`id\` text not null, \`tenant_id\` text not null, \`name\` text not null, \`line\` integer not null default 1, constraint \`operator_group_tenant_id_foreign\` foreign key(\`tenant_id\`) references \`tenant\`(\`id\`) on update cascade, primary key (\`id\`));`);
    this.addSql(`create index \`operator_group_tenant_id_index\` on \`operator_group\` (\`tenant_id\`);`);
    this.addSql(`create unique index \`operator_group_tenant_id_name_unique\` on \`operator_group\` (\`tenant_id\`, \`name\`);`);

    this.addSql(`create table \`category\` (\`id\` text not null, \`tenant_id\` text not null, \`name\` text not null, \`parent_id\` text null, \`active\` integer not null default true, constraint \`category_tenant_id_foreign\` foreign key(\`tenant_id\`) references \`tenant\`(\`id\`) on update cascade, constraint \`category_parent_id_foreign\` foreign key(\`parent_id\`) references \`category\`(\`id\`) on delete set null on update cascade, primary key (\`id\`));`);
    this.addSql(`create index \`category_tenant_id_index\` on \`category\` (\`tenant_id\`);`);
    this.addSql(`create index \`category_parent_id_index\` on \`category\` (\`parent_id\`);`);
    this.addSql(`create index \`category_tenant_id_parent_id_name_index\` on \`category\` (\`tenant_id\`, \`parent_id\`, \`name\`);`);

    this.addSql(`create table \`tenant_ticket_settings\` (\`tenant_id\` text not null, \`priority_matrix\` json not null, constraint \`tenant_ticket_settings_tenant_id_foreign\` foreign key(\`tenant_id\`) references \`tenant\`(\`id\`) on delete cascade on update cascade, primary key (\`tenant_id\`));`);

    this.addSql(`create table \`ticket_entry\` (\`id\` text not null, \`tenant_id\` text not null, \`ticket_id\` text not null, \`kind\` text not null, \`author_id\` text null, \`body\` text not null default '', \`data\` json not null, \`time_spent_minutes\` integer not null default 0, \`created_at\` datetime not null, constraint \`ticket_entry_tenant_id_foreign\` foreign key(\`tenant_id\`) references \`tenant\`(\`id\`) on update cascade, constraint \`ticket_entry_ticket_id_foreign\` foreign key(\`ticket_id\`) references \`ticket\`(\`id\`) on update cascade, constraint \`ticket_entry_author_id_foreign\` foreign key(\`author_id\`) references \`person\`(\`id\`) on delete set null on update cascade, primary key (\`id\`));`);
    this.addSql(`create index \`ticket_entry_tenant_id_index\` on \`ticket_entry\` (\`tenant_id\`);`);
    this.addSql(`create index \`ticket_entry_ticket_id_created_at_id_index\` on \`ticket_entry\` (\`ticket_id\`, \`created_at\`, \`id\`);`);

    this.addSql(`alter table \`ticket\` add column \`category_id\` text null constraint \`ticket_category_id_foreign\` references \`category\` (\`id\`) on update cascade on delete set null constraint \`ticket_group_id_foreign\` references \`operator_group\` (\`id\`) on update cascade on delete set null constraint \`ticket_operator_id_foreign\` references \`person\` (\`id\`) on update cascade on delete set null constraint \`ticket_parent_id_foreign\` references \`ticket\` (\`id\`) on update cascade on delete set null constraint \`ticket_merged_into_id_foreign\` references \`ticket\` (\`id\`) on update cascade on delete set null;`);
    this.addSql(`alter table \`ticket\` add column \`impact\` text null;`);
    this.addSql(`alter table \`ticket\` add column \`urgency\` text null;`);
    this.addSql(`alter table \`ticket\` add column \`priority_reason\` text null;`);
    this.addSql(`alter table \`ticket\` add column \`group_id\` text null;`);
    this.addSql(`alter table \`ticket\` add column \`operator_id\` text null;`);
    this.addSql(`alter table \`ticket\` add column \`line\` integer not null default 1;`);
    this.addSql(`alter table \`ticket\` add column \`response_due_at\` datetime null;`);
    this.addSql(`alter table \`ticket\` add column \`resolution_due_at\` datetime null;`);
    this.addSql(`alter table \`ticket\` add column \`sla_due_at\` datetime null;`);
    this.addSql(`alter table \`ticket\` add column \`resolved_at\` datetime null;`);
    this.addSql(`alter table \`ticket\` add column \`closed_at\` datetime null;`);
    this.addSql(`alter table \`ticket\` add column \`rating\` integer null;`);
    this.addSql(`alter table \`ticket\` add column \`rating_comment\` text null;`);
    this.addSql(`alter table \`ticket\` add column \`major_incident\` integer not null default false;`);
    this.addSql(`alter table \`ticket\` add column \`parent_id\` text null;`);
    this.addSql(`alter table \`ticket\` add column \`merged_into_id\` text null;`);
    this.addSql(`alter table \`ticket\` add column \`time_spent_minutes\` integer not null default 0;`);
    this.addSql(`create index \`ticket_parent_id_index\` on \`ticket\` (\`parent_id\`);`);
    this.addSql(`create index \`ticket_group_idx\` on \`ticket\` (\`group_id\`, \`status\`);`);
    this.addSql(`create index \`ticket_operator_idx\` on \`ticket\` (\`operator_id\`, \`status\`);`);
    this.addSql(`create index \`ticket_queue_sla_idx\` on \`ticket\` (\`tenant_id\`, \`status\`, \`sla_due_at\`, \`id\`);`);
    this.addSql(`create index \`ticket_subject_id_created_at_index\` on \`ticket\` (\`subject_id\`, \`created_at\`);`);
  }

}
exports.Migration20261123143125_Tickets = Migration20261123143125_Tickets;

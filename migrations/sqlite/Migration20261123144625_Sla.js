'use strict';
Object.defineProperty(exports, '__esModule', { value: true });
const { Migration } = require('@mikro-orm/migrations');

class Migration20261123144625_Sla extends Migration {

  async up() {
    this.addSql(`create table \`sla_policy\` (\`id\` text not null, \`tenant_id\` text not null, \`priority\` text not null, \`response_minutes\` integer not null, \`resolution_minutes\` integer not null, \`calendar_name\` text not null, constraint \`sla_policy_tenant_id_foreign\` foreign key(\`tenant_id\`) references \`tenant\`(\`id\`) on update cascade, primary key (\`id\`));`);
    this.addSql(`create index \`sla_policy_tenant_id_index\` on \`sla_policy\` (\`tenant_id\`);`);
    this.addSql(`create unique index \`sla_policy_tenant_id_priority_unique\` on \`sla_policy\` (\`tenant_id\`, \`priority\`);`);

    this.addSql(`create table \`ticket_sla\` (\`id\` text not null, \`tenant_id\` text not null, \`ticket_id\` text not null, \`response_minutes\` integer not null, \`resolution_minutes\` integer not null, \`wall_clock\` integer not null, \`calendar_name\` text not null, \`running_since\` datetime null, \`used_ms\` bigint not null, \`response_used_ms\` bigint null, \`stopped_at\` datetime null, \`response_breached\` integer not null default false, \`resolution_breached\` integer not null default false, constraint \`ticket_sla_tenant_id_foreign\` foreign key(\`tenant_id\`) references \`tenant\`(\`id\`) on update cascade, constraint \`ticket_sla_ticket_id_foreign\` foreign key(\`ticket_id\`) references \`ticket\`(\`id\`) on update cascade, primary key (\`id\`));`);
    this.addSql(`create index \`ticket_sla_tenant_id_index\` on \`ticket_sla\` (\`tenant_id\`);`);
    this.addSql(`create index \`ticket_sla_ticket_id_index\` on \`ticket_sla\` (\`ticket_id\`);`);
    this.addSql(`create index \`ticket_sla_tenant_id_stopped_at_index\` on \`ticket_sla\` (\`tenant_id\`, \`stopped_at\`);`);
    this.addSql(`create unique index \`ticket_sla_ticket_id_unique\` on \`ticket_sla\` (\`ticket_id\`);`);
  }

}
exports.Migration20261123144625_Sla = Migration20261123144625_Sla;

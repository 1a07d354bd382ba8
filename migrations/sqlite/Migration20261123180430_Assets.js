'use strict';
Object.defineProperty(exports, '__esModule', { value: true });
const { Migration } = require('@mikro-orm/migrations');

class Migration20261123180430_Assets extends Migration {

  async up() {
    this.addSql(`create table \`asset\` (\`id\` text not null, \`tenant_id\` text not null, \`tag\` text not null, \`name\` text not null, \`kind\` text not null, \`location\` text null, \`active\` integer not null default true, \`created_at\` datetime not null, \`updated_at\` datetime not null, constraint \`asset_tenant_id_foreign\` foreign key(\`tenant_id\`) references \`tenant\`(\`id\`) on update cascade, primary key (\`id\`));`);
    this.addSql(`create index \`asset_tenant_id_index\` on \`asset\` (\`tenant_id\`);`);
    this.addSql(`create index \`asset_tenant_name_idx\` on \`asset\` (\`tenant_id\`, \`name\`);`);
    this.addSql(`create unique index \`asset_tenant_tag_unique\` on \`asset\` (\`tenant_id\`, \`tag\`);`);

    this.addSql(`alter table \`ticket\` add column \`asset_id\` text null constraint \`ticket_asset_id_foreign\` references \`asset\` (\`id\`) on update cascade on delete set null;`);
  }

}
exports.Migration20261123180430_Assets = Migration20261123180430_Assets;

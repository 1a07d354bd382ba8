'use strict';
Object.defineProperty(exports, '__esModule', { value: true });
const { Migration } = require('@mikro-orm/migrations');

class Migration20261123150915_CriticalSettings extends Migration {

  async up() {
    this.addSql(`create table \`critical_settings\` (\`id\` text not null, \`tenant_id\` text not null, \`auto_escalate_minutes\` integer not null, \`repage_minutes\` integer not null, \`max_repages\` integer not null, constraint \`critical_settings_tenant_id_foreign\` foreign key(\`tenant_id\`) references \`tenant\`(\`id\`) on update cascade, primary key (\`id\`));`);
    this.addSql(`create index \`critical_settings_tenant_id_index\` on \`critical_settings\` (\`tenant_id\`);`);
    this.addSql(`create unique index \`critical_settings_tenant_id_unique\` on \`critical_settings\` (\`tenant_id\`);`);
  }

}
exports.Migration20261123150915_CriticalSettings = Migration20261123150915_CriticalSettings;

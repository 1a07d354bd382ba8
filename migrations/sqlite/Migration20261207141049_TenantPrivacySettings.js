'use strict';
Object.defineProperty(exports, '__esModule', { value: true });
const { Migration } = require('@mikro-orm/migrations');

class Migration20261207141049_TenantPrivacySettings extends Migration {

  async up() {
    this.addSql(`create table \`tenant_privacy_settings\` (\`tenant_id\` text not null, \`ticket_retention_years\` integer null, \`notice_html\` text null, \`anonymous_person_id\` text null, \`updated_at\` datetime null, constraint \`tenant_privacy_settings_tenant_id_foreign\` foreign key(\`tenant_id\`) references \`tenant\`(\`id\`) on delete cascade on update cascade, primary key (\`tenant_id\`));`);
  }

}
exports.Migration20261207141049_TenantPrivacySettings = Migration20261207141049_TenantPrivacySettings;

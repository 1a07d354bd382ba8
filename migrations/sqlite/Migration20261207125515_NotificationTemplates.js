'use strict';
Object.defineProperty(exports, '__esModule', { value: true });
const { Migration } = require('@mikro-orm/migrations');

class Migration20261207125515_NotificationTemplates extends Migration {

  async up() {
    this.addSql(`create table \`notification_template\` (\`id\` text not null, \`tenant_id\` text not null, \`event\` text not null, \`language\` text not null, \`subject\` text not null, \`body\` text not null, \`updated_at\` datetime not null, constraint \`notification_template_tenant_id_foreign\` foreign key(\`tenant_id\`) references \`tenant\`(\`id\`) on update cascade, primary key (\`id\`));`);
    this.addSql(`create index \`notification_template_tenant_id_index\` on \`notification_template\` (\`tenant_id\`);`);
    this.addSql(`create unique index \`notification_template_tenant_event_language_unique\` on \`notification_template\` (\`tenant_id\`, \`event\`, \`language\`);`);
  }

}
exports.Migration20261207125515_NotificationTemplates = Migration20261207125515_NotificationTemplates;

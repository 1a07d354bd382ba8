'use strict';
Object.defineProperty(exports, '__esModule', { value: true });
const { Migration } = require('@mikro-orm/migrations');

class Migration20261207122034_NotificationPreferences extends Migration {

  async up() {
    this.addSql(`create table \`notification_preference\` (\`id\` text not null, \`tenant_id\` text not null, \`person_id\` text not null, \`event\` text not null, \`channel\` text not null, \`enabled\` integer not null, \`updated_at\` datetime not null, constraint \`notification_preference_tenant_id_foreign\` foreign key(\`tenant_id\`) references \`tenant\`(\`id\`) on update cascade, constraint \`notification_preference_person_id_foreign\` foreign key(\`person_id\`) references \`person\`(\`id\`) on update cascade, primary key (\`id\`));`);
    this.addSql(`create index \`notification_preference_tenant_id_index\` on \`notification_preference\` (\`tenant_id\`);`);
    this.addSql(`create index \`notification_preference_person_id_index\` on \`notification_preference\` (\`person_id\`);`);
    this.addSql(`create unique index \`notification_preference_person_event_channel_unique\` on \`notification_preference\` (\`person_id\`, \`event\`, \`channel\`);`);

    this.addSql(`alter table \`notification\` add column \`mail_pending\` integer not null default false;`);
    this.addSql(`alter table \`notification\` add column \`once_key\` text null;`);
    this.addSql(`create index \`notification_recipient_pending_idx\` on \`notification\` (\`recipient_id\`, \`mail_pending\`);`);
    this.addSql(`create index \`notification_recipient_once_idx\` on \`notification\` (\`recipient_id\`, \`once_key\`);`);
  }

}
exports.Migration20261207122034_NotificationPreferences = Migration20261207122034_NotificationPreferences;

'use strict';
Object.defineProperty(exports, '__esModule', { value: true });
const { Migration } = require('@mikro-orm/migrations');

class Migration20261207061752_OutgoingMessages extends Migration {

  async up() {
    this.addSql(`create table \`outgoing_message\` (\`id\` text not null, \`tenant_id\` text not null, \`channel\` text not null, \`recipient\` text not null, \`recipient_person_id\` text null, \`kind\` text not null, \`subject\` text null, \`body\` text not null, \`ticket_id\` text null, \`message_id\` text null, \`references\` text null, \`unsubscribe_url\` text null, \`key\` text not null, \`status\` text not null default 'QUEUED', \`attempts\` integer not null default 0, \`next_attempt_at\` bigint not null, \`claimed_until\` bigint null, \`claimed_by\` text null, \`last_error\` text null, \`provider_message_id\` text null, \`created_at\` bigint not null, \`sent_at\` bigint null, constraint \`outgoing_message_tenant_id_foreign\` foreign key(\`tenant_id\`) references \`tenant\`(\`id\`) on update cascade, primary key (\`id\`));`);
    this.addSql(`create index \`outgoing_message_tenant_id_index\` on \`outgoing_message\` (\`tenant_id\`);`);
    this.addSql(`create unique index \`outgoing_message_key_unique\` on \`outgoing_message\` (\`key\`);`);
    this.addSql(`create index \`outgoing_message_ticket_idx\` on \`outgoing_message\` (\`ticket_id\`, \`created_at\`);`);
    this.addSql(`create index \`outgoing_message_due_idx\` on \`outgoing_message\` (\`status\`, \`next_attempt_at\`);`);
  }

}
exports.Migration20261207061752_OutgoingMessages = Migration20261207061752_OutgoingMessages;

'use strict';
Object.defineProperty(exports, '__esModule', { value: true });
const { Migration } = require('@mikro-orm/migrations');

class Migration20261207115758_InboundMail extends Migration {

  async up() {
    this.addSql(`create table \`inbound_mail\` (\`id\` text not null, \`tenant_id\` text not null, \`mailbox\` text not null, \`dedupe_key\` text not null, \`message_id\` text null, \`from_address\` text null, \`subject\` text null, \`status\` text not null, \`reason\` text null, \`ticket_id\` text null, \`quoted\` text null, \`size\` integer not null, \`raw_base64\` text null, \`duplicates\` integer not null default 0, \`settled\` integer not null default false, \`received_at\` datetime not null, constraint \`inbound_mail_tenant_id_foreign\` foreign key(\`tenant_id\`) references \`tenant\`(\`id\`) on update cascade, constraint \`inbound_mail_ticket_id_foreign\` foreign key(\`ticket_id\`) references \`ticket\`(\`id\`) on delete set null on update cascade, primary key (\`id\`));`);
    this.addSql(`create index \`inbound_mail_tenant_id_index\` on \`inbound_mail\` (\`tenant_id\`);`);
    this.addSql(`create index \`inbound_mail_ticket_id_index\` on \`inbound_mail\` (\`ticket_id\`);`);
    this.addSql(`create index \`inbound_mail_tenant_id_settled_received_at_index\` on \`inbound_mail\` (\`tenant_id\`, \`settled\`, \`received_at\`);`);
    this.addSql(`create unique index \`inbound_mail_mailbox_dedupe_key_unique\` on \`inbound_mail\` (\`mailbox\`, \`dedupe_key\`);`);

    this.addSql(`alter table \`tenant\` add column \`mailbox_address\` text null;`);
    this.addSql(`create unique index \`tenant_mailbox_address_unique\` on \`tenant\` (\`mailbox_address\`);`);

    this.addSql(`create index \`person_tenant_id_email_index\` on \`person\` (\`tenant_id\`, \`email\`);`);
  }

}
exports.Migration20261207115758_InboundMail = Migration20261207115758_InboundMail;

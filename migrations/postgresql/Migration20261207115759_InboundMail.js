'use strict';
Object.defineProperty(exports, '__esModule', { value: true });
const { Migration } = require('@mikro-orm/migrations');

class Migration20261207115759_InboundMail extends Migration {

  async up() {
    this.addSql(`create table "inbound_mail" ("id" varchar(36) not null, "tenant_id" varchar(36) not null, "mailbox" varchar(200) not null, "dedupe_key" varchar(500) not null, "message_id" varchar(500) null, "from_address" varchar(320) null, "subject" varchar(500) null, "status" varchar(24) not null, "reason" varchar(64) null, "ticket_id" varchar(36) null, "quoted" text null, "size" int not null, "raw_base64" text null, "duplicates" int not null default 0, "settled" boolean not null default false, "received_at" timestamptz not null, constraint "inbound_mail_pkey" primary key ("id"));`);
    this.addSql(`create index "inbound_mail_tenant_id_index" on "inbound_mail" ("tenant_id");`);
    this.addSql(`create index "inbound_mail_ticket_id_index" on "inbound_mail" ("ticket_id");`);
    this.addSql(`create index "inbound_mail_tenant_id_settled_received_at_index" on "inbound_mail" ("tenant_id", "settled", "received_at");`);
    this.addSql(`alter table "inbound_mail" add constraint "inbound_mail_mailbox_dedupe_key_unique" unique ("mailbox", "dedupe_key");`);

    this.addSql(`alter table "inbound_mail" add constraint "inbound_mail_tenant_id_foreign" foreign key ("tenant_id") references "tenant" ("id") on update cascade;`);
    this.addSql(`alter table "inbound_mail" add constraint "inbound_mail_ticket_id_foreign" foreign key ("ticket_id") references "ticket" ("id") on update cascade on delete set null;`);

    this.addSql(`alter table "tenant" add column "mailbox_address" varchar(200) null;`);
    this.addSql(`alter table "tenant" add constraint "tenant_mailbox_address_unique" unique ("mailbox_address");`);

    this.addSql(`create index "person_tenant_id_email_index" on "person" ("tenant_id", "email");`);
  }

  async down() {
    this.addSql(`drop table if exists "inbound_mail" cascade;`);

    this.addSql(`drop index "person_tenant_id_email_index";`);

    this.addSql(`alter table "tenant" drop constraint "tenant_mailbox_address_unique";`);
    this.addSql(`alter table "tenant" drop column "mailbox_address";`);
  }

}
exports.Migration20261207115759_InboundMail = Migration20261207115759_InboundMail;

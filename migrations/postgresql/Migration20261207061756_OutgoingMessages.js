'use strict';
Object.defineProperty(exports, '__esModule', { value: true });
const { Migration } = require('@mikro-orm/migrations');

class Migration20261207061756_OutgoingMessages extends Migration {

  async up() {
    this.addSql(`create table "outgoing_message" ("id" varchar(36) not null, "tenant_id" varchar(36) not null, "channel" varchar(8) not null, "recipient" varchar(320) not null, "recipient_person_id" varchar(36) null, "kind" varchar(48) not null, "subject" varchar(400) null, "body" text not null, "ticket_id" varchar(36) null, "message_id" varchar(400) null, "references" text null, "unsubscribe_url" varchar(1000) null, "key" varchar(200) not null, "status" varchar(8) not null default 'QUEUED', "attempts" int not null default 0, "next_attempt_at" bigint not null, "claimed_until" bigint null, "claimed_by" varchar(64) null, "last_error" varchar(500) null, "provider_message_id" varchar(400) null, "created_at" bigint not null, "sent_at" bigint null, constraint "outgoing_message_pkey" primary key ("id"));`);
    this.addSql(`create index "outgoing_message_tenant_id_index" on "outgoing_message" ("tenant_id");`);
    this.addSql(`alter table "outgoing_message" add constraint "outgoing_message_key_unique" unique ("key");`);
    this.addSql(`create index "outgoing_message_ticket_idx" on "outgoing_message" ("ticket_id", "created_at");`);
    this.addSql(`create index "outgoing_message_due_idx" on "outgoing_message" ("status", "next_attempt_at");`);

    this.addSql(`alter table "outgoing_message" add constraint "outgoing_message_tenant_id_foreign" foreign key ("tenant_id") references "tenant" ("id") on update cascade;`);
  }

  async down() {
    this.addSql(`drop table if exists "outgoing_message" cascade;`);
  }

}
exports.Migration20261207061756_OutgoingMessages = Migration20261207061756_OutgoingMessages;

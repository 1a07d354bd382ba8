'use strict';
Object.defineProperty(exports, '__esModule', { value: true });
const { Migration } = require('@mikro-orm/migrations');

class Migration20261207122035_NotificationPreferences extends Migration {

  async up() {
    this.addSql(`create table "notification_preference" ("id" varchar(36) not null, "tenant_id" varchar(36) not null, "person_id" varchar(36) not null, "event" varchar(32) not null, "channel" varchar(8) not null, "enabled" boolean not null, "updated_at" timestamptz not null, constraint "notification_preference_pkey" primary key ("id"));`);
    this.addSql(`create index "notification_preference_tenant_id_index" on "notification_preference" ("tenant_id");`);
    this.addSql(`alter table "notification_preference" add constraint "notification_preference_person_event_channel_unique" unique ("person_id", "event", "channel");`);

    this.addSql(`alter table "notification_preference" add constraint "notification_preference_tenant_id_foreign" foreign key ("tenant_id") references "tenant" ("id") on update cascade;`);
    this.addSql(`alter table "notification_preference" add constraint "notification_preference_person_id_foreign" foreign key ("person_id") references "person" ("id") on update cascade;`);

    this.addSql(`alter table "notification" add column "mail_pending" boolean not null default false, add column "once_key" varchar(200) null;`);
    this.addSql(`create index "notification_recipient_pending_idx" on "notification" ("recipient_id", "mail_pending");`);
    this.addSql(`create index "notification_recipient_once_idx" on "notification" ("recipient_id", "once_key");`);
  }

  async down() {
    this.addSql(`drop table if exists "notification_preference" cascade;`);

    this.addSql(`drop index "notification_recipient_pending_idx";`);
    this.addSql(`drop index "notification_recipient_once_idx";`);
    this.addSql(`alter table "notification" drop column "mail_pending", drop column "once_key";`);
  }

}
exports.Migration20261207122035_NotificationPreferences = Migration20261207122035_NotificationPreferences;

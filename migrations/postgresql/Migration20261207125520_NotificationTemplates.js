'use strict';
Object.defineProperty(exports, '__esModule', { value: true });
const { Migration } = require('@mikro-orm/migrations');

class Migration20261207125520_NotificationTemplates extends Migration {

  async up() {
    this.addSql(`create table "notification_template" ("id" varchar(36) not null, "tenant_id" varchar(36) not null, "event" varchar(32) not null, "language" varchar(2) not null, "subject" varchar(400) not null, "body" text not null, "updated_at" timestamptz not null, constraint "notification_template_pkey" primary key ("id"));`);
    this.addSql(`create index "notification_template_tenant_id_index" on "notification_template" ("tenant_id");`);
    this.addSql(`alter table "notification_template" add constraint "notification_template_tenant_event_language_unique" unique ("tenant_id", "event", "language");`);

    this.addSql(`alter table "notification_template" add constraint "notification_template_tenant_id_foreign" foreign key ("tenant_id") references "tenant" ("id") on update cascade;`);
  }

  async down() {
    this.addSql(`drop table if exists "notification_template" cascade;`);
  }

}
exports.Migration20261207125520_NotificationTemplates = Migration20261207125520_NotificationTemplates;

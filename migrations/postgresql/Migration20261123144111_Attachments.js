'use strict';
Object.defineProperty(exports, '__esModule', { value: true });
const { Migration } = require('@mikro-orm/migrations');

class Migration20261123144111_Attachments extends Migration {

  async up() {
    this.addSql(`create table "attachment" ("id" varchar(36) not null, "tenant_id" varchar(36) not null, "ticket_id" varchar(36) not null, "file_name" varchar(200) not null, "content_type" varchar(100) not null, "size" int not null, "sha256" varchar(64) not null, "uploaded_by_id" varchar(36) not null, "created_at" timestamptz not null, constraint "attachment_pkey" primary key ("id"));`);
    this.addSql(`create index "attachment_tenant_id_index" on "attachment" ("tenant_id");`);
    this.addSql(`create index "attachment_ticket_id_created_at_index" on "attachment" ("ticket_id", "created_at");`);

    this.addSql(`alter table "attachment" add constraint "attachment_tenant_id_foreign" foreign key ("tenant_id") references "tenant" ("id") on update cascade;`);
    this.addSql(`alter table "attachment" add constraint "attachment_ticket_id_foreign" foreign key ("ticket_id") references "ticket" ("id") on update cascade;`);
    this.addSql(`alter table "attachment" add constraint "attachment_uploaded_by_id_foreign" foreign key ("uploaded_by_id") references "person" ("id") on update cascade;`);
  }

  async down() {
    this.addSql(`drop table if exists "attachment" cascade;`);
  }

}
exports.Migration20261123144111_Attachments = Migration20261123144111_Attachments;

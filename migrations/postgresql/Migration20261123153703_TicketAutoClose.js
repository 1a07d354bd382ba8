'use strict';
Object.defineProperty(exports, '__esModule', { value: true });
const { Migration } = require('@mikro-orm/migrations');

class Migration20261123153703_TicketAutoClose extends Migration {

  async up() {
    this.addSql(`alter table "tenant_ticket_settings" add column "auto_close_after_business_days" int not null default 5;`);
  }

  async down() {
    this.addSql(`alter table "tenant_ticket_settings" drop column "auto_close_after_business_days";`);
  }

}
exports.Migration20261123153703_TicketAutoClose = Migration20261123153703_TicketAutoClose;

'use strict';
Object.defineProperty(exports, '__esModule', { value: true });
const { Migration } = require('@mikro-orm/migrations');

class Migration20261123153701_TicketAutoClose extends Migration {

  async up() {
    this.addSql(`alter table \`tenant_ticket_settings\` add column \`auto_close_after_business_days\` integer not null default 5;`);
  }

}
exports.Migration20261123153701_TicketAutoClose = Migration20261123153701_TicketAutoClose;

'use strict';
Object.defineProperty(exports, '__esModule', { value: true });
const { Migration } = require('@mikro-orm/migrations');

class Migration20261123165102_TicketDescriptionHtml extends Migration {

  async up() {
    this.addSql(`alter table \`ticket\` add column \`description_html\` text null;`);
  }

}
exports.Migration20261123165102_TicketDescriptionHtml = Migration20261123165102_TicketDescriptionHtml;

'use strict';
Object.defineProperty(exports, '__esModule', { value: true });
const { Migration } = require('@mikro-orm/migrations');

class Migration20261123165103_TicketDescriptionHtml extends Migration {

  async up() {
    this.addSql(`alter table "ticket" add column "description_html" text null;`);
  }

  async down() {
    this.addSql(`alter table "ticket" drop column "description_html";`);
  }

}
exports.Migration20261123165103_TicketDescriptionHtml = Migration20261123165103_TicketDescriptionHtml;

'use strict';
Object.defineProperty(exports, '__esModule', { value: true });
const { Migration } = require('@mikro-orm/migrations');

class Migration20261207124819_PersonLanguage extends Migration {

  async up() {
    this.addSql(`alter table \`person\` add column \`language\` text null;`);
  }

}
exports.Migration20261207124819_PersonLanguage = Migration20261207124819_PersonLanguage;

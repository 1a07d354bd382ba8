'use strict';
Object.defineProperty(exports, '__esModule', { value: true });
const { Migration } = require('@mikro-orm/migrations');

class Migration20261207124821_PersonLanguage extends Migration {

  async up() {
    this.addSql(`alter table "person" add column "language" varchar(8) null;`);
  }

  async down() {
    this.addSql(`alter table "person" drop column "language";`);
  }

}
exports.Migration20261207124821_PersonLanguage = Migration20261207124821_PersonLanguage;

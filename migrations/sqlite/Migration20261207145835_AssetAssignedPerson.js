'use strict';
Object.defineProperty(exports, '__esModule', { value: true });
const { Migration } = require('@mikro-orm/migrations');

class Migration20261207145835_AssetAssignedPerson extends Migration {

  async up() {
    this.addSql(`alter table \`asset\` add column \`assigned_person_id\` text null constraint \`asset_assigned_person_id_foreign\` references \`person\` (\`id\`) on update cascade on delete set null;`);
    this.addSql(`create index \`asset_assigned_person_id_index\` on \`asset\` (\`assigned_person_id\`);`);
  }

}
exports.Migration20261207145835_AssetAssignedPerson = Migration20261207145835_AssetAssignedPerson;

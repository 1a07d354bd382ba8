'use strict';
Object.defineProperty(exports, '__esModule', { value: true });
const { Migration } = require('@mikro-orm/migrations');

class Migration20261207145940_AssetAssignedUnit extends Migration {

  async up() {
    this.addSql(`alter table \`asset\` add column \`assigned_unit_id\` text null constraint \`asset_assigned_unit_id_foreign\` references \`org_unit\` (\`id\`) on update cascade on delete set null;`);
    this.addSql(`create index \`asset_assigned_unit_id_index\` on \`asset\` (\`assigned_unit_id\`);`);
  }

}
exports.Migration20261207145940_AssetAssignedUnit = Migration20261207145940_AssetAssignedUnit;

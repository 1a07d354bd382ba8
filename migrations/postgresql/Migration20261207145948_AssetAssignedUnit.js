'use strict';
Object.defineProperty(exports, '__esModule', { value: true });
const { Migration } = require('@mikro-orm/migrations');

class Migration20261207145948_AssetAssignedUnit extends Migration {

  async up() {
    this.addSql(`alter table "asset" add column "assigned_unit_id" varchar(36) null;`);
    this.addSql(`alter table "asset" add constraint "asset_assigned_unit_id_foreign" foreign key ("assigned_unit_id") references "org_unit" ("id") on update cascade on delete set null;`);
  }

  async down() {
    this.addSql(`alter table "asset" drop constraint "asset_assigned_unit_id_foreign";`);

    this.addSql(`alter table "asset" drop column "assigned_unit_id";`);
  }

}
exports.Migration20261207145948_AssetAssignedUnit = Migration20261207145948_AssetAssignedUnit;

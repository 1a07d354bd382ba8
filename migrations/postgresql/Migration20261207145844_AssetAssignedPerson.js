'use strict';
Object.defineProperty(exports, '__esModule', { value: true });
const { Migration } = require('@mikro-orm/migrations');

class Migration20261207145844_AssetAssignedPerson extends Migration {

  async up() {
    this.addSql(`alter table "asset" add column "assigned_person_id" varchar(36) null;`);
    this.addSql(`alter table "asset" add constraint "asset_assigned_person_id_foreign" foreign key ("assigned_person_id") references "person" ("id") on update cascade on delete set null;`);
  }

  async down() {
    this.addSql(`alter table "asset" drop constraint "asset_assigned_person_id_foreign";`);

    this.addSql(`alter table "asset" drop column "assigned_person_id";`);
  }

}
exports.Migration20261207145844_AssetAssignedPerson = Migration20261207145844_AssetAssignedPerson;

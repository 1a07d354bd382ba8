'use strict';
Object.defineProperty(exports, '__esModule', { value: true });
const { Migration } = require('@mikro-orm/migrations');

class Migration20261207151341_AssetCharges extends Migration {

  async up() {
    this.addSql(`create table \`asset_price\` (\`id\` text not null, \`tenant_id\` text not null, \`key\` text not null, \`monthly_minor\` integer not null, \`updated_at\` datetime not null, constraint \`asset_price_tenant_id_foreign\` foreign key(\`tenant_id\`) references \`tenant\`(\`id\`) on update cascade, primary key (\`id\`));`);
    this.addSql(`create index \`asset_price_tenant_id_index\` on \`asset_price\` (\`tenant_id\`);`);
    this.addSql(`create unique index \`asset_price_tenant_key_unique\` on \`asset_price\` (\`tenant_id\`, \`key\`);`);

    this.addSql(`create table \`asset_charge\` (\`id\` text not null, \`tenant_id\` text not null, \`asset_id\` text not null, \`unit_id\` text not null, \`monthly_minor\` integer not null, \`starts_on\` text not null, \`ends_on\` text null, \`created_at\` datetime not null, constraint \`asset_charge_tenant_id_foreign\` foreign key(\`tenant_id\`) references \`tenant\`(\`id\`) on update cascade, constraint \`asset_charge_asset_id_foreign\` foreign key(\`asset_id\`) references \`asset\`(\`id\`) on update cascade, constraint \`asset_charge_unit_id_foreign\` foreign key(\`unit_id\`) references \`org_unit\`(\`id\`) on update cascade, primary key (\`id\`));`);
    this.addSql(`create index \`asset_charge_tenant_id_index\` on \`asset_charge\` (\`tenant_id\`);`);
    this.addSql(`create index \`asset_charge_asset_id_index\` on \`asset_charge\` (\`asset_id\`);`);
    this.addSql(`create index \`asset_charge_unit_id_index\` on \`asset_charge\` (\`unit_id\`);`);
    this.addSql(`create index \`asset_charge_tenant_period_idx\` on \`asset_charge\` (\`tenant_id\`, \`starts_on\`);`);
  }

}
exports.Migration20261207151341_AssetCharges = Migration20261207151341_AssetCharges;

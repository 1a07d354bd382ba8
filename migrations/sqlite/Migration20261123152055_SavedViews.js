'use strict';
Object.defineProperty(exports, '__esModule', { value: true });
const { Migration } = require('@mikro-orm/migrations');

class Migration20261123152055_SavedViews extends Migration {

  async up() {
    this.addSql(`create table \`saved_view\` (\`id\` text not null, \`tenant_id\` text not null, \`owner_id\` text not null, \`name\` text not null, \`shared\` integer not null default false, \`filters\` json not null, \`created_at\` datetime not null, constraint \`saved_view_tenant_id_foreign\` foreign key(\`tenant_id\`) references \`tenant\`(\`id\`) on update cascade, constraint \`saved_view_owner_id_foreign\` foreign key(\`owner_id\`) references \`person\`(\`id\`) on update cascade, primary key (\`id\`));`);
    this.addSql(`create index \`saved_view_tenant_id_index\` on \`saved_view\` (\`tenant_id\`);`);
    this.addSql(`create index \`saved_view_tenant_id_shared_index\` on \`saved_view\` (\`tenant_id\`, \`shared\`);`);
    this.addSql(`create index \`saved_view_owner_id_name_index\` on \`saved_view\` (\`owner_id\`, \`name\`);`);
  }

}
exports.Migration20261123152055_SavedViews = Migration20261123152055_SavedViews;

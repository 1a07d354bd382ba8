'use strict';
Object.defineProperty(exports, '__esModule', { value: true });
const { Migration } = require('@mikro-orm/migrations');

class Migration20261123144110_Attachments extends Migration {

  async up() {
    this.addSql(`create table \`attachment\` (\`id\` text not null, \`tenant_id\` text not null, \`ticket_id\` text not null, \`file_name\` text not null, \`content_type\` text not null, \`size\` integer not null, \`sha256\` text not null, \`uploaded_by_id\` text not null, \`created_at\` datetime not null, constraint \`attachment_tenant_id_foreign\` foreign key(\`tenant_id\`) references \`tenant\`(\`id\`) on update cascade, constraint \`attachment_ticket_id_foreign\` foreign key(\`ticket_id\`) references \`ticket\`(\`id\`) on update cascade, constraint \`attachment_uploaded_by_id_foreign\` foreign key(\`uploaded_by_id\`) references \`person\`(\`id\`) on update cascade, primary key (\`id\`));`);
    this.addSql(`create index \`attachment_tenant_id_index\` on \`attachment\` (\`tenant_id\`);`);
    this.addSql(`create index \`attachment_ticket_id_created_at_index\` on \`attachment\` (\`ticket_id\`, \`created_at\`);`);
  }

}
exports.Migration20261123144110_Attachments = Migration20261123144110_Attachments;

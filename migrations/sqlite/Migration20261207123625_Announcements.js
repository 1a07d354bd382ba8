'use strict';
Object.defineProperty(exports, '__esModule', { value: true });
const { Migration } = require('@mikro-orm/migrations');

class Migration20261207123625_Announcements extends Migration {

  async up() {
    this.addSql(`create table \`announcement\` (\`id\` text not null, \`tenant_id\` text not null, \`kind\` text not null, \`severity\` text not null, \`title\` text not null, \`body_html\` text not null, \`unit_ids\` json not null default '[]', \`starts_at\` datetime not null, \`ends_at\` datetime not null, \`ended_at\` datetime null, \`incident_id\` text null, \`created_by_id\` text not null, \`created_at\` datetime not null, \`updated_at\` datetime not null, constraint \`announcement_tenant_id_foreign\` foreign key(\`tenant_id\`) references \`tenant\`(\`id\`) on update cascade, constraint \`announcement_incident_id_foreign\` foreign key(\`incident_id\`) references \`ticket\`(\`id\`) on delete set null on update cascade, constraint \`announcement_created_by_id_foreign\` foreign key(\`created_by_id\`) references \`person\`(\`id\`) on update cascade, primary key (\`id\`));`);
    this.addSql(`create index \`announcement_tenant_id_index\` on \`announcement\` (\`tenant_id\`);`);
    this.addSql(`create index \`announcement_incident_id_index\` on \`announcement\` (\`incident_id\`);`);
    this.addSql(`create index \`announcement_created_by_id_index\` on \`announcement\` (\`created_by_id\`);`);
    this.addSql(`create index \`announcement_tenant_id_ends_at_index\` on \`announcement\` (\`tenant_id\`, \`ends_at\`);`);

    this.addSql(`create table \`announcement_affected\` (\`id\` text not null, \`tenant_id\` text not null, \`announcement_id\` text not null, \`person_id\` text not null, \`created_at\` datetime not null, constraint \`announcement_affected_tenant_id_foreign\` foreign key(\`tenant_id\`) references \`tenant\`(\`id\`) on update cascade, constraint \`announcement_affected_announcement_id_foreign\` foreign key(\`announcement_id\`) references \`announcement\`(\`id\`) on update cascade, constraint \`announcement_affected_person_id_foreign\` foreign key(\`person_id\`) references \`person\`(\`id\`) on update cascade, primary key (\`id\`));`);
    this.addSql(`create index \`announcement_affected_tenant_id_index\` on \`announcement_affected\` (\`tenant_id\`);`);
    this.addSql(`create index \`announcement_affected_announcement_id_index\` on \`announcement_affected\` (\`announcement_id\`);`);
    this.addSql(`create index \`announcement_affected_person_id_index\` on \`announcement_affected\` (\`person_id\`);`);
    this.addSql(`create unique index \`announcement_affected_announcement_id_person_id_unique\` on \`announcement_affected\` (\`announcement_id\`, \`person_id\`);`);
  }

}
exports.Migration20261207123625_Announcements = Migration20261207123625_Announcements;

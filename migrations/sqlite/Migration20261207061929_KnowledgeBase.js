'use strict';
Object.defineProperty(exports, '__esModule', { value: true });
const { Migration } = require('@mikro-orm/migrations');

class Migration20261207061929_KnowledgeBase extends Migration {

  async up() {
    this.addSql(`create table \`article\` (\`id\` text not null, \`tenant_id\` text not null, \`title\` text not null, \`body_html\` text not null, \`body_text\` text not null, \`category\` text null, \`tags\` json not null, \`language\` text not null, \`audience\` text not null, \`status\` text not null, \`owner_id\` text not null, \`review_date\` text null, \`source_ticket_id\` text null, \`helpful_yes\` integer not null default 0, \`helpful_no\` integer not null default 0, \`version\` integer not null, \`created_at\` datetime not null, \`updated_at\` datetime not null, constraint \`article_tenant_id_foreign\` foreign key(\`tenant_id\`) references \`tenant\`(\`id\`) on update cascade, constraint \`article_owner_id_foreign\` foreign key(\`owner_id\`) references \`person\`(\`id\`) on update cascade, primary key (\`id\`));`);
    this.addSql(`create index \`article_tenant_id_index\` on \`article\` (\`tenant_id\`);`);
    this.addSql(`create index \`article_owner_id_index\` on \`article\` (\`owner_id\`);`);
    this.addSql(`create index \`article_tenant_status_idx\` on \`article\` (\`tenant_id\`, \`status\`, \`updated_at\`);`);

    this.addSql(`create table \`article_visibility\` (\`id\` text not null, \`tenant_id\` text not null, \`article_id\` text not null, constraint \`article_visibility_tenant_id_foreign\` foreign key(\`tenant_id\`) references \`tenant\`(\`id\`) on update cascade, constraint \`article_visibility_article_id_foreign\` foreign key(\`article_id\`) references \`article\`(\`id\`) on update cascade, primary key (\`id\`));`);
    this.addSql(`create index \`article_visibility_tenant_id_index\` on \`article_visibility\` (\`tenant_id\`);`);
    this.addSql(`create unique index \`article_visibility_article_tenant_unique\` on \`article_visibility\` (\`article_id\`, \`tenant_id\`);`);

    this.addSql(`create table \`article_version\` (\`id\` text not null, \`tenant_id\` text not null, \`article_id\` text not null, \`number\` integer not null, \`title\` text not null, \`body_html\` text not null, \`body_text\` text not null, \`status\` text not null, \`saved_by_id\` text not null, \`saved_at\` datetime not null, constraint \`article_version_tenant_id_foreign\` foreign key(\`tenant_id\`) references \`tenant\`(\`id\`) on update cascade, constraint \`article_version_article_id_foreign\` foreign key(\`article_id\`) references \`article\`(\`id\`) on update cascade, constraint \`article_version_saved_by_id_foreign\` foreign key(\`saved_by_id\`) references \`person\`(\`id\`) on update cascade, primary key (\`id\`));`);
    this.addSql(`create index \`article_version_tenant_id_index\` on \`article_version\` (\`tenant_id\`);`);
    this.addSql(`create unique index \`article_version_article_number_unique\` on \`article_version\` (\`article_id\`, \`number\`);`);

    this.addSql(`create table \`article_feedback\` (\`id\` text not null, \`tenant_id\` text not null, \`article_id\` text not null, \`person_id\` text not null, \`helpful\` integer not null, \`comment\` text null, \`created_at\` datetime not null, constraint \`article_feedback_tenant_id_foreign\` foreign key(\`tenant_id\`) references \`tenant\`(\`id\`) on update cascade, constraint \`article_feedback_article_id_foreign\` foreign key(\`article_id\`) references \`article\`(\`id\`) on update cascade, constraint \`article_feedback_person_id_foreign\` foreign key(\`person_id\`) references \`person\`(\`id\`) on update cascade, primary key (\`id\`));`);
    this.addSql(`create index \`article_feedback_tenant_id_index\` on \`article_feedback\` (\`tenant_id\`);`);
    this.addSql(`create index \`article_feedback_article_idx\` on \`article_feedback\` (\`article_id\`, \`created_at\`);`);

    this.addSql(`create table \`article_deflection\` (\`id\` text not null, \`tenant_id\` text not null, \`article_id\` text not null, \`person_id\` text not null, \`created_at\` datetime not null, constraint \`article_deflection_tenant_id_foreign\` foreign key(\`tenant_id\`) references \`tenant\`(\`id\`) on update cascade, constraint \`article_deflection_article_id_foreign\` foreign key(\`article_id\`) references \`article\`(\`id\`) on update cascade, constraint \`article_deflection_person_id_foreign\` foreign key(\`person_id\`) references \`person\`(\`id\`) on update cascade, primary key (\`id\`));`);
    this.addSql(`create index \`article_deflection_tenant_id_index\` on \`article_deflection\` (\`tenant_id\`);`);
    this.addSql(`create index \`article_deflection_article_idx\` on \`article_deflection\` (\`article_id\`, \`tenant_id\`);`);
  }

}
exports.Migration20261207061929_KnowledgeBase = Migration20261207061929_KnowledgeBase;

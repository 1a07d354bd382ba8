'use strict';
Object.defineProperty(exports, '__esModule', { value: true });
const { Migration } = require('@mikro-orm/migrations');

class Migration20261123143337_People extends Migration {

  async up() {
    this.addSql(`create table \`auth_attempt\` (\`id\` text not null, \`key\` text not null, \`at\` datetime not null, primary key (\`id\`));`);
    this.addSql(`create index \`auth_attempt_key_at_index\` on \`auth_attempt\` (\`key\`, \`at\`);`);

    this.addSql(`create table \`org_unit\` (\`id\` text not null, \`tenant_id\` text not null, \`code\` text not null, \`name\` text not null, \`parent_id\` text null, \`head_id\` text null, \`created_at\` datetime not null, constraint \`org_unit_tenant_id_foreign\` foreign key(\`tenant_id\`) references \`tenant\`(\`id\`) on update cascade, constraint \`org_unit_parent_id_foreign\` foreign key(\`parent_id\`) references \`org_unit\`(\`id\`) on delete set null on update cascade, constraint \`org_unit_head_id_foreign\` foreign key(\`head_id\`) references \`person\`(\`id\`) on delete set null on update cascade, primary key (\`id\`));`);
    this.addSql(`create index \`org_unit_tenant_id_index\` on \`org_unit\` (\`tenant_id\`);`);
    this.addSql(`create index \`org_unit_parent_id_index\` on \`org_unit\` (\`parent_id\`);`);
    this.addSql(`create index \`org_unit_head_id_index\` on \`org_unit\` (\`head_id\`);`);
    this.addSql(`create unique index \`org_unit_tenant_id_code_unique\` on \`org_unit\` (\`tenant_id\`, \`code\`);`);

    this.addSql(`create table \`password_reset_code\` (\`id\` text not null, \`person_id\` text not null, \`code_hash\` text not null, \`channel\` text not null, \`requested_by\` text null, \`attempts\` integer not null default 0, \`created_at\` datetime not null, \`expires_at\` datetime not null, \`used_at\` datetime null, constraint \`password_reset_code_person_id_foreign\` foreign key(\`person_id\`) references \`person\`(\`id\`) on update cascade, primary key (\`id\`));`);
    this.addSql(`create index \`password_reset_code_person_id_index\` on \`password_reset_code\` (\`person_id\`);`);

    this.addSql(`create table \`password_history\` (\`id\` text not null, \`person_id\` text not null, \`password_hash\` text not null, \`created_at\` datetime not null, constraint \`password_history_person_id_foreign\` foreign key(\`person_id\`) references \`person\`(\`id\`) on update cascade, primary key (\`id\`));`);
    this.addSql(`create index \`password_history_person_id_index\` on \`password_history\` (\`person_id\`);`);

    this.addSql(`alter table \`tenant\` add column \`password_policy\` json null;`);
    this.addSql(`alter table \`tenant\` add column \`username_scheme\` json null;`);
    this.addSql(`alter table \`tenant\` add column \`feature_rules\` json null;`);

    this.addSql(`alter table \`person\` add column \`org_unit_id\` text null constraint \`person_org_unit_id_foreign\` references \`org_unit\` (\`id\`) on update cascade on delete set null;`);
    this.addSql(`alter table \`person\` add column \`person_number\` text null;`);
    this.addSql(`alter table \`person\` add column \`birth_date\` text null;`);
    this.addSql(`alter table \`person\` add column \`start_date\` text null;`);
    this.addSql(`alter table \`person\` add column \`end_date\` text null;`);
    this.addSql(`alter table \`person\` add column \`active_from\` datetime null;`);
    this.addSql(`alter table \`person\` add column \`account_enabled\` integer not null default true;`);
    this.addSql(`alter table \`person\` add column \`password_changed_at\` datetime null;`);
    this.addSql(`alter table \`person\` add column \`must_change_password\` integer not null default false;`);
    this.addSql(`alter table \`person\` add column \`failed_sign_ins\` integer not null default 0;`);
    this.addSql(`alter table \`person\` add column \`last_failed_sign_in_at\` datetime null;`);
    this.addSql(`create index \`person_org_unit_id_index\` on \`person\` (\`org_unit_id\`);`);
    this.addSql(`create unique index \`person_tenant_id_person_number_unique\` on \`person\` (\`tenant_id\`, \`person_number\`);`);
  }

}
exports.Migration20261123143337_People = Migration20261123143337_People;

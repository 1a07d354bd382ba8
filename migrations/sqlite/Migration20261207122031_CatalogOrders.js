'use strict';
Object.defineProperty(exports, '__esModule', { value: true });
const { Migration } = require('@mikro-orm/migrations');

class Migration20261207122031_CatalogOrders extends Migration {

  async up() {
    this.addSql(`create table \`catalog_item\` (\`id\` text not null, \`tenant_id\` text not null, \`key\` text not null, \`name\` json not null, \`description\` json not null, \`form\` json not null, \`orderable_by\` text not null, \`approval_steps\` json not null, \`fulfilment_group_id\` text null, \`fulfilment_working_days\` integer null, \`signature_required\` integer not null default false, \`position\` integer not null default 0, \`active\` integer not null default true, \`created_at\` datetime not null, \`updated_at\` datetime not null, constraint \`catalog_item_tenant_id_foreign\` foreign key(\`tenant_id\`) references \`tenant\`(\`id\`) on update cascade, constraint \`catalog_item_fulfilment_group_id_foreign\` foreign key(\`fulfilment_group_id\`) references \`operator_group\`(\`id\`) on delete set null on update cascade, primary key (\`id\`));`);
    this.addSql(`create index \`catalog_item_tenant_id_index\` on \`catalog_item\` (\`tenant_id\`);`);
    this.addSql(`create unique index \`catalog_item_tenant_key_unique\` on \`catalog_item\` (\`tenant_id\`, \`key\`);`);

    this.addSql(`create table \`catalog_order\` (\`id\` text not null, \`tenant_id\` text not null, \`item_id\` text not null, \`orderer_id\` text not null, \`subject_id\` text not null, \`status\` text not null, \`values\` json not null, \`form_version\` integer not null default 1, \`step_index\` integer not null default 0, \`rejection_reason\` text null, \`created_at\` datetime not null, \`updated_at\` datetime not null, \`decided_at\` datetime null, \`version\` integer not null default 1, constraint \`catalog_order_tenant_id_foreign\` foreign key(\`tenant_id\`) references \`tenant\`(\`id\`) on update cascade, constraint \`catalog_order_item_id_foreign\` foreign key(\`item_id\`) references \`catalog_item\`(\`id\`) on update cascade, constraint \`catalog_order_orderer_id_foreign\` foreign key(\`orderer_id\`) references \`person\`(\`id\`) on update cascade, constraint \`catalog_order_subject_id_foreign\` foreign key(\`subject_id\`) references \`person\`(\`id\`) on update cascade, primary key (\`id\`));`);
    this.addSql(`create index \`catalog_order_tenant_id_index\` on \`catalog_order\` (\`tenant_id\`);`);
    this.addSql(`create index \`catalog_order_status_idx\` on \`catalog_order\` (\`tenant_id\`, \`status\`, \`created_at\`);`);
    this.addSql(`create index \`catalog_order_subject_idx\` on \`catalog_order\` (\`subject_id\`, \`created_at\`);`);
    this.addSql(`create index \`catalog_order_orderer_idx\` on \`catalog_order\` (\`orderer_id\`, \`created_at\`);`);

    this.addSql(`create table \`catalog_signature\` (\`id\` text not null, \`tenant_id\` text not null, \`order_id\` text not null, \`form_version\` integer not null, \`purpose\` text not null, \`signer_id\` text not null, \`provider\` text not null, \`provider_reference\` text null, \`payload\` text not null, \`hash\` text not null, \`signed_at\` datetime not null, constraint \`catalog_signature_tenant_id_foreign\` foreign key(\`tenant_id\`) references \`tenant\`(\`id\`) on update cascade, constraint \`catalog_signature_order_id_foreign\` foreign key(\`order_id\`) references \`catalog_order\`(\`id\`) on update cascade, constraint \`catalog_signature_signer_id_foreign\` foreign key(\`signer_id\`) references \`person\`(\`id\`) on update cascade, primary key (\`id\`));`);
    this.addSql(`create index \`catalog_signature_tenant_id_index\` on \`catalog_signature\` (\`tenant_id\`);`);
    this.addSql(`create index \`catalog_signature_order_idx\` on \`catalog_signature\` (\`order_id\`, \`signed_at\`);`);

    this.addSql(`create table \`catalog_order_version\` (\`id\` text not null, \`tenant_id\` text not null, \`order_id\` text not null, \`form_version\` integer not null, \`values\` json not null, \`submitted_by_id\` text not null, \`submitted_at\` datetime not null, constraint \`catalog_order_version_tenant_id_foreign\` foreign key(\`tenant_id\`) references \`tenant\`(\`id\`) on update cascade, constraint \`catalog_order_version_order_id_foreign\` foreign key(\`order_id\`) references \`catalog_order\`(\`id\`) on update cascade, constraint \`catalog_order_version_submitted_by_id_foreign\` foreign key(\`submitted_by_id\`) references \`person\`(\`id\`) on update cascade, primary key (\`id\`));`);
    this.addSql(`create index \`catalog_order_version_tenant_id_index\` on \`catalog_order_version\` (\`tenant_id\`);`);
    this.addSql(`create unique index \`catalog_order_version_unique\` on \`catalog_order_version\` (\`order_id\`, \`form_version\`);`);

    this.addSql(`create table \`catalog_approval\` (\`id\` text not null, \`tenant_id\` text not null, \`order_id\` text not null, \`form_version\` integer not null, \`step_index\` integer not null, \`decision\` text not null, \`approver_id\` text not null, \`reason\` text null, \`decided_at\` datetime not null, constraint \`catalog_approval_tenant_id_foreign\` foreign key(\`tenant_id\`) references \`tenant\`(\`id\`) on update cascade, constraint \`catalog_approval_order_id_foreign\` foreign key(\`order_id\`) references \`catalog_order\`(\`id\`) on update cascade, constraint \`catalog_approval_approver_id_foreign\` foreign key(\`approver_id\`) references \`person\`(\`id\`) on update cascade, primary key (\`id\`));`);
    this.addSql(`create index \`catalog_approval_tenant_id_index\` on \`catalog_approval\` (\`tenant_id\`);`);
    this.addSql(`create unique index \`catalog_approval_step_unique\` on \`catalog_approval\` (\`order_id\`, \`form_version\`, \`step_index\`);`);

    this.addSql(`create table \`catalog_fulfilment\` (\`id\` text not null, \`tenant_id\` text not null, \`order_id\` text not null, \`ticket_id\` text not null, \`due_at\` datetime null, \`created_at\` datetime not null, constraint \`catalog_fulfilment_tenant_id_foreign\` foreign key(\`tenant_id\`) references \`tenant\`(\`id\`) on update cascade, constraint \`catalog_fulfilment_order_id_foreign\` foreign key(\`order_id\`) references \`catalog_order\`(\`id\`) on update cascade, constraint \`catalog_fulfilment_ticket_id_foreign\` foreign key(\`ticket_id\`) references \`ticket\`(\`id\`) on update cascade, primary key (\`id\`));`);
    this.addSql(`create index \`catalog_fulfilment_tenant_id_index\` on \`catalog_fulfilment\` (\`tenant_id\`);`);
    this.addSql(`create unique index \`catalog_fulfilment_order_ticket_unique\` on \`catalog_fulfilment\` (\`order_id\`, \`ticket_id\`);`);
  }

}
exports.Migration20261207122031_CatalogOrders = Migration20261207122031_CatalogOrders;

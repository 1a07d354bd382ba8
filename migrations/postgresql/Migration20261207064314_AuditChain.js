'use strict';
Object.defineProperty(exports, '__esModule', { value: true });
const { Migration } = require('@mikro-orm/migrations');

class Migration20261207064314_AuditChain extends Migration {

  async up() {
    this.addSql(`alter table "audit_event" add column "chain_seq" int null, add column "prev_hash" varchar(64) null, add column "hash" varchar(64) null;`);
    this.addSql(`create index "audit_event_at_index" on "audit_event" ("at");`);
    this.addSql(`alter table "audit_event" add constraint "audit_event_tenant_id_chain_seq_unique" unique ("tenant_id", "chain_seq");`);
  }

  async down() {
    this.addSql(`drop index "audit_event_at_index";`);
    this.addSql(`alter table "audit_event" drop constraint "audit_event_tenant_id_chain_seq_unique";`);
    this.addSql(`alter table "audit_event" drop column "chain_seq", drop column "prev_hash", drop column "hash";`);
  }

}
exports.Migration20261207064314_AuditChain = Migration20261207064314_AuditChain;

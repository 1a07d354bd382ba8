'use strict';
Object.defineProperty(exports, '__esModule', { value: true });
const { Migration } = require('@mikro-orm/migrations');

class Migration20261207064309_AuditChain extends Migration {

  async up() {
    this.addSql(`alter table \`audit_event\` add column \`chain_seq\` integer null;`);
    this.addSql(`alter table \`audit_event\` add column \`prev_hash\` text null;`);
    this.addSql(`alter table \`audit_event\` add column \`hash\` text null;`);
    this.addSql(`create index \`audit_event_at_index\` on \`audit_event\` (\`at\`);`);
    this.addSql(`create unique index \`audit_event_tenant_id_chain_seq_unique\` on \`audit_event\` (\`tenant_id\`, \`chain_seq\`);`);
  }

}
exports.Migration20261207064309_AuditChain = Migration20261207064309_AuditChain;

'use strict';
Object.defineProperty(exports, '__esModule', { value: true });
const { Migration } = require('@mikro-orm/migrations');

// Hand-written: the generator cannot express FTS5 tables or triggers. The ticket_fts*
// tables are listed in schemaGenerator.skipTables so generated migrations leave them alone.
// Title and description are fixed once filed and entries are append-only, so inserts are
// all the triggers need to follow; the FTS rowid grows with time, which lets searches walk
// newest-first and stop at the page size.
class Migration20261123144000_TicketSearch extends Migration {

  async up() {
    this.addSql(`create virtual table \`ticket_fts\` using fts5(ticket_id unindexed, tenant_id unindexed, kind unindexed, text, tokenize = 'unicode61 remove_diacritics 2');`);
    this.addSql(`insert into \`ticket_fts\` (ticket_id, tenant_id, kind, text) select id, tenant_id, 'TICKET', title || ' ' || description from \`ticket\` order by created_at, id;`);
    this.addSql(`insert into \`ticket_fts\` (ticket_id, tenant_id, kind, text) select ticket_id, tenant_id, kind, body from \`ticket_entry\` where kind in ('REPLY', 'NOTE') and body <> '' order by created_at, id;`);
    this.addSql(`create trigger \`ticket_fts_ticket_ai\` after insert on \`ticket\` begin insert into \`ticket_fts\` (ticket_id, tenant_id, kind, text) values (new.id, new.tenant_id, 'TICKET', new.title || ' ' || new.description); end;`);
    this.addSql(`create trigger \`ticket_fts_entry_ai\` after insert on \`ticket_entry\` when new.kind in ('REPLY', 'NOTE') and new.body <> '' begin insert into \`ticket_fts\` (ticket_id, tenant_id, kind, text) values (new.ticket_id, new.tenant_id, new.kind, new.body); end;`);
  }

  async down() {
    this.addSql(`drop trigger if exists \`ticket_fts_entry_ai\`;`);
    this.addSql(`drop trigger if exists \`ticket_fts_ticket_ai\`;`);
    this.addSql(`drop table if exists \`ticket_fts\`;`);
  }

}
exports.Migration20261123144000_TicketSearch = Migration20261123144000_TicketSearch;

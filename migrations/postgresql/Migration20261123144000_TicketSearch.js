'use strict';
Object.defineProperty(exports, '__esModule', { value: true });
const { Migration } = require('@mikro-orm/migrations');

// Hand-written: the generator cannot express tsvector columns, GIN indexes or triggers.
// ticket_search is listed in schemaGenerator.skipTables so generated migrations leave it
// alone. One row per ticket (title + description) and per reply or note; title and
// description are fixed once filed and entries are append-only.
class Migration20261123144000_TicketSearch extends Migration {

  async up() {
    this.addSql(`create table "ticket_search" ("id" bigserial primary key, "ticket_id" varchar(36) not null, "tenant_id" varchar(36) not null, "kind" varchar(16) not null, "doc" tsvector not null);`);
    this.addSql(`create index "ticket_search_doc_gin" on "ticket_search" using gin ("doc");`);
    this.addSql(`create index "ticket_search_tenant_id_index" on "ticket_search" ("tenant_id", "id");`);
    this.addSql(`insert into "ticket_search" ("ticket_id", "tenant_id", "kind", "doc") select "id", "tenant_id", 'TICKET', to_tsvector('simple', "title" || ' ' || "description") from "ticket" order by "created_at", "id";`);
    this.addSql(`insert into "ticket_search" ("ticket_id", "tenant_id", "kind", "doc") select "ticket_id", "tenant_id", "kind", to_tsvector('simple', "body") from "ticket_entry" where "kind" in ('REPLY', 'NOTE') and "body" <> '' order by "created_at", "id";`);
    this.addSql(`create function "ticket_search_ticket_ai"() returns trigger language plpgsql as $$ begin insert into "ticket_search" ("ticket_id", "tenant_id", "kind", "doc") values (new."id", new."tenant_id", 'TICKET', to_tsvector('simple', new."title" || ' ' || new."description")); return new; end $$;`);
    this.addSql(`create trigger "ticket_search_ticket_ai" after insert on "ticket" for each row execute function "ticket_search_ticket_ai"();`);
    this.addSql(`create function "ticket_search_entry_ai"() returns trigger language plpgsql as $$ begin if new."kind" in ('REPLY', 'NOTE') and new."body" <> '' then insert into "ticket_search" ("ticket_id", "tenant_id", "kind", "doc") values (new."ticket_id", new."tenant_id", new."kind", to_tsvector('simple', new."body")); end if; return new; end $$;`);
    this.addSql(`create trigger "ticket_search_entry_ai" after insert on "ticket_entry" for each row execute function "ticket_search_entry_ai"();`);
  }

  async down() {
    this.addSql(`drop trigger if exists "ticket_search_entry_ai" on "ticket_entry";`);
    this.addSql(`drop function if exists "ticket_search_entry_ai"();`);
    this.addSql(`drop trigger if exists "ticket_search_ticket_ai" on "ticket";`);
    this.addSql(`drop function if exists "ticket_search_ticket_ai"();`);
    this.addSql(`drop table if exists "ticket_search";`);
  }

}
exports.Migration20261123144000_TicketSearch = Migration20261123144000_TicketSearch;

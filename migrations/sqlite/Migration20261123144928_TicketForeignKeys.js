'use strict';
Object.defineProperty(exports, '__esModule', { value: true });
const { Migration } = require('@mikro-orm/migrations');

// Hand-written repair: the generated Tickets migration attached every new foreign key of
// `ticket` to the category_id column (SQLite adds a column together with its own
// constraints), so no category could be set and the other references went unchecked.
// Each column is moved aside, added again with its own reference, copied and dropped.
class Migration20261123144928_TicketForeignKeys extends Migration {

  async up() {
    this.addSql(`drop index if exists \`ticket_group_idx\`;`);
    this.addSql(`drop index if exists \`ticket_operator_idx\`;`);
    this.addSql(`drop index if exists \`ticket_parent_id_index\`;`);
    for (const [column, table] of [
      ['category_id', 'category'],
      ['group_id', 'operator_group'],
      ['operator_id', 'person'],
      ['parent_id', 'ticket'],
      ['merged_into_id', 'ticket'],
    ]) {
      this.addSql(`alter table \`ticket\` rename column \`${column}\` to \`${column}_old\`;`);
      this.addSql(`alter table \`ticket\` add column \`${column}\` text null constraint \`ticket_${column}_foreign\` references \`${table}\` (\`id\`) on update cascade on delete set null;`);
      this.addSql(`update \`ticket\` set \`${column}\` = \`${column}_old\` where \`${column}_old\` is not null;`);
      this.addSql(`alter table \`ticket\` drop column \`${column}_old\`;`);
    }
    this.addSql(`create index \`ticket_group_idx\` on \`ticket\` (\`group_id\`, \`status\`);`);
    this.addSql(`create index \`ticket_operator_idx\` on \`ticket\` (\`operator_id\`, \`status\`);`);
    this.addSql(`create index \`ticket_parent_id_index\` on \`ticket\` (\`parent_id\`);`);
  }

  async down() {
    // Nothing to undo: the columns keep their names and data; only their references changed.
  }

}
exports.Migration20261123144928_TicketForeignKeys = Migration20261123144928_TicketForeignKeys;

'use strict';
Object.defineProperty(exports, '__esModule', { value: true });
const { Migration } = require('@mikro-orm/migrations');

class Migration20261202144447_OperatorGroupNewestIndexes extends Migration {

  async up() {
    this.addSql(`create index \`ticket_group_created_idx\` on \`ticket\` (\`group_id\`, \`created_at\`, \`id\`);`);
    this.addSql(`create index \`ticket_operator_created_idx\` on \`ticket\` (\`operator_id\`, \`created_at\`, \`id\`);`);
    // On a database that was analysed, an index without statistics looks very selective to
    // the planner; give the new ones theirs (see Migration20261202140000_PartialDeadlineIndex).
    const analysed = await this.execute(`select 1 from sqlite_master where name = 'sqlite_stat1'`);
    if (analysed.length > 0) {
      this.addSql(`analyze ticket_group_created_idx;`);
      this.addSql(`analyze ticket_operator_created_idx;`);
    }
  }

}
exports.Migration20261202144447_OperatorGroupNewestIndexes = Migration20261202144447_OperatorGroupNewestIndexes;

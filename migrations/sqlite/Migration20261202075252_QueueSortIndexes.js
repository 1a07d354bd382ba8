'use strict';
Object.defineProperty(exports, '__esModule', { value: true });
const { Migration } = require('@mikro-orm/migrations');

class Migration20261202075252_QueueSortIndexes extends Migration {

  async up() {
    this.addSql(`create index \`ticket_created_idx\` on \`ticket\` (\`created_at\`, \`id\`);`);
    this.addSql(`create index ticket_queue_priority_idx on ticket (priority, sla_due_at, id) where sla_due_at is not null;`);
  }

}
exports.Migration20261202075252_QueueSortIndexes = Migration20261202075252_QueueSortIndexes;

'use strict';
Object.defineProperty(exports, '__esModule', { value: true });
const { Migration } = require('@mikro-orm/migrations');

class Migration20261207125251_OutgoingPersonIndex extends Migration {

  async up() {
    this.addSql(`create index \`outgoing_message_person_idx\` on \`outgoing_message\` (\`recipient_person_id\`, \`channel\`, \`created_at\`);`);
  }

}
exports.Migration20261207125251_OutgoingPersonIndex = Migration20261207125251_OutgoingPersonIndex;

'use strict';
Object.defineProperty(exports, '__esModule', { value: true });
const { Migration } = require('@mikro-orm/migrations');

class Migration20261207125256_OutgoingPersonIndex extends Migration {

  async up() {
    this.addSql(`create index "outgoing_message_person_idx" on "outgoing_message" ("recipient_person_id", "channel", "created_at");`);
  }

  async down() {
    this.addSql(`drop index "outgoing_message_person_idx";`);
  }

}
exports.Migration20261207125256_OutgoingPersonIndex = Migration20261207125256_OutgoingPersonIndex;

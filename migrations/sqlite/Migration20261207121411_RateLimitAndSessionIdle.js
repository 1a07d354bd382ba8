'use strict';
Object.defineProperty(exports, '__esModule', { value: true });
const { Migration } = require('@mikro-orm/migrations');

class Migration20261207121411_RateLimitAndSessionIdle extends Migration {

  async up() {
    this.addSql(`create table \`rate_limit\` (\`bucket\` text not null, \`hits\` integer not null, \`window_ends_ms\` double not null, \`blocked_until_ms\` double not null, primary key (\`bucket\`));`);
    this.addSql(`create index \`rate_limit_window_ends_ms_index\` on \`rate_limit\` (\`window_ends_ms\`);`);

    this.addSql(`alter table \`session\` add column \`last_seen_at\` datetime null;`);
  }

}
exports.Migration20261207121411_RateLimitAndSessionIdle = Migration20261207121411_RateLimitAndSessionIdle;

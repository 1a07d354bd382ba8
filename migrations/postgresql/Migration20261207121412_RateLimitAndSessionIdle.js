'use strict';
Object.defineProperty(exports, '__esModule', { value: true });
const { Migration } = require('@mikro-orm/migrations');

class Migration20261207121412_RateLimitAndSessionIdle extends Migration {

  async up() {
    this.addSql(`create table "rate_limit" ("bucket" varchar(64) not null, "hits" int not null, "window_ends_ms" double precision not null, "blocked_until_ms" double precision not null, constraint "rate_limit_pkey" primary key ("bucket"));`);
    this.addSql(`create index "rate_limit_window_ends_ms_index" on "rate_limit" ("window_ends_ms");`);

    this.addSql(`alter table "session" add column "last_seen_at" timestamptz null;`);
  }

  async down() {
    this.addSql(`drop table if exists "rate_limit" cascade;`);

    this.addSql(`alter table "session" drop column "last_seen_at";`);
  }

}
exports.Migration20261207121412_RateLimitAndSessionIdle = Migration20261207121412_RateLimitAndSessionIdle;

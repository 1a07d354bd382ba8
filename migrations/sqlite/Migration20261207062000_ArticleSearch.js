'use strict';
Object.defineProperty(exports, '__esModule', { value: true });
const { Migration } = require('@mikro-orm/migrations');

// Hand-written: the generator cannot express FTS5 tables. article_fts is listed in
// schemaGenerator.skipTables. The knowledge service rewrites an article's row in the same
// transaction as every save (articles are edited, unlike tickets, so no insert trigger).
// PostgreSQL needs nothing: a knowledge base is small enough to match to_tsvector on the fly.
class Migration20261207062000_ArticleSearch extends Migration {

  async up() {
    this.addSql(`create virtual table \`article_fts\` using fts5(article_id unindexed, title, body, tokenize = 'unicode61 remove_diacritics 2');`);
  }

  async down() {
    this.addSql(`drop table if exists \`article_fts\`;`);
  }

}
exports.Migration20261207062000_ArticleSearch = Migration20261207062000_ArticleSearch;

import { createRequire } from 'node:module';
import { defineConfig } from 'vitest/config';

const require = createRequire(import.meta.url);

/**
 * `npm run test:postgres -w server`: the integration suite again, with every test server on
 * PostgreSQL (one embedded cluster, a scratch database per server). Left out: the specs that
 * already run on both dialects themselves, and the ones about SQLite itself.
 */
export default defineConfig({
  root: import.meta.dirname,
  resolve: {
    alias: [{ find: /^graphql$/, replacement: require.resolve('graphql') }],
  },
  test: {
    include: ['src/**/*.integration.spec.ts'],
    exclude: [
      // Both dialects already, by their own describe.each.
      'src/database/group-commit.integration.spec.ts',
      'src/database/before-commit.integration.spec.ts',
      'src/auth/viewer-rows-cache.integration.spec.ts',
      'src/assets/assets.integration.spec.ts',
      'src/search/search.integration.spec.ts',
      'src/queue/queue.integration.spec.ts',
      'src/categories/categories.integration.spec.ts',
      'src/knowledge/knowledge.integration.spec.ts',
      'src/tickets/rich-description.integration.spec.ts',
      'src/tickets/ticket-operators.integration.spec.ts',
      'src/dashboard/dashboard.integration.spec.ts',
      'src/mail-in/mail-in.integration.spec.ts',
      'src/privacy/privacy.integration.spec.ts',
      'src/sla/sla-notice-recipients.integration.spec.ts',
      // SQLite itself: pragmas, statistics; a worker process killed on a shared SQLite file
      // (the two-process PostgreSQL crash tests are in the ops suite).
      'src/database/sqlite-*.integration.spec.ts',
      'src/messaging/outgoing-crash.integration.spec.ts',
    ],
    globalSetup: ['src/test-support/postgres-global-setup.ts'],
    // Embedded PostgreSQL shares two cores with the suite: a moved-clock test that runs days of
    // due jobs takes a few seconds alone and can take several times that under load.
    testTimeout: 90_000,
    hookTimeout: 90_000,
    pool: 'forks',
  },
});

import { createRequire } from 'node:module';
import { defineConfig } from 'vitest/config';

const require = createRequire(import.meta.url);

/**
 * `npm run test:ops`: tests that run the built server (server/dist/main.js) as separate
 * processes — several processes on one PostgreSQL, kill -9 during writes, backup and
 * restore of a running server. They run one file at a time: each starts its own servers.
 */
export default defineConfig({
  root: import.meta.dirname,
  resolve: {
    alias: [{ find: /^graphql$/, replacement: require.resolve('graphql') }],
  },
  test: {
    include: ['ops/**/*.ops.spec.ts'],
    testTimeout: 120_000,
    hookTimeout: 120_000,
    pool: 'forks',
    fileParallelism: false,
  },
});

import { defineConfig } from 'vitest/config';

// `npm run test:scale-out` (scripts/test-scale-out.mjs): two built API processes behind nginx on
// the PostgreSQL server named by DATABASE_URL (src/scale-out/*.scale.test.ts).
export default defineConfig({
  resolve: {
    // As in vitest.config.ts: one graphql module for Pothos, Apollo and the tests.
    alias: [{ find: /^graphql$/, replacement: 'graphql/index.js' }],
  },
  test: {
    include: ['src/scale-out/**/*.scale.test.ts'],
    testTimeout: 120_000,
    hookTimeout: 240_000,
    fileParallelism: false,
  },
});

import { defineConfig } from 'vitest/config';

export default defineConfig({
  resolve: {
    // graphql 16 ships index.js and index.mjs; Pothos and Apollo load index.js, so tests must
    // too, or the schema's types come from "another module or realm".
    alias: [{ find: /^graphql$/, replacement: 'graphql/index.js' }],
  },
  test: {
    include: ['src/**/*.test.ts'],
    // The built server's tests have their own runs (vitest.system.config.ts, vitest.scale-out.config.ts).
    exclude: ['src/system/**', 'src/scale-out/**', '**/node_modules/**'],
    globalSetup: ['src/testing/global-setup.ts'],
    // Each integration file starts its own database and server.
    testTimeout: 30_000,
    hookTimeout: 60_000,
  },
});

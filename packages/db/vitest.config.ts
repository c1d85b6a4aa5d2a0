import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['src/**/*.test.ts'],
    // Replaying migrations on a PGlite shadow database takes a few seconds.
    testTimeout: 60_000,
    hookTimeout: 60_000,
  },
});

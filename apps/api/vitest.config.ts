import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['src/**/*.test.ts'],
    // Each integration file starts its own database and server.
    testTimeout: 30_000,
    hookTimeout: 60_000,
  },
});

import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    // Property tests run thousands of cases; under `npm test` every package tests at once on
    // two cores, so allow more than vitest's 5 s default.
    testTimeout: 20_000,
  },
});

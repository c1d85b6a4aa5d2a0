import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['src/**/*.browser.test.ts'],
    globalSetup: ['src/global-setup.ts'],
    testTimeout: 120_000,
    hookTimeout: 240_000,
    // One system and one browser at a time: the machine has two cores.
    fileParallelism: false,
  },
});

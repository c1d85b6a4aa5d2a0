import { defineConfig } from 'vitest/config';

// The built server (dist/main.js) started as `npm start` starts it (src/system/*.system.test.ts):
// `npm test` runs these after the build (turbo's test:system task).
export default defineConfig({
  test: {
    include: ['src/system/**/*.system.test.ts'],
    testTimeout: 180_000,
    hookTimeout: 180_000,
    // One server at a time: the machine may have two cores.
    fileParallelism: false,
  },
});

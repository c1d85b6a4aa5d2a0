import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    // Rendering antd pieces costs seconds on the first render of each component (its CSS-in-JS
    // styles are generated then); under `npm test` every package tests at once on two cores, and
    // vitest's 5 s default failed two render tests at 7–9 s. The limit guards against a hang; it
    // does not judge speed.
    testTimeout: 20_000,
  },
});

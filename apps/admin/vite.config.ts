/// <reference types="vitest/config" />
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';
import { compression } from 'vite-plugin-compression2';

// Served by the API at /admin/ (SPA fallback to index.html); in dev, /graphql goes to the API.
export default defineConfig({
  base: '/admin/',
  // Brotli and gzip copies of every built file beside it (x.js.br, x.js.gz), written once at
  // build time and chosen by the API per request's Accept-Encoding (docs/performance.md).
  plugins: [
    react(),
    compression({ algorithms: ['brotliCompress', 'gzip'], threshold: 1024, skipIfLargerOrEqual: true }),
  ],
  // Render tests: the first render of each antd component generates its styles and takes
  // seconds while every package tests at once on two cores; the limit guards against a hang.
  test: { testTimeout: 20_000 },
  server: {
    port: 5174,
    proxy: { '/graphql': { target: 'http://localhost:4000' } },
  },
  build: {
    outDir: 'dist',
    // antd is one large chunk by design; the console is an intranet tool, not a landing page
    chunkSizeWarningLimit: 2000,
  },
});

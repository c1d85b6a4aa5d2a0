import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

// Served by the API at / (SPA fallback to index.html); in dev, /graphql goes to the API.
export default defineConfig({
  base: '/',
  plugins: [react()],
  server: {
    port: 5173,
    proxy: { '/graphql': { target: 'http://localhost:4000' } },
  },
  build: {
    outDir: 'dist',
    // antd is one large chunk by design
    chunkSizeWarningLimit: 2000,
  },
});

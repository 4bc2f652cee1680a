import react from '@vitejs/plugin-react';
import { defineConfig } from 'vitest/config';

const apiTarget = process.env.API_URL ?? 'http://localhost:3000';

export default defineConfig({
  root: import.meta.dirname,
  plugins: [react()],
  resolve: {
    alias: { '@': `${import.meta.dirname}/src` },
    conditions: ['@laurels/source', 'module', 'browser', 'development|production'],
  },
  // ws: the live feed's subscriptions share /graphql with queries, over a WebSocket.
  server: { port: 4200, proxy: { '/graphql': { target: apiTarget, ws: true }, '/credentials': apiTarget, '/health': apiTarget } },
  preview: { port: 4300, proxy: { '/graphql': { target: apiTarget, ws: true } } },
  build: { outDir: 'dist', emptyOutDir: true, sourcemap: true, chunkSizeWarningLimit: 400 },
  test: {
    globals: true,
    environment: 'jsdom',
    setupFiles: ['./src/test/setup.ts'],
    include: ['src/**/*.spec.{ts,tsx}'],
    css: true,
  },
});

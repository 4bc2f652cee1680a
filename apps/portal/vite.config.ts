import react from '@vitejs/plugin-react';
import { compression } from 'vite-plugin-compression2';
import { defineConfig } from 'vitest/config';
import { inlineGraphqlDocuments } from './build/graphql-documents.js';

const apiTarget = process.env.API_URL ?? 'http://localhost:3000';

export default defineConfig({
  root: import.meta.dirname,
  plugins: [
    inlineGraphqlDocuments(`${import.meta.dirname}/src/gql`),
    react(),
    // Brotli and gzip files beside every asset: the API sends them as they are instead of compressing per request.
    compression({ algorithms: ['brotliCompress', 'gzip'], exclude: [/\.map$/] }),
  ],
  resolve: {
    alias: { '@': `${import.meta.dirname}/src` },
    conditions: ['@laurels/source', 'module', 'browser', 'development|production'],
  },
  // ws: the live feed's subscriptions share /graphql with queries, over a WebSocket.
  server: {
    port: 4200,
    proxy: { '/graphql': { target: apiTarget, ws: true }, '/credentials': apiTarget, '/issuers': apiTarget, '/health': apiTarget },
  },
  preview: { port: 4300, proxy: { '/graphql': { target: apiTarget, ws: true } } },
  // Source maps are written for debugging a build, but nothing points to them and the API does not serve them.
  build: { outDir: 'dist', emptyOutDir: true, sourcemap: 'hidden', chunkSizeWarningLimit: 400 },
  test: {
    globals: true,
    environment: 'jsdom',
    setupFiles: ['./src/test/setup.ts'],
    include: ['src/**/*.spec.{ts,tsx}'],
    css: true,
    // Sharing two cores with the API's specs in CI, a rendering test can take several seconds.
    testTimeout: 30_000,
  },
});

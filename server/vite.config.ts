/**
 * Builds the node programs into dist/node/ (Node 20 cannot run TypeScript): the reference server
 * (`npm run api`), the conformance checker (the `license-plan-wizard-check` bin) and the
 * openapi.json generator (`npm run openapi`).
 * Run with `vite build --config server/vite.config.ts`.
 */
import { defineConfig } from 'vite';

export default defineConfig({
  publicDir: false,
  build: {
    ssr: true,
    target: 'node20',
    outDir: 'dist/node',
    emptyOutDir: true,
    copyPublicDir: false,
    reportCompressedSize: false,
    minify: false,
    rolldownOptions: {
      input: {
        'reference-server': 'server/main.ts',
        'license-plan-wizard-check': 'checker/main.ts',
        openapi: 'scripts/openapi.ts',
      },
      output: {
        format: 'es',
        entryFileNames: '[name].js',
        chunkFileNames: '[name].js',
        banner: '#!/usr/bin/env node',
      },
    },
  },
});

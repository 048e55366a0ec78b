// Builds bench/lit-floor/lit-floor.js with Lit bundled in, minified, into .tmp/bench/ (see run.mjs).
import { fileURLToPath } from 'node:url';

export default {
  logLevel: 'warn',
  build: {
    outDir: fileURLToPath(new URL('../../.tmp/bench', import.meta.url)),
    emptyOutDir: true,
    copyPublicDir: false,
    minify: true,
    lib: {
      entry: fileURLToPath(new URL('lit-floor.js', import.meta.url)),
      formats: ['es'],
      fileName: () => 'lit-floor.js',
    },
  },
};

import { minifyHTMLLiterals } from '@lit-labs/rollup-plugin-minify-html-literals/lib/minify-html-literals.js';
import { defineConfig, type LibraryOptions, type Plugin } from 'vite';

/** `/` opens the demo page. */
const demoRedirect: Plugin = {
  name: 'demo-redirect',
  configureServer(server) {
    server.middlewares.use((req, res, next) => {
      if (req.url === '/' || req.url === '/index.html') {
        res.statusCode = 302;
        res.setHeader('Location', '/demo/');
        res.end();
      } else next();
    });
  },
};

/**
 * The JS minifier leaves template literals alone, so the indentation of Lit's html`` and the
 * whitespace of css`` would ship. Lit's own maintained minifier rewrites their static text:
 * html-minifier-next for html``, lightningcss for css``; `${…}` parts are kept. Its Rollup plugin
 * wraps the same function; this glue makes it a build-only Vite plugin over our sources, run before
 * Oxc strips the types, and fails the build on a template it cannot parse.
 */
const minifyTemplateLiterals: Plugin = {
  name: 'minify-template-literals',
  apply: 'build',
  enforce: 'pre',
  async transform(code, id) {
    if (!/\/src\/.*\.ts$/.test(id)) {
      return null;
    }
    const result = await minifyHTMLLiterals(code, { fileName: id });
    if (!result) {
      return null;
    }
    return { code: result.code, map: result.map?.toString() };
  },
};

/**
 * .size-limit.json measures the entries as single files. An entry that starts importing a local
 * chunk statically would load more than is measured, so the build stops and says which chunk to
 * add there (or how to fold it back). Chunks imported with `import()` (translations) are fine.
 */
const MEASURED_ENTRIES = ['index.js', 'license-plan-wizard.js'];
const selfContainedEntries: Plugin = {
  name: 'self-contained-entries',
  apply: 'build',
  generateBundle(_options, bundle) {
    for (const output of Object.values(bundle)) {
      if (output.type !== 'chunk' || !MEASURED_ENTRIES.includes(output.fileName)) {
        continue;
      }
      // `imports` also lists the external packages; only files of this bundle count.
      const localChunks = [...new Set(output.imports)].filter((fileName) => fileName in bundle);
      if (localChunks.length > 0) {
        this.error(
          `${output.fileName} imports ${localChunks.join(', ')} statically: add them to its entry in .size-limit.json, or keep the entry self-contained.`,
        );
      }
    }
  },
};

// Library build (`vite build`): dist/index.js and dist/react.js with the runtime dependencies external.
// Mocks build (`vite build --mode mocks`): dist/mocks.js, on its own so that it shares no chunk with
// dist/index.js: the library entry stays one self-contained file, which is what `npm run size` (size-limit) measures.
// Standalone build (`vite build --mode standalone`): dist/license-plan-wizard.js with everything inlined.
const ENTRIES: Record<string, Record<string, string>> = {
  standalone: { 'license-plan-wizard': 'src/standalone.ts' },
  mocks: { mocks: 'src/mocks/index.ts' },
  production: { index: 'src/index.ts', steps: 'src/steps.ts', react: 'src/react/index.ts' },
};

export default defineConfig(({ mode }) => {
  const standalone = mode === 'standalone';
  return {
    plugins: [demoRedirect, minifyTemplateLiterals, selfContainedEntries],
    publicDir: 'public',
    build: {
      target: 'es2022',
      emptyOutDir: false,
      copyPublicDir: false,
      reportCompressedSize: false,
      lib: {
        entry: ENTRIES[mode] ?? ENTRIES.production,
        formats: ['es'],
      } satisfies LibraryOptions,
      rolldownOptions: {
        external: standalone ? [] : [/^lit($|\/)/, /^@lit\//, /^zod($|\/)/, /^msw($|\/)/, /^react($|\/)/, /^react-dom($|\/)/],
        // Shared code stays in the entry (which may export more), so the standalone bundle is one
        // file and each translation is a small module that imports from it.
        preserveEntrySignatures: 'allow-extension',
        // The standalone bundle is final: its tree-shaking annotations only cost bytes. The library keeps
        // them for the bundlers of the sites that use it.
        output: { minify: true, comments: standalone ? false : { annotation: true } },
      },
    },
  };
});

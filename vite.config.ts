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

/**
 * The standalone bundle may be served under any name (a reseller serves it as `lpw.3f9a.js`), but
 * Rolldown makes its on-demand chunks import the bundle's shared code by the name it was built
 * with (`./license-plan-wizard.js`): a renamed bundle would then load a second copy of itself, or
 * fail. So the chunks take that code from the module that is already running:
 * - the bundle requests each chunk with its own URL attached: `./lazy-chunk-….js?entry=<its URL>`;
 * - a chunk's `import{a as b}from"./license-plan-wizard.js"` becomes
 *   `const{a:b}=await import(<the ?entry URL>)`, the very module the page already loaded; an import
 *   of another chunk passes the entry URL on in the same way.
 * It rewrites only the forms Rolldown writes (checked against each chunk's list of imports) and
 * stops the build on anything else. Destructuring copies each binding once, so a shared module must
 * not export a binding it reassigns (`export let`): the build stops on that too.
 * test/elements/embed-renamed.test.ts runs the result under another name.
 */
const STANDALONE_ENTRY = 'license-plan-wizard.js';
/** In a chunk: the URL the entry was loaded from, as the entry passed it. */
const ENTRY_URL_IN_CHUNK = 'new URL(import.meta.url).searchParams.get("entry")';
/** An expression for the URL of the chunk `fileName`, beside the current module, carrying `entryUrl`. */
const chunkUrl = (fileName: string, entryUrl: string) =>
  `new URL(${JSON.stringify(`./${fileName}?entry=`)}+encodeURIComponent(${entryUrl}),import.meta.url).href`;

const relocatableChunks: Plugin = {
  name: 'relocatable-chunks',
  apply: (_config, { mode }) => mode === 'standalone',
  transform(code, id) {
    if (/\/src\/.*\.ts$/.test(id) && /\bexport\s+(let|var)\b/.test(code)) {
      this.error(`${id}: exports a reassignable binding, which an on-demand chunk would copy (see relocatable-chunks).`);
    }
    return null;
  },
  generateBundle(_options, bundle) {
    for (const output of Object.values(bundle)) {
      if (output.type !== 'chunk') {
        continue;
      }
      const isEntry = output.fileName === STANDALONE_ENTRY;
      const entryUrl = isEntry ? 'import.meta.url' : ENTRY_URL_IN_CHUNK;
      /** The local files whose imports were rewritten (a file may be imported in more than one place). */
      const rewritten = new Set<string>();
      output.code = output.code.replace(/import\(`\.\/([\w.-]+\.js)`\)/g, (_all, fileName: string) => {
        rewritten.add(fileName);
        return `import(${chunkUrl(fileName, entryUrl)})`;
      });
      output.code = output.code.replace(
        /import\{([^}]*)\}from"\.\/([\w.-]+\.js)";?/g,
        (_all, names: string, fileName: string) => {
          rewritten.add(fileName);
          const bindings = names.replace(/ as /g, ':');
          const from = fileName === STANDALONE_ENTRY ? ENTRY_URL_IN_CHUNK : chunkUrl(fileName, ENTRY_URL_IN_CHUNK);
          return `const{${bindings}}=await import(${from});`;
        },
      );
      const localImports = [...output.imports, ...output.dynamicImports].filter((fileName) => fileName in bundle);
      const leftOver = /(^|[;}])\s*import\s*["*{]|from\s*"\.\/|import\(\s*["'`]\.\//.test(output.code);
      const missed = localImports.filter((fileName) => !rewritten.has(fileName));
      if (missed.length > 0 || leftOver) {
        this.error(
          `relocatable-chunks: ${output.fileName} imports ${localImports.join(', ')} in a form it does not rewrite (${[...rewritten].join(', ')} rewritten).`,
        );
      }
    }
  },
};

/**
 * V8 compiles a function lazily, on the main thread, the first time it is called; only the top level
 * is compiled in the background while the file streams in. Nearly all of the standalone bundle runs
 * before the first step is painted (zod's schemas and the context's parse, Lit, the first step's
 * elements), so its lazy compiles were main-thread work in every task of the first step. This magic
 * comment (V8's explicit compile hints, Chromium 136+; other engines ignore it) asks V8 to compile
 * every function of the file eagerly, in the background. It must be the file's first line, so it is
 * added after minification, to the entry only: the later steps' chunk loads in idle time.
 * bench/README.md ("Finding causes") has the measurements.
 */
const compileHint = (chunk: { isEntry: boolean }) => (chunk.isEntry ? '//# allFunctionsCalledOnLoad' : '');

// Library build (`vite build`): dist/index.js and dist/react.js with the runtime dependencies external.
// Mocks build (`vite build --mode mocks`): dist/mocks.js, on its own so that it shares no chunk with
// dist/index.js: the library entry stays one self-contained file, which is what `npm run size` (size-limit) measures.
// Schemas build (`vite build --mode schemas`): dist/schemas.js, the `license-plan-wizard/schemas` entry, on its
// own for the same reason, and so that it loads without the elements (in Node too). The wizard loads its own
// copy of the schemas as a chunk of the library build.
// Standalone build (`vite build --mode standalone`): dist/license-plan-wizard.js with everything inlined.
const ENTRIES: Record<string, Record<string, string>> = {
  standalone: { 'license-plan-wizard': 'src/standalone.ts' },
  mocks: { mocks: 'src/mocks/index.ts' },
  schemas: { schemas: 'src/schemas.ts' },
  production: { index: 'src/index.ts', steps: 'src/steps.ts', react: 'src/react/index.ts' },
};

export default defineConfig(({ mode }) => {
  const standalone = mode === 'standalone';
  return {
    plugins: [demoRedirect, minifyTemplateLiterals, selfContainedEntries, relocatableChunks],
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
        // The standalone bundle's on-demand chunk is named after it, so a reseller copies `license-plan-wizard*.js`
        // (and `locales/`) together, and its size is measured apart from the library's chunk.
        output: {
          minify: true,
          comments: standalone ? false : { annotation: true },
          ...(standalone ? { postBanner: compileHint } : {}),
          ...(standalone ? { chunkFileNames: 'license-plan-wizard-[name]-[hash].js' } : {}),
        },
      },
    },
  };
});

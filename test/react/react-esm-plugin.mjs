// A @web/dev-server plugin that serves React to the browser as ES modules.
//
// react and react-dom ship only CommonJS, which the test runner's node-resolve serves unchanged
// (the browser then fails on `module.exports`). This bundles them once with esbuild into one ES
// module, so there is a single React instance, and answers each resolved entry file
// (node_modules/react/index.js, …) with a module re-exporting its part of that bundle.
import { execFileSync } from 'node:child_process';
import { createRequire } from 'node:module';
import { sep } from 'node:path';
import { build } from 'esbuild';

const require = createRequire(import.meta.url);
const ENTRIES = ['react', 'react/jsx-runtime', 'react-dom', 'react-dom/client'];
const BUNDLE = '/__react-esm__/bundle.js';
const isIdentifier = (name) => /^[A-Za-z_$][\w$]*$/.test(name) && name !== 'default';

export function reactEsm({ nodeEnv = 'development' } = {}) {
  let rootDir = process.cwd();
  let bundle;
  const bundleCode = () =>
    (bundle ??= build({
      stdin: {
        contents:
          ENTRIES.map((spec, i) => `import m${i} from '${spec}';`).join('\n') +
          `\nexport const modules = { ${ENTRIES.map((spec, i) => `'${spec}': m${i}`).join(', ')} };`,
        resolveDir: rootDir,
        loader: 'js',
      },
      bundle: true,
      format: 'esm',
      target: 'es2022',
      write: false,
      define: { 'process.env.NODE_ENV': JSON.stringify(nodeEnv) },
      logLevel: 'silent',
    }).then((result) => result.outputFiles[0].text));

  // Each entry's resolved file from node_modules/ on, e.g. `/node_modules/react/index.js`. The dev
  // server serves it under that path, or under /__wds-outside-root__/… when node_modules is outside
  // the root directory, so requests are matched on this ending.
  const entryEndings = () =>
    ENTRIES.map((spec) => {
      const file = require
        .resolve(spec, { paths: [rootDir] })
        .split(sep)
        .join('/');
      return { spec, ending: file.slice(file.lastIndexOf('/node_modules/')) };
    });
  let endings;

  // Export names per entry, read in a separate Node process: React's development build patches the
  // console when loaded, which breaks the test runner's own console if loaded in this process.
  let names;
  const exportNames = () =>
    (names ??= JSON.parse(
      execFileSync(
        process.execPath,
        [
          '-e',
          `console.log(JSON.stringify(Object.fromEntries(${JSON.stringify(ENTRIES)}.map((s) => [s, Object.keys(require(s))]))))`,
        ],
        { cwd: rootDir, env: { ...process.env, NODE_ENV: nodeEnv }, encoding: 'utf8' },
      ),
    ));

  return {
    name: 'react-esm',
    serverStart({ config }) {
      rootDir = config.rootDir;
      endings = entryEndings();
    },
    async serve(context) {
      if (context.path === BUNDLE) return { body: await bundleCode(), type: 'js' };
      const spec = (endings ??= entryEndings()).find(({ ending }) => context.path.endsWith(ending))?.spec;
      if (!spec) return undefined;
      const exported = exportNames()[spec].filter(isIdentifier);
      return {
        body: `import { modules } from '${BUNDLE}';\nconst m = modules['${spec}'];\nexport default m;\nexport const { ${exported.join(', ')} } = m;\n`,
        type: 'js',
      };
    },
  };
}

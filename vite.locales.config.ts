import { defineConfig, type Plugin } from 'vite';
import { readFileSync } from 'node:fs';

/**
 * Translations as data (`vite build -c vite.locales.config.ts`): dist/locales/nb.js, de.js, fr.js.
 *
 * Each is `export const templates = {…}` and nothing else: no import, so it loads from beside the
 * standalone bundle whatever that bundle is named (see src/localization/translations.ts). They are
 * made from the catalogues that `lit-localize build` generates in src/locales/, which stay as they
 * are: those use only @lit/localize's `str` tag, whose result is plain data
 * (`{ strTag: true, strings, values }`), so each built catalogue is run once here and written out
 * as JSON.
 */
/** The generated catalogues' one import, and what replaces it: `str` as @lit/localize defines it, making plain data. */
const STR_IMPORT = "import {str} from '@lit/localize';";
const STR_DEFINITION = 'const str = (strings, ...values) => ({ strTag: true, strings: [...strings], values });';

const catalogueAsData: Plugin = {
  name: 'lpw-catalogue-as-data',
  enforce: 'pre',
  transform(code, id) {
    if (!/\/src\/locales\/[\w-]+\.ts$/.test(id)) return null;
    if (!code.includes(STR_IMPORT))
      throw new Error(`${id}: expected the generated catalogue to import only str from @lit/localize`);
    return code.replace(STR_IMPORT, STR_DEFINITION);
  },
  async renderChunk(code) {
    const module = await import(`data:text/javascript,${encodeURIComponent(code)}`);
    return `export const templates = ${JSON.stringify(module.templates)};\n`;
  },
};

/** The languages @lit/localize generates a catalogue for. */
const { targetLocales } = JSON.parse(readFileSync(new URL('./lit-localize.json', import.meta.url), 'utf8')) as {
  targetLocales: string[];
};

export default defineConfig({
  plugins: [catalogueAsData],
  build: {
    target: 'es2022',
    outDir: 'dist/locales',
    emptyOutDir: false,
    copyPublicDir: false,
    reportCompressedSize: false,
    rolldownOptions: { output: { minify: true } },
    lib: {
      entry: Object.fromEntries(targetLocales.map((language) => [language, `src/locales/${language}.ts`])),
      formats: ['es'],
      fileName: (_format, name) => `${name}.js`,
    },
  },
});

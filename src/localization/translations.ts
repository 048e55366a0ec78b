/**
 * Per-instance translations on top of @lit/localize's extracted catalogues.
 *
 * @lit/localize's runtime keeps one active language per page (`configureLocalization` + `setLocale`),
 * so two wizards in two languages would show each other's text. Its `msg()` looks a template up in
 * whichever catalogue is installed; this module installs a lookup in *the catalogue of the element
 * being rendered*: each wizard element activates its own catalogue just before it renders
 * (LocaleController for the root, WizardPart for the steps and the breadcrumb). Rendering is
 * synchronous, so every `msg()` call of a render sees the right catalogue. Text made outside a
 * render goes through `LocaleController.text()`, which activates the catalogue first.
 *
 * Extraction (`lit-localize extract`), the XLIFF files and the generated `src/locales/*.ts`
 * catalogues stay exactly as @lit/localize makes them.
 */
import { _installMsgImplementation } from '@lit/localize/init/install.js';
import { runtimeMsg } from '@lit/localize/internal/runtime-msg.js';
import type { MsgFn, TemplateMap } from '@lit/localize/internal/types.js';

/** Languages with a translation; English is the source. */
export const TARGET_LANGUAGES = ['nb', 'de', 'fr'] as const;
export type TargetLanguage = (typeof TARGET_LANGUAGES)[number];
export type Language = 'en' | TargetLanguage;

/** A language's catalogue: undefined for English (the source text is used as it is). */
export type Catalogue = TemplateMap | undefined;

let active: Catalogue;

try {
  const lookUpInActiveCatalogue = (template: Parameters<MsgFn>[0], options: Parameters<MsgFn>[1]) =>
    runtimeMsg(active, template, options);
  _installMsgImplementation(lookUpInActiveCatalogue as MsgFn);
} catch {
  // The host page installed @lit/localize's runtime itself (it allows one per page, and this copy
  // of @lit/localize is shared with the page's): its active language governs our strings too.
}

/** Makes `catalogue` the one that `msg()` reads, until the next activation. */
export function activateCatalogue(catalogue: Catalogue): void {
  active = catalogue;
}

// How a translation is fetched depends on the build:
// - the library (dist/index.js) and the source import the generated catalogues (src/locales/*.ts)
//   as modules, which the site's bundler (or the dev server) splits out and serves;
// - the standalone bundle (`vite build --mode standalone`, where Vite replaces `import.meta.env.MODE`
//   and drops the other branch) loads the data-only catalogues built beside it
//   (vite.locales.config.ts: dist/locales/nb.js, …) by URL. They import nothing, so the bundle
//   works under any name, and no second copy of it ever loads.
// A `locales-url` given by the host wins in every build.
const STANDALONE = (import.meta as { env?: { MODE?: string } }).env?.MODE === 'standalone';

// Kept in a variable, so that Vite does not take `new URL('…', import.meta.url)` for an asset of its own.
const thisModuleUrl = import.meta.url;

/**
 * Where a language's data-only catalogue is loaded from: the folder `localesUrl` (resolved against
 * the page; a missing final `/` is added), else, in the standalone bundle, `locales/` beside it;
 * else null (the catalogue is imported as a module).
 */
export function catalogueUrl(language: TargetLanguage, localesUrl: string): string | null {
  let folder: URL;
  if (localesUrl) {
    folder = new URL(localesUrl.endsWith('/') ? localesUrl : `${localesUrl}/`, document.baseURI);
  } else if (STANDALONE) {
    folder = new URL('./locales/', thisModuleUrl);
  } else {
    return null;
  }
  return new URL(`${language}.js`, folder).href;
}

/** A catalogue built as data (vite.locales.config.ts), by URL. */
async function fetchCatalogue(url: string): Promise<TemplateMap> {
  const module = (await import(/* @vite-ignore */ url)) as { templates: TemplateMap };
  return module.templates;
}

/**
 * A generated catalogue as a module, which the bundler splits out. The standalone bundle never
 * needs it: there the imports are dropped, so that no chunk of it imports the bundle by name.
 */
async function importCatalogue(language: TargetLanguage): Promise<TemplateMap> {
  if (STANDALONE) throw new Error('The standalone bundle loads its translations by URL.');
  const modules: Record<TargetLanguage, () => Promise<{ templates: TemplateMap }>> = {
    nb: () => import('../locales/nb.js'),
    de: () => import('../locales/de.js'),
    fr: () => import('../locales/fr.js'),
  };
  const module = await modules[language]();
  return module.templates;
}

/** Loaded catalogues by where they came from: their URL, or their language when imported as a module. */
const loaded = new Map<string, Promise<TemplateMap>>();

/**
 * The catalogue of a language, loaded once per page and place, and shared by every wizard that
 * uses it. `localesUrl` is the host's `locales-url` ('' when not set).
 */
export function loadCatalogue(language: Language, localesUrl = ''): Promise<Catalogue> {
  if (language === 'en') return Promise.resolve(undefined);
  const url = catalogueUrl(language, localesUrl);
  const key = url ?? language;
  let catalogue = loaded.get(key);
  if (!catalogue) {
    catalogue = url ? fetchCatalogue(url) : importCatalogue(language);
    // A failed load may be tried again by the next wizard that asks.
    catalogue.catch(() => loaded.delete(key));
    loaded.set(key, catalogue);
  }
  return catalogue;
}

/** The translation that serves a BCP 47 tag: its language if we ship it (Norwegian no/nn → nb), else null. */
export function languageFor(tag: string): Language | null {
  const language = tag.toLowerCase().split(/[-_]/)[0];
  if (language === 'en' || language === 'de' || language === 'fr' || language === 'nb') return language;
  if (language === 'no' || language === 'nn') return 'nb';
  return null;
}

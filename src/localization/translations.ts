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

// Each translation is its own module, fetched only when that language is first used.
const LOADERS: Record<TargetLanguage, () => Promise<{ templates: TemplateMap }>> = {
  nb: () => import('../locales/nb.js'),
  de: () => import('../locales/de.js'),
  fr: () => import('../locales/fr.js'),
};

const loaded = new Map<TargetLanguage, Promise<TemplateMap>>();

/** The catalogue of a language, loaded once per page and shared by every wizard that uses it. */
export function loadCatalogue(language: Language): Promise<Catalogue> {
  if (language === 'en') return Promise.resolve(undefined);
  let catalogue = loaded.get(language);
  if (!catalogue) {
    catalogue = LOADERS[language]().then((module) => module.templates);
    // A failed load may be tried again by the next wizard that asks.
    catalogue.catch(() => loaded.delete(language));
    loaded.set(language, catalogue);
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

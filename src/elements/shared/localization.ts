import { configureLocalization } from '@lit/localize';
import { formatters, type Formatters } from './format.js';

/** Languages with a translation; English is the source. */
const TARGET_LOCALES = ['nb', 'de', 'fr'] as const;
type Target = (typeof TARGET_LOCALES)[number];

// Each translation is its own module, fetched only when that language is used
// (next to the bundle: the import resolves from this module's own URL).
const loaders: Record<Target, () => Promise<unknown>> = {
  nb: () => import('../../locales/nb.js'),
  de: () => import('../../locales/de.js'),
  fr: () => import('../../locales/fr.js'),
};

let setLocale: ((locale: string) => Promise<void>) | undefined;
try {
  ({ setLocale } = configureLocalization({
    sourceLocale: 'en',
    targetLocales: TARGET_LOCALES,
    loadLocale: (locale) => loaders[locale as Target]() as never,
  }));
} catch {
  // The host page configured @lit/localize itself (one configuration per page): its choice of
  // language governs, and our strings show in English unless its catalogue has them.
}

/** The translation that serves a BCP 47 tag: its language if we ship it (Norwegian no/nn → nb). */
function translationFor(tag: string): 'en' | Target | null {
  const lang = tag.toLowerCase().split(/[-_]/)[0];
  return lang === 'en' || lang === 'de' || lang === 'fr' ? lang : /^n[bno]$/.test(lang) ? 'nb' : null;
}

const warned = new Set<string>();

/**
 * Switches the widget's language and returns the formatting of numbers, money
 * and dates for the locale. A locale with no translation falls back to English;
 * when it was asked for explicitly (the `locale` attribute) that is said once
 * in the console.
 */
export function useLocale(requested: string, explicit: boolean): Formatters {
  const translation = translationFor(requested);
  if (!translation && explicit && !warned.has(requested)) {
    warned.add(requested);
    console.warn(`license-plan-wizard: no translation for locale "${requested}"; showing English.`);
  }
  setLocale?.(translation ?? 'en').catch(() => {
    console.warn(`license-plan-wizard: the "${translation}" translation could not be loaded; showing English.`);
  });
  return formatters(translation ? requested : 'en');
}

import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { formattersFor, type Formatters } from './format.js';
import { activateCatalogue, languageFor, loadCatalogue, type Catalogue, type Language } from './translations.js';

/** The nearest ancestor (or the element itself) that has a `lang`, looking through shadow roots up to `<html>`. */
export function langCarrier(element: Element): Element | null {
  let node: Element | null = element;
  while (node) {
    const withLang: Element | null = node.closest('[lang]');
    if (withLang) return withLang;
    const root = node.getRootNode();
    node = root instanceof ShadowRoot ? root.host : null;
  }
  return null;
}

/** The `lang` of the nearest ancestor that has one, looking through shadow roots up to `<html>`. */
export function inheritedLang(element: Element): string | null {
  return langCarrier(element)?.getAttribute('lang') ?? null;
}

const warnedLocales = new Set<string>();

/**
 * The wizard's language: which locale is asked for (the `locale` attribute, else the nearest `lang`,
 * else the browser's), its translation (loaded on first use, shared per page), and the formatting of
 * numbers, money and dates for it. Text and formats switch together, once the translation is there.
 *
 * Without a `locale` attribute it watches the `lang` it follows: a change of that attribute on the
 * element that carries it (or on `<html>` when none does) is noticed at once. A `lang` added later to
 * a closer ancestor is not (nothing cheap observes every ancestor): it counts from the next update or
 * reconnection of the host.
 *
 * Before each render of its host it makes the host's catalogue the one `msg()` reads.
 */
export class LocaleController implements ReactiveController {
  #host: ReactiveControllerHost & HTMLElement;
  #requested = '';
  /** Where data-only catalogues come from (`locales-url`); '' for the build's own place. */
  #localesUrl = '';
  #langObserver = new MutationObserver(() => this.#host.requestUpdate());
  /** The element whose `lang` is observed now, if any. */
  #observed: Element | null = null;
  #language: Language = 'en';
  #catalogue: Catalogue;
  #formatters: Formatters | undefined;
  #formatTag = 'en';

  constructor(host: ReactiveControllerHost & HTMLElement) {
    this.#host = host;
    host.addController(this);
  }

  /** The locale asked for (the attribute, the nearest `lang` or the browser's), for servers that write text. */
  get requested(): string {
    return this.#requested;
  }

  /** The catalogue of the language shown now (undefined for English). */
  get catalogue(): Catalogue {
    return this.#catalogue;
  }

  /** Formatting for the locale shown now; its Intl objects are created on first use. */
  get fmt(): Formatters {
    if (!this.#formatters) this.#formatters = formattersFor(this.#formatTag);
    return this.#formatters;
  }

  /**
   * Takes the locale asked for now: `explicit` is the `locale` attribute (may be empty), `localesUrl`
   * the `locales-url` one. Call it from the host's willUpdate. A new language loads its translation,
   * then the host renders again.
   */
  request(explicit: string, localesUrl = ''): void {
    this.#observeLang(explicit ? null : (langCarrier(this.#host) ?? document.documentElement));
    const requested = explicit || inheritedLang(this.#host) || navigator.language;
    if (requested === this.#requested && localesUrl === this.#localesUrl) return;
    this.#requested = requested;
    this.#localesUrl = localesUrl;
    const language = languageFor(requested);
    if (!language && explicit && !warnedLocales.has(requested)) {
      warnedLocales.add(requested);
      console.warn(`license-plan-wizard: no translation for locale "${requested}"; showing English.`);
    }
    const shown = language ?? 'en';
    const formatTag = language ? requested : 'en';
    if (shown === this.#language) {
      this.#setFormatTag(formatTag);
      return;
    }
    loadCatalogue(shown, localesUrl).then(
      (catalogue) => {
        // A later request may have asked for another locale (or place) meanwhile.
        if (this.#requested !== requested || this.#localesUrl !== localesUrl) return;
        this.#language = shown;
        this.#catalogue = catalogue;
        this.#setFormatTag(formatTag);
        this.#host.requestUpdate();
      },
      () => {
        console.warn(`license-plan-wizard: the "${shown}" translation could not be loaded; showing English.`);
      },
    );
  }

  /** Watches the `lang` of `carrier` (null: none), instead of the one watched so far. */
  #observeLang(carrier: Element | null) {
    if (carrier === this.#observed) return;
    this.#langObserver.disconnect();
    this.#observed = carrier;
    if (carrier) this.#langObserver.observe(carrier, { attributes: true, attributeFilter: ['lang'] });
  }

  #setFormatTag(tag: string) {
    if (tag === this.#formatTag) return;
    this.#formatTag = tag;
    this.#formatters = undefined;
  }

  /** Makes text outside a render (event details, announcements) in this wizard's language. */
  text<T>(make: () => T): T {
    activateCatalogue(this.#catalogue);
    return make();
  }

  hostConnected(): void {
    // It may have moved under another `lang`: the next update looks again.
    this.#host.requestUpdate();
  }

  hostDisconnected(): void {
    this.#observeLang(null);
  }

  hostUpdate(): void {
    activateCatalogue(this.#catalogue);
  }
}

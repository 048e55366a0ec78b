import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { formattersFor, type Formatters } from './format.js';
import { activateCatalogue, languageFor, loadCatalogue, type Catalogue, type Language } from './translations.js';

/** The `lang` of the nearest ancestor that has one, looking through shadow roots up to `<html>`. */
export function inheritedLang(element: Element): string | null {
  let node: Element | null = element;
  while (node) {
    const withLang: Element | null = node.closest('[lang]');
    if (withLang) return withLang.getAttribute('lang');
    const root = node.getRootNode();
    node = root instanceof ShadowRoot ? root.host : null;
  }
  return null;
}

const warnedLocales = new Set<string>();

/**
 * The wizard's language: which locale is asked for (the `locale` attribute, else the nearest `lang`,
 * else the browser's), its translation (loaded on first use, shared per page), and the formatting of
 * numbers, money and dates for it. Text and formats switch together, once the translation is there.
 *
 * Before each render of its host it makes the host's catalogue the one `msg()` reads.
 */
export class LocaleController implements ReactiveController {
  #host: ReactiveControllerHost & HTMLElement;
  #requested = '';
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
   * Takes the locale asked for now: `explicit` is the `locale` attribute (may be empty). Call it from
   * the host's willUpdate. A new language loads its translation, then the host renders again.
   */
  request(explicit: string): void {
    const requested = explicit || inheritedLang(this.#host) || navigator.language;
    if (requested === this.#requested) return;
    this.#requested = requested;
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
    loadCatalogue(shown).then(
      (catalogue) => {
        // A later request may have asked for another locale meanwhile.
        if (this.#requested !== requested) return;
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

  hostUpdate(): void {
    activateCatalogue(this.#catalogue);
  }
}

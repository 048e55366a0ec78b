import { html, nothing } from 'lit';
import { StepElement } from '../shared/step-element.js';
import type { WizardView } from '../context.js';
import type { Product } from '../../model/schemas.js';
import { productFilterText as filterText, productText as t } from '../../localization/messages.js';
import { matchingPositions } from './product-filter.js';

/** Above this many products the step offers a filter. */
export const FILTER_ABOVE = 10;

/**
 * How many matching products are rendered at once; "Show more" adds as many again. Rendering all of
 * 1,000 products took a 500–900 ms task (inserting, laying out and focusing 1,000 radios with their
 * labels and hints: `npm run bench`, `node bench/profile.mjs catalogue`); 50 take a few milliseconds.
 */
export const PAGE_SIZE = 50;

/** How long the number of matches waits after the last keystroke before it is announced. */
const ANNOUNCE_DELAY_MS = 600;

/**
 * Step 1 of a new order: one radio per product of the customer's catalogue. Above ten products a
 * filter narrows the list by name and description, the first 50 matches are shown with "Show more",
 * and the chosen product stays in the list even when the filter hides it.
 * @summary Product choice.
 * @tagname lpw-step-product
 * @csspart heading - The step's heading.
 * @csspart field - The filter field and the product radio group.
 * @csspart error - A field's error message.
 */
export class LpwStepProduct extends StepElement {
  static override properties = {
    query: { state: true },
    announcedQuery: { state: true },
    shownCount: { state: true },
  };

  /** @internal What is typed in the filter. */
  private query = '';
  /** @internal The filter as it was when the user paused typing: the live region counts its matches. */
  private announcedQuery = '';
  /** @internal How many matching products are rendered. */
  private shownCount = PAGE_SIZE;

  #announceTimer: ReturnType<typeof setTimeout> | undefined;

  protected get step() {
    return 'product' as const;
  }

  override disconnectedCallback() {
    super.disconnectedCallback();
    clearTimeout(this.#announceTimer);
  }

  /** The radios' values (and ids, `product-0`…) are the products' positions in the catalogue. */
  protected renderStep({ context: { products }, state, fmt }: WizardView) {
    const chosen = products.findIndex((p) => p.id === state.draft.productId);
    const select = (position: number) => this.edit({ productId: products[position].id });
    if (products.length <= FILTER_ABOVE) {
      const all = products.map((_, position) => position);
      return this.radios('productId', 'product', t.legend(), optionsAt(products, all), chosen, select);
    }
    const matches = matchingPositions(products, this.query);
    const shown = matches.slice(0, this.shownCount);
    const chosenHidden = chosen >= 0 && !shown.includes(chosen);
    const listed = chosenHidden ? [chosen, ...shown] : shown;
    const total = fmt.count(products.length);
    let announcement = '';
    if (this.announcedQuery.trim()) {
      const announcedMatches = this.announcedQuery === this.query ? matches : matchingPositions(products, this.announcedQuery);
      announcement = filterText.matching(fmt.count(announcedMatches.length), total);
    }
    const more = Math.min(PAGE_SIZE, matches.length - shown.length);
    return html`<div class="field" part="field">
        <label for="product-filter">${filterText.label()}</label>
        <span class="hint" id="product-filter-hint">${filterText.hint()}</span>
        <input
          type="search"
          id="product-filter"
          autocomplete="off"
          aria-describedby="product-filter-hint"
          .value=${this.query}
          @input=${this.#onFilterInput}
        />
      </div>
      <p role="status">${announcement}</p>
      ${chosenHidden ? html`<p class="hint">${filterText.chosenHidden()}</p>` : nothing}
      ${this.radios('productId', 'product', t.legend(), optionsAt(products, listed), chosen, select)}
      ${matches.length === 0 ? html`<p>${filterText.noMatch()}</p>` : nothing}
      ${
        more > 0
          ? html`<p>${filterText.shown(fmt.count(shown.length), fmt.count(matches.length))}</p>
              <button type="button" @click=${() => this.#showMore(matches)}>${filterText.showMore(fmt.count(more))}</button>`
          : nothing
      }`;
  }

  #onFilterInput(e: InputEvent) {
    this.query = (e.target as HTMLInputElement).value;
    this.shownCount = PAGE_SIZE;
    // The list narrows at once; the count is announced once typing pauses, so it is not read at every key.
    clearTimeout(this.#announceTimer);
    this.#announceTimer = setTimeout(() => {
      this.announcedQuery = this.query;
    }, ANNOUNCE_DELAY_MS);
  }

  /** Renders the next page of matches and moves focus to the first of them. */
  async #showMore(matches: number[]) {
    const firstNew = matches[this.shownCount];
    this.shownCount += PAGE_SIZE;
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLInputElement>(`#product-${firstNew}`)?.focus();
  }
}

/** The radio options for the products at `positions`: value (the position), name, and description as the hint. */
function optionsAt(products: readonly Product[], positions: readonly number[]): [number, string, string | undefined][] {
  return positions.map((position) => [position, products[position].name, products[position].description]);
}

import { quantityValue } from '../../model/draft.js';
import { factItems, type Fact } from '../shared/facts.js';
import { html, nothing, type PropertyValues } from 'lit';
import { WizardPart } from '../shared/wizard-part.js';
import type { WizardView } from '../context.js';
import { stepIndex } from '../../model/draft.js';
import { quantityProblem } from '../../model/rules.js';
import { estimateBilling } from '../../model/billing.js';
import type { StepId } from '../../model/schemas.js';
import { amountPerPeriod, cadenceName, licenses, orderSummaryText as t, stepName } from '../../localization/messages.js';
import { orderSummaryStyles } from './styles.js';

/** The steps beside which the summary shows: from Quantity on, until Review (which is itself the full summary). */
const SHOWN_ON: readonly StepId[] = ['quantity', 'payment', 'start-date', 'references'];

/**
 * A running summary of the order beside the step: what has been chosen so far and,
 * where prices are shown, an estimate from list prices, labelled as one (the
 * server's quote on Review is the final word). Beside the step on wide layouts,
 * under an "Order summary" disclosure on narrow ones. Hidden on Product and Review.
 * @summary Running order summary.
 * @tagname lpw-order-summary
 * @csspart summary - The summary box (on narrow layouts, the disclosure).
 */
export class LpwOrderSummary extends WizardPart {
  static override styles = orderSummaryStyles;

  /** What the summary shows depends on these alone: a keystroke in the purchase reference leaves it alone. */
  protected override shownParts(view: WizardView | undefined) {
    if (!view) return undefined;
    const { state, context, product, fmt, showPrices, catalogue } = view;
    const { draft } = state;
    return [
      state.step,
      state.steps,
      state.mode,
      draft.quantity,
      draft.cadence,
      draft.startDate,
      context,
      product,
      fmt,
      showPrices,
      catalogue,
    ];
  }

  protected override willUpdate(changed: PropertyValues) {
    super.willUpdate(changed);
    const step = this.view?.state.step;
    this.hidden = !step || !SHOWN_ON.includes(step);
  }

  protected override render() {
    const view = this.view;
    if (!view || this.hidden) return nothing;
    const content = this.#content(view);
    return html`<section class="wide" part="summary" aria-labelledby="wide-title">
        <h3 id="wide-title">${t.heading()}</h3>
        ${content}
      </section>
      <details class="narrow" part="summary">
        <summary>${t.heading()}</summary>
        ${content}
      </details>`;
  }

  /** The chosen values of the steps up to the current one, then the estimate. */
  #content(view: WizardView) {
    const { state, context, product, fmt, showPrices } = view;
    const { draft } = state;
    const upTo = stepIndex(state);
    /** Whether a step has been reached, so its answer counts as chosen. Steps the mode skips count as given. */
    const reached = (step: StepId) => {
      const index = state.steps.indexOf(step);
      return index < 0 || index <= upTo;
    };
    const validQuantity = product && !quantityProblem(draft.quantity, product, context);
    const quantity = validQuantity ? (quantityValue(draft) ?? 0) : 0;
    const cadence = reached('payment') ? draft.cadence : null;
    const rows: Fact[] = [];
    if (product) rows.push([stepName('product'), product.name]);
    if (quantity) rows.push([stepName('quantity'), licenses(fmt, quantity)]);
    if (cadence) rows.push([stepName('payment'), cadenceName(fmt, cadence)]);
    if (state.mode === 'new' && state.steps.indexOf('start-date') < upTo)
      rows.push([stepName('start-date'), fmt.date(draft.startDate)]);
    const unitPrice = product?.paymentOptions.find((o) => o.cadence === cadence)?.unitPrice;
    const estimate = showPrices && unitPrice && quantity && cadence ? estimateBilling(unitPrice, quantity, cadence) : null;
    return html`<dl>
        ${factItems(rows)}
        ${
          estimate
            ? html`<div class="estimate">
                <dt>${t.estimate()}</dt>
                <dd><strong>${amountPerPeriod(fmt, estimate)}</strong></dd>
              </div>`
            : nothing
        }
      </dl>
      ${estimate ? html`<p class="hint">${t.estimateNote()}</p>` : nothing}`;
  }
}

import { css, html, nothing } from 'lit';
import { live } from 'lit/directives/live.js';
import { StepElement } from '../shared/step-element.js';
import { base } from '../shared/styles.js';
import type { WizardView } from '../context.js';
import type { Cadence, Quote, StepId } from '../../model/schemas.js';
import { priceSummary, withheldNote } from './price-summary.js';
import { hasChanges, quantityValue } from '../../model/draft.js';
import {
  cadenceName,
  failureText,
  licenses,
  orderText,
  reviewText as t,
  stepName,
  submitFailureText,
} from '../../localization/messages.js';

type RetryIntent = 'retry-check' | 'place-order' | 'retry-submit';

/**
 * The last step: every detail with a link to edit it, the server's quote when
 * pricing is shown, and the purchaser's confirmation of authorization.
 * @summary Review step.
 * @tagname lpw-step-review
 * @csspart heading - The step's heading.
 * @csspart summary - The order summary table.
 * @csspart field - The authorization checkbox.
 * @csspart error - An error message.
 */
export class LpwStepReview extends StepElement {
  static override styles = [
    base,
    css`
      table {
        border-collapse: collapse;
        inline-size: 100%;
      }
      caption,
      th,
      td {
        text-align: start;
      }
      th,
      td {
        padding: 0.5rem 0.5rem 0.5rem 0;
        border-block-end: 1px solid var(--lpw-border, #c4c7cc);
        vertical-align: top;
        overflow-wrap: anywhere;
      }
      td:last-child {
        text-align: end;
      }
      [part~='quote'] td {
        overflow-wrap: normal;
        white-space: nowrap;
      }
      /* th is bold already; td inherits the weight. */
      .total {
        font-weight: 700;
      }
      /* Review's tables: words never break in the middle; a word too long for the line may wrap. */
      :host table[part~='summary'] :is(th, td) {
        overflow-wrap: break-word;
      }
      /* A price with its period wraps between words; an amount never breaks. */
      :host table[part~='quote'] td {
        white-space: normal;
      }
      /* Narrow: each label above its value, the Edit links in one column at the end. */
      @container (max-width: 30rem) {
        :host table[part~='summary'] tr {
          display: grid;
          grid-template-columns: minmax(0, 1fr) auto;
          border-block-end: 1px solid var(--lpw-border, #c4c7cc);
          padding-block: 0.375rem;
        }
        :host table[part~='summary'] :is(th, td) {
          grid-column: 1;
          border: 0;
          padding: 0;
          text-align: start;
        }
        :host table[part~='summary'] td:has(> .link) {
          grid-column: 2;
          grid-row: 1 / span 2;
          align-self: center;
        }
      }
    `,
  ];

  protected get step() {
    return 'review' as const;
  }

  protected renderStep(view: WizardView) {
    const { context, state, product, check, submit, showPrices, fmt, priceWas } = view;
    const { draft: d } = state;
    const plan = state.mode === 'change' ? context.plan : null;
    const customer = context.customer.name;
    const productName = product?.name ?? '';
    const centers = context.costCenters;
    const center = (id: string | null) => centers.find((c) => c.id === id)?.name ?? (centers.length ? t.noneChosen() : t.none());
    const ref = (r: string) => r.trim() || t.none();
    /** A summary row with its edit link; in change mode `current` is the plan's value, shown with what changes. */
    const row = (step: StepId, value: string, current?: string | null, label = stepName(step)) =>
      html`<tr>
        <th scope="row">${label}</th>
        <td>${this.#rowValue(value, current)}</td>
        <td>
          ${
            state.steps.includes(step)
              ? html`<button type="button" class="link" @click=${() => this.intent({ type: 'go', step })}>
                  ${t.edit()}<span class="vh"> ${label}</span>
                </button>`
              : nothing
          }
        </td>
      </tr>`;
    const retry = (message: string, type: RetryIntent) => this.#retry(message, type);
    const quote = check.status === 'ok' && showPrices && check.quote;
    return html`
      <p>${plan ? t.planFor(customer, productName) : t.newPlanFor(customer)}</p>
      ${this.error('form')}
      ${
        plan && !this.message('form') && !hasChanges(state, context)
          ? html`<p class="note" id="no-change">${t.nothingChanged()}</p>`
          : nothing
      }
      <table part="summary">
        <caption class="vh">
          ${plan ? t.changesCaption() : t.summaryCaption()}
        </caption>
        ${plan ? nothing : row('product', productName)}
        ${row('quantity', licenses(fmt, quantityValue(d) ?? 0), plan && licenses(fmt, plan.quantity))}
        ${row('payment', d.cadence ? cadenceName(fmt, d.cadence) : '', plan && cadenceName(fmt, plan.cadence))}
        ${plan ? nothing : row('start-date', fmt.date(d.startDate))}
        ${row('references', center(d.costCenterId), plan && center(plan.costCenterId), t.costCenter())}
        ${row('references', ref(d.purchaseRef), plan && ref(plan.purchaseRef), t.purchaseRef())}
      </table>
      ${this.#price(check, quote, d.cadence, view)} ${this.#priceCheck(check, showPrices, priceWas, fmt)}
      <div class="field" part="field">
        ${this.error('purchaserConfirmed')}
        <label class="choice">
          <input
            type="checkbox"
            .checked=${live(d.purchaserConfirmed)}
            aria-invalid=${this.invalid('purchaserConfirmed')}
            aria-describedby=${this.describedBy('purchaserConfirmed')}
            @change=${(e: Event) => this.edit({ purchaserConfirmed: (e.target as HTMLInputElement).checked })}
          /><span>${t.authorize(customer)}</span>
        </label>
      </div>
      ${
        submit.status === 'error'
          ? retry(submitFailureText(submit.outcome, submit.error), submit.outcome === 'unknown' ? 'retry-submit' : 'place-order')
          : nothing
      }
    `;
  }

  /** A failed request: its message and a button to try again. */
  /** A row's value; in change mode with the plan's current value: "(unchanged)", or "current → new". */
  #rowValue(value: string, current: string | null | undefined) {
    if (current == null) return value;
    if (current === value) return html`${value} <span class="hint">${t.unchanged()}</span>`;
    return html`${current} → <strong>${value}</strong>`;
  }

  /** The price: while checking, a status; after a failed check, why and Try again; else the quote (or why there is none). */
  #price(check: WizardView['check'], quote: Quote | null | false, cadence: Cadence | null, { fmt, showPrices }: WizardView) {
    if (check.status === 'pending') return html`<p role="status">${t.checking()}</p>`;
    if (check.status === 'error') return this.#retry(failureText(check.error), 'retry-check');
    if (quote) return priceSummary(quote, cadence, fmt);
    return withheldNote(showPrices);
  }

  #retry(message: string, type: RetryIntent) {
    return html`<div role="alert" class="note">
      <p class="error">${message}</p>
      <button type="button" @click=${() => this.intent({ type })}>${t.tryAgain()}</button>
    </div>`;
  }

  /** Under the price: a check that brought no price while prices are shown, or the total before a re-check changed it. */
  #priceCheck(check: WizardView['check'], showPrices: boolean, priceWas: WizardView['priceWas'], fmt: WizardView['fmt']) {
    if (check.status !== 'ok' || !showPrices) return nothing;
    if (!check.quote) {
      return this.#retry(orderText.noQuote(), 'retry-check');
    }
    if (!priceWas) return nothing;
    return html`<p class="note">
      ${t.total()}: <strong>${fmt.money(check.quote.total)}</strong> (${orderText.priceWas(fmt.money(priceWas))})
    </p>`;
  }
}

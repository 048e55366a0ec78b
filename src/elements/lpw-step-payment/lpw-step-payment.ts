import { html, nothing } from 'lit';
import { StepElement } from '../shared/step-element.js';
import type { WizardView } from '../context.js';
import { offeredOptions, quantityValue } from '../../model/rules.js';
import { estimateBilling, savingAgainstMonthly } from '../../model/billing.js';
import type { Cadence, Money } from '../../model/schemas.js';
import {
  amountPerPeriod,
  cadenceName,
  chargeText,
  moneyText,
  orderSummaryText,
  paymentText as t,
} from '../../localization/messages.js';
import { paymentStyles } from './styles.js';

/**
 * The payment cadence: monthly, or a one- to five-year prepay, as the product
 * (and, when changing a plan, the plan's allowed conversions) permit. Each
 * option is a card over a native radio: the cadence, and with pricing shown the
 * amount per billing period, the unit price and the saving against monthly.
 * @summary Payment step.
 * @tagname lpw-step-payment
 * @csspart heading - The step's heading.
 * @csspart field - The cadence radio group.
 * @csspart option - Each cadence's card.
 * @csspart error - A field's error message.
 */
export class LpwStepPayment extends StepElement {
  static override styles = paymentStyles;

  protected get step() {
    return 'payment' as const;
  }

  protected renderStep(view: WizardView) {
    const { context, state, product, fmt, showPrices } = view;
    if (!product) return nothing;
    const { mode, draft } = state;
    const plan = mode === 'change' ? context.plan : null;
    const quantity = quantityValue(draft) ?? 0;
    /** A cadence's unit price, when prices are shown. */
    const unitPrice = (cadence: Cadence | null): Money | null => {
      if (!showPrices) return null;
      return product.paymentOptions.find((o) => o.cadence === cadence)?.unitPrice ?? null;
    };
    const monthly = unitPrice('monthly');
    const cards = html`<fieldset part="field">
      <legend>${t.legend()}</legend>
      ${this.error('cadence')}
      <div class="cards">
        ${offeredOptions(product, context).map(({ cadence }) => {
          const id = `cadence-${cadence}`;
          const unit = unitPrice(cadence);
          const lines: unknown[] = [];
          if (cadence === plan?.cadence) lines.push(html`<span class="tag">${t.currentPlan()}</span>`);
          if (unit && quantity)
            lines.push(html`<strong class="amount">${amountPerPeriod(fmt, estimateBilling(unit, quantity, cadence))}</strong>`);
          if (unit) lines.push(html`<span>${t.unitPrice(fmt.money(unit))}</span>`);
          const saving = unit && monthly && quantity ? savingAgainstMonthly(unit, monthly, quantity, cadence) : null;
          if (saving) lines.push(html`<span class="saving">${moneyText.saving(fmt.money(saving))}</span>`);
          return html`<div class="card" part="option">
            <input
              type="radio"
              id=${id}
              name="cadence"
              .checked=${cadence === draft.cadence}
              aria-invalid=${this.invalid('cadence')}
              aria-describedby=${this.describedBy('cadence', lines.length ? `${id}-details` : '')}
              @change=${() => this.edit({ cadence })}
            />
            <span class="body">
              <label for=${id}>${cadenceName(fmt, cadence)}</label>
              ${lines.length ? html`<span class="details" id="${id}-details">${lines.map((line) => html`${line} `)}</span>` : nothing}
            </span>
          </div>`;
        })}
      </div>
    </fieldset>`;
    const withheld = showPrices ? nothing : html`<p class="note" part="note">${moneyText.withheld()}</p>`;
    if (!plan) return html`${withheld}${cards}`;
    const q = this.question('change-payment', t.changeQuestion(), t.current(cadenceName(fmt, plan.cadence)));
    if (draft.change.payment !== true) return html`${withheld}${q}`;
    // With pricing: the plan's charge now and with the new cadence, as an estimate from list prices.
    const now = unitPrice(plan.cadence);
    const next = unitPrice(draft.cadence);
    if (!now || !next || !quantity || !draft.cadence) return html`${withheld}${q}${cards}`;
    const current = estimateBilling(now, plan.quantity, plan.cadence);
    const chosen = estimateBilling(next, quantity, draft.cadence);
    const change = chargeText(fmt, chosen, current);
    return html`${q}${cards}
      <p class="estimate">${orderSummaryText.estimated(change)}</p>`;
  }
}

import { html, nothing } from 'lit';
import { StepElement } from '../shared/step-element.js';
import type { WizardView } from '../context.js';
import { offeredOptions } from '../../model/rules.js';
import { multiply, subtract, termMonths, termTotal } from '../../model/money.js';
import type { Cadence, Money, PaymentOption } from '../../model/schemas.js';

/**
 * The payment cadence: monthly, or a one- to five-year prepay, as the product
 * (and, when changing a plan, the plan's allowed conversions) permit. With
 * pricing shown, each option states its unit price and the term's total.
 * @summary Payment step.
 * @tagname lpw-step-payment
 * @csspart heading - The step's heading.
 * @csspart field - The cadence radio group.
 * @csspart error - A field's error message.
 */
export class LpwStepPayment extends StepElement {
  protected readonly heading = 'Payment';

  protected renderStep(view: WizardView) {
    const { context, state, product, fmt } = view;
    if (!product) return nothing;
    const plan = state.mode === 'change' ? context.plan : null;
    const options = offeredOptions(product, context);
    const radios = html`<fieldset part="field">
      <legend>How is the plan paid?</legend>
      ${this.error('cadence')}
      ${options.map((o) =>
        this.radio({
          group: 'cadence',
          id: `cadence-${o.cadence}`,
          label: fmt.cadence(o.cadence),
          hint: this.hint(view, o, o.cadence === plan?.cadence),
          checked: o.cadence === state.draft.cadence,
          field: 'cadence',
          select: () => this.edit({ cadence: o.cadence }),
        }),
      )}
    </fieldset>`;
    if (!plan) return radios;
    const q = this.question('change-payment', 'Change the payment plan?', `Current: ${fmt.cadence(plan.cadence)}.`);
    return state.draft.change.payment === true ? html`${q}${radios}${this.difference(view, plan.cadence)}` : q;
  }

  private quantity() {
    const n = Number(this.view!.state.draft.quantity.trim());
    return Number.isInteger(n) && n > 0 ? n : 0;
  }

  private price(cadence: Cadence | null): Money | null {
    const view = this.view!;
    if (!view.showPrices) return null;
    return view.product?.paymentOptions.find((o) => o.cadence === cadence)?.unitPrice ?? null;
  }

  private hint({ fmt }: WizardView, option: PaymentOption, current: boolean) {
    const parts: string[] = [];
    if (current) parts.push('Current payment plan.');
    const unit = this.price(option.cadence);
    const quantity = this.quantity();
    if (unit) {
      parts.push(`${fmt.money(unit)} per license per month.`);
      if (quantity) {
        const total = fmt.money(termTotal(unit, quantity, option.cadence));
        parts.push(
          option.cadence === 'monthly'
            ? `${total} per month for ${fmt.licenses(quantity)}.`
            : `${total} for ${fmt.years(termMonths(option.cadence) / 12)} for ${fmt.licenses(quantity)}, paid in advance.`,
        );
      }
    }
    return parts.join(' ');
  }

  /** Change mode with pricing: how the monthly cost moves, and what the new term costs. */
  private difference({ fmt, state, context }: WizardView, currentCadence: Cadence) {
    const now = this.price(currentCadence);
    const next = this.price(state.draft.cadence);
    const quantity = this.quantity();
    if (!now || !next || !quantity || !state.draft.cadence) return nothing;
    const delta = subtract(multiply(next, quantity), multiply(now, context.plan!.quantity));
    if (!delta) return nothing;
    const sign = delta.amountMinor > 0 ? '+' : delta.amountMinor < 0 ? '−' : '±';
    const abs = { ...delta, amountMinor: Math.abs(delta.amountMinor) };
    return html`<p>
      Difference per month: <strong>${sign}${fmt.money(abs)}</strong>. New term total:
      <strong>${fmt.money(termTotal(next, quantity, state.draft.cadence))}</strong>.
    </p>`;
  }
}

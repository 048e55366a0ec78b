import { html, nothing } from 'lit';
import { msg, str } from '@lit/localize';
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
  protected readonly step = 'payment';

  protected renderStep(view: WizardView) {
    const { context, state, product, fmt } = view;
    if (!product) return nothing;
    const plan = state.mode === 'change' ? context.plan : null;
    const options = offeredOptions(product, context);
    const radios = html`<fieldset part="field">
      <legend>${msg('How is the plan paid?')}</legend>
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
    const currentCadence = fmt.cadence(plan.cadence);
    const q = this.question('change-payment', msg('Change the payment plan?'), msg(str`Current: ${currentCadence}.`));
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
    if (current) parts.push(msg('Current payment plan.'));
    const unit = this.price(option.cadence);
    const quantity = this.quantity();
    if (unit) {
      const price = fmt.money(unit);
      parts.push(msg(str`${price} per license per month.`));
      if (quantity) {
        const total = fmt.money(termTotal(unit, quantity, option.cadence));
        const licenses = fmt.licenses(quantity);
        const years = fmt.years(termMonths(option.cadence) / 12);
        parts.push(
          option.cadence === 'monthly'
            ? msg(str`${total} per month for ${licenses}.`)
            : msg(str`${total} for ${years} for ${licenses}, paid in advance.`),
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
    const difference = `${sign}${fmt.money(abs)}`;
    const total = fmt.money(termTotal(next, quantity, state.draft.cadence));
    return html`<p>${msg(str`Difference per month: ${difference}. New term total: ${total}.`)}</p>`;
  }
}

import { html, nothing } from 'lit';
import { StepElement } from '../shared/step-element.js';
import type { WizardView } from '../context.js';
import { offeredOptions, quantityValue } from '../../model/rules.js';
import { multiply, subtract, termMonths, termTotal } from '../../model/money.js';
import type { Cadence } from '../../model/schemas.js';
import { cadenceName, licenses, paymentText as t, years } from '../../localization/messages.js';

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
  protected get step() {
    return 'payment' as const;
  }

  protected renderStep({ context, state: { mode, draft }, product, fmt, showPrices }: WizardView) {
    if (!product) return nothing;
    const plan = mode === 'change' ? context.plan : null;
    const quantity = quantityValue(draft) ?? 0;
    /** A cadence's unit price, when prices are shown. */
    const unitPrice = (cadence: Cadence | null) =>
      (showPrices && product.paymentOptions.find((o) => o.cadence === cadence)?.unitPrice) || null;
    const radios = this.radios(
      'cadence',
      'cadence',
      t.legend(),
      offeredOptions(product, context).map(({ cadence }) => {
        // The hint: whether it is the plan's cadence, and with pricing the unit price and the term's total.
        const parts: string[] = [];
        if (cadence === plan?.cadence) parts.push(t.currentPlan());
        const unit = unitPrice(cadence);
        if (unit) {
          const price = fmt.money(unit);
          parts.push(t.unitPrice(price));
          if (quantity) {
            const total = fmt.money(termTotal(unit, quantity, cadence));
            const count = licenses(fmt, quantity);
            if (cadence === 'monthly') parts.push(t.monthlyTotal(total, count));
            else parts.push(t.prepayTotal(total, years(fmt, termMonths(cadence) / 12), count));
          }
        }
        return [cadence, cadenceName(fmt, cadence), parts.join(' ')];
      }),
      draft.cadence,
      (cadence) => this.edit({ cadence }),
    );
    if (!plan) return radios;
    const q = this.question('change-payment', t.changeQuestion(), t.current(cadenceName(fmt, plan.cadence)));
    if (draft.change.payment !== true) return q;
    // With pricing: how the monthly cost moves, and what the new term costs.
    const now = unitPrice(plan.cadence);
    const next = unitPrice(draft.cadence);
    const delta = now && next && quantity && draft.cadence && subtract(multiply(next, quantity), multiply(now, plan.quantity));
    if (!delta) return html`${q}${radios}`;
    const { amountMinor } = delta;
    const difference = `${amountMinor > 0 ? '+' : amountMinor < 0 ? '−' : '±'}${fmt.money({ ...delta, amountMinor: Math.abs(amountMinor) })}`;
    const total = fmt.money(termTotal(next, quantity, draft.cadence!));
    return html`${q}${radios}<p>${t.difference(difference, total)}</p>`;
  }
}

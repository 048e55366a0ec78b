import { html, noChange, nothing } from 'lit';
import { live } from 'lit/directives/live.js';
import { StepElement } from '../shared/step-element.js';
import type { WizardView } from '../context.js';
import { minimumQuantity, quantityValue, usageOf } from '../../model/rules.js';
import { UNREADABLE_QUANTITY } from '../../model/draft.js';
import { licenses, quantityText as t, tabName, units } from '../../localization/messages.js';

/**
 * The number of licenses. It must cover the customer's current usage; when the
 * partner wants fewer, it offers to cancel and reduce subscriptions first.
 * In change mode it first asks whether to change the number at all.
 * @summary Quantity step.
 * @tagname lpw-step-quantity
 * @csspart heading - The step's heading.
 * @csspart field - The quantity field.
 * @csspart error - A field's error message.
 * @csspart secondary-button - "Cancel and reduce subscriptions".
 */
export class LpwStepQuantity extends StepElement {
  protected get step() {
    return 'quantity' as const;
  }

  protected renderStep({ context, state: { mode, draft }, product, fmt }: WizardView) {
    if (!product) return nothing;
    const plan = mode === 'change' ? context.plan : null;
    const usage = usageOf(context, product.id);
    const min = minimumQuantity(product, context);
    const max = product.maxQuantity;
    const { name, unit, consumerTab: tab } = product;
    const input = this.field(
      'quantity',
      'quantity',
      t.label(),
      t.range(fmt.count(min), fmt.count(max)),
      html`<input
        id="quantity"
        type="number"
        inputmode="numeric"
        min=${min}
        max=${max}
        step="1"
        required
        autocomplete="off"
        .value=${typeof draft.quantity === 'string' ? live(draft.quantity) : noChange}
        aria-invalid=${this.invalid('quantity')}
        aria-describedby=${this.describedBy('quantity', 'quantity-hint')}
        @input=${(e: Event) => {
          const input = e.target as HTMLInputElement;
          this.edit({ quantity: input.validity.badInput ? UNREADABLE_QUANTITY : input.value });
        }}
      />`,
    );
    // When the customer already uses licenses: the minimum that follows, and a way out to reduce usage first.
    // Once the quantity is refused for being below usage, the field's error says so: the note keeps only its button.
    const reduce = html`<button type="button" part="secondary-button" @click=${() => this.intent({ type: 'reduce-usage' })}>
      ${t.reduceSubscriptions()}
    </button>`;
    let usageNote: unknown = nothing;
    if (usage && this.view?.state.problems.quantity?.code === 'below-usage') usageNote = html`<div class="field">${reduce}</div>`;
    else if (usage)
      usageNote = html`<div class="note">
        <p>${t.usageNote(units(fmt, usage, unit), licenses(fmt, min), tabName(tab))}</p>
        ${reduce}
      </div>`;
    if (!plan)
      return html`<p>${t.question(name)}</p>
        ${input} ${usageNote}`;
    const current = t.current(licenses(fmt, plan.quantity), name, fmt.count(usage));
    const q = this.question('change-quantity', t.changeQuestion(), current);
    if (draft.change.quantity !== true) return q;
    const typed = quantityValue(draft);
    const diff = typed === null ? 0 : typed - plan.quantity;
    return html`${q}${input}
      <p>${current} ${diff ? html`<strong>${diff > 0 ? '+' : '−'}${licenses(fmt, Math.abs(diff))}</strong>` : t.noChangeYet()}</p>
      ${usageNote}`;
  }
}
